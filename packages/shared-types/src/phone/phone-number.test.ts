import { describe, expect, it } from 'vitest';
import { describePhone, parsePhone, phoneInputSchema } from './phone-number.ts';
import { countryForTimeZone } from './time-zone-country.ts';

describe('parsePhone', () => {
  it('reads international, 00-prefixed and national numbers to E.164', () => {
    expect(parsePhone({ phone: '+44 7400 123456' })).toEqual({ ok: true, phone: { e164: '+447400123456', country: 'GB' } });
    expect(parsePhone({ phone: '0044 (7400) 123-456' })).toEqual({ ok: true, phone: { e164: '+447400123456', country: 'GB' } });
    expect(parsePhone({ phone: '07400 123456', country: 'GB' })).toEqual({ ok: true, phone: { e164: '+447400123456', country: 'GB' } });
    expect(parsePhone({ phone: '06 12 34 56 78' }, 'FR')).toEqual({ ok: true, phone: { e164: '+33612345678', country: 'FR' } });
    // A given country wins over the time zone's; an international number ignores both.
    expect(parsePhone({ phone: '0612345678', country: 'NL' }, 'FR')).toEqual({ ok: true, phone: { e164: '+31612345678', country: 'NL' } });
    expect(parsePhone({ phone: '+33 6 12 34 56 78', country: 'US' })).toEqual({ ok: true, phone: { e164: '+33612345678', country: 'FR' } });
  });

  it('accepts US numbers, which cannot be told mobile or landline', () => {
    expect(parsePhone({ phone: '(212) 555-0123', country: 'US' })).toEqual({ ok: true, phone: { e164: '+12125550123', country: 'US' } });
  });

  it('names the field and the problem', () => {
    expect(parsePhone({ phone: 'call me' })).toEqual({ ok: false, field: 'phone', message: 'This is not a phone number' });
    expect(parsePhone({ phone: '07400 123456' })).toMatchObject({ ok: false, field: 'country' });
    expect(parsePhone({ phone: '+999 1234 5678' })).toEqual({ ok: false, field: 'phone', message: 'No country uses this calling code' });
    expect(parsePhone({ phone: '+44 5555 5555' })).toEqual({ ok: false, field: 'phone', message: 'This is not a valid number in +44' });
    expect(parsePhone({ phone: '05555 5555' }, 'GB')).toEqual({
      ok: false,
      field: 'phone',
      message: 'This is not a valid number in United Kingdom (from your time zone); choose its country or enter it with + and the country code',
    });
    expect(parsePhone({ phone: '+44 20 7946 0958' })).toEqual({
      ok: false,
      field: 'phone',
      message: 'This is a landline; enter a mobile number that can receive texts',
    });
    expect(parsePhone({ phone: '0900 123456', country: 'NL' })).toMatchObject({ field: 'phone', message: expect.stringMatching(/^This is a premium-rate number/) });
    expect(parsePhone({ phone: '+1 800 555 0199' })).toMatchObject({ field: 'phone', message: expect.stringMatching(/^This is a toll-free number/) });
    expect(parsePhone({ phone: '+44 7400 123456 ext. 12' })).toMatchObject({ field: 'phone', message: expect.stringMatching(/extension/) });
  });
});

describe('phoneInputSchema', () => {
  it('requires a phone, checks the country code and refuses unknown fields', () => {
    const result = phoneInputSchema.safeParse({ phone: ' ', country: 'XX', extra: 1 });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.') || issue.code);
    expect(paths).toEqual(expect.arrayContaining(['phone', 'country']));
    expect(phoneInputSchema.parse({ phone: ' 07400 123456 ', country: 'gb' })).toEqual({ phone: '07400 123456', country: 'GB' });
  });
});

describe('countryForTimeZone', () => {
  it('gives the country a zone is named for, and none for zones without one', () => {
    expect(countryForTimeZone('Europe/London')).toBe('GB');
    expect(countryForTimeZone('Europe/Stockholm')).toBe('SE');
    expect(countryForTimeZone('America/New_York')).toBe('US');
    expect(countryForTimeZone('UTC')).toBeNull();
    expect(countryForTimeZone('Etc/GMT+5')).toBeNull();
    expect(countryForTimeZone('Antarctica/Troll')).toBeNull();
    expect(countryForTimeZone('Not/AZone')).toBeNull();
  });
});

describe('describePhone', () => {
  it('writes the number as its country does', () => {
    expect(describePhone('+447400123456')).toEqual({ national: '07400 123456', country: 'GB' });
    expect(describePhone('+12125550123')).toEqual({ national: '(212) 555-0123', country: 'US' });
    expect(describePhone('+80012345678')).toEqual({ national: '+800 1234 5678', country: null });
  });
});
