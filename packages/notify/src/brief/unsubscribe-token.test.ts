import { describe, expect, it } from 'vitest';
import { createUnsubscribeToken, unsubscribeKey, unsubscribeKeys, verifyUnsubscribeToken } from './unsubscribe-token.ts';

const key = unsubscribeKey('ab'.repeat(32));
const userId = '6f1c2a43-1d2e-4c4b-9a51-0c7d3e2b9f10';
const now = new Date('2026-12-03T07:00:00Z');
const token = createUnsubscribeToken({ userId, purpose: 'brief-email', expiresAt: new Date('2027-03-03T07:00:00Z') }, key);

describe('unsubscribe token', () => {
  it('round-trips the user and purpose until it expires, and is URL-safe', () => {
    expect(token).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(verifyUnsubscribeToken(token, [key], now)).toEqual({
      ok: true,
      userId,
      purpose: 'brief-email',
      expiresAt: new Date('2027-03-03T07:00:00Z'),
    });
    expect(verifyUnsubscribeToken(token, [key], new Date('2027-03-03T07:00:00Z'))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a token with another user, a later expiry or a changed signature', () => {
    const [version, purpose, , expires, signature] = token.split('.');
    const otherUser = [version, purpose, '00000000-0000-4000-8000-000000000000', expires, signature].join('.');
    const later = [version, purpose, userId, String(Number(expires) + 86_400), signature].join('.');
    const flipped = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BA' : 'AA'}`;
    for (const forged of [otherUser, later, flipped]) expect(verifyUnsubscribeToken(forged, [key], now)).toEqual({ ok: false, reason: 'tampered' });
  });

  it('refuses a token signed with another ENCRYPTION_KEY', () => {
    expect(verifyUnsubscribeToken(token, [unsubscribeKey('cd'.repeat(32))], now)).toEqual({ ok: false, reason: 'tampered' });
  });

  it('still accepts a link signed before a key rotation, from ENCRYPTION_KEY_PREVIOUS, and nothing else', () => {
    const rotated = unsubscribeKeys({ ENCRYPTION_KEY: 'cd'.repeat(32), ENCRYPTION_KEY_PREVIOUS: ` ${'ef'.repeat(32)}, ${'ab'.repeat(32)}` });
    expect(rotated).toHaveLength(3);
    expect(verifyUnsubscribeToken(token, rotated, now)).toMatchObject({ ok: true, userId });
    const withoutIt = unsubscribeKeys({ ENCRYPTION_KEY: 'cd'.repeat(32), ENCRYPTION_KEY_PREVIOUS: 'ef'.repeat(32) });
    expect(verifyUnsubscribeToken(token, withoutIt, now)).toEqual({ ok: false, reason: 'tampered' });
    const fresh = createUnsubscribeToken({ userId, purpose: 'brief-email', expiresAt: new Date('2027-03-03T07:00:00Z') }, rotated[0] as Buffer);
    expect(verifyUnsubscribeToken(fresh, rotated, now)).toMatchObject({ ok: true, userId });
    expect(verifyUnsubscribeToken(fresh, [key], now)).toEqual({ ok: false, reason: 'tampered' });
  });

  it('calls anything not shaped like a token malformed', () => {
    for (const bad of ['', 'abc', `${token}.x`, token.replace('brief-email', 'sms'), token.replace('u1.', 'u2.'), token.replace(userId, 'not-a-user')]) {
      expect(verifyUnsubscribeToken(bad, [key], now)).toEqual({ ok: false, reason: 'malformed' });
    }
  });
});
