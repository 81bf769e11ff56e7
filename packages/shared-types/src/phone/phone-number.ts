import { type CountryCode, getCountries, getCountryCallingCode, isSupportedCountry, type NumberType, ParseError, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { z } from 'zod';

/** Longest phone input accepted (spaces, dashes and brackets included). */
export const PHONE_INPUT_MAX = 40;

/** Number types that can receive text messages; a US or Canadian number is FIXED_LINE_OR_MOBILE. */
export const TEXTABLE_NUMBER_TYPES: readonly NumberType[] = ['MOBILE', 'FIXED_LINE_OR_MOBILE'];

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "United Kingdom" for GB; the code itself when the runtime has no name for it. */
export function countryName(country: string): string {
  return countryNames.of(country) ?? country;
}

const TYPE_WORDS: Partial<Record<NonNullable<NumberType>, string>> = {
  FIXED_LINE: 'a landline',
  PREMIUM_RATE: 'a premium-rate number',
  TOLL_FREE: 'a toll-free number',
  SHARED_COST: 'a shared-cost number',
  VOIP: 'an internet (VoIP) number',
  PERSONAL_NUMBER: 'a personal forwarding number',
  PAGER: 'a pager number',
  UAN: 'a company number',
  VOICEMAIL: 'a voicemail number',
};

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{2}$/.test(code) && isSupportedCountry(code), 'Choose a country by its two-letter code, like GB or US')
  .meta({ examples: ['GB'] });

/** The body of PUT /api/me/phone and the settings form: a number, national or international, and its country if national. */
export const phoneInputSchema = z.strictObject({
  phone: z
    .string()
    .trim()
    .min(1, 'Enter your mobile number')
    .max(PHONE_INPUT_MAX, `Use at most ${PHONE_INPUT_MAX} characters`)
    .meta({ examples: ['+44 7400 123456'] }),
  country: countryCodeSchema.optional(),
});
export type PhoneInput = z.infer<typeof phoneInputSchema>;

/** A number that can receive texts: E.164 and the country it belongs to (null for non-geographic ones). */
export interface ParsedPhone {
  e164: string;
  country: string | null;
}

export type PhoneParseResult = { ok: true; phone: ParsedPhone } | { ok: false; field: 'phone' | 'country'; message: string };

const startsInternational = (text: string) => /^\s*(\+|00)/.test(text);

/**
 * Parses a phone number the way a person types it: "+44 7400 123456", "0044 7400 123456", or
 * "07400 123456" with the country given (or, failing that, `fallbackCountry`, e.g. from the
 * person's time zone). Refuses what is not a number, not valid where it belongs, or cannot
 * receive texts (landlines, premium-rate and the like), saying which and naming the field.
 */
export function parsePhone(input: PhoneInput, fallbackCountry: string | null = null): PhoneParseResult {
  const international = startsInternational(input.phone);
  const assumed = input.country ?? fallbackCountry ?? undefined;
  const defaultCountry = !international && assumed && isSupportedCountry(assumed) ? (assumed as CountryCode) : undefined;
  // 00 is the international prefix in most of the world; libphonenumber only reads it with a country.
  const text = input.phone.trim().replace(/^00/, '+');
  const where = defaultCountry ? `${countryName(defaultCountry)}${input.country ? '' : ' (from your time zone)'}` : '';
  let parsed: ReturnType<typeof parsePhoneNumberWithError>;
  try {
    parsed = parsePhoneNumberWithError(text, defaultCountry ? { defaultCountry } : {});
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    switch (error.message) {
      case 'INVALID_COUNTRY':
        return international
          ? { ok: false, field: 'phone', message: 'No country uses this calling code' }
          : { ok: false, field: 'country', message: 'Choose the country of this number, or enter it with + and the country code' };
      case 'TOO_SHORT':
        return { ok: false, field: 'phone', message: 'Too short to be a phone number' };
      case 'TOO_LONG':
        return { ok: false, field: 'phone', message: 'Too long to be a phone number' };
      default:
        return { ok: false, field: 'phone', message: 'This is not a phone number' };
    }
  }
  if (parsed.ext) return { ok: false, field: 'phone', message: 'Leave out the extension: texts go to the number itself' };
  const owner = parsed.country ?? null;
  if (!parsed.isValid()) {
    if (!international && where) {
      return { ok: false, field: 'phone', message: `This is not a valid number in ${where}; choose its country or enter it with + and the country code` };
    }
    return { ok: false, field: 'phone', message: `This is not a valid number in ${owner ? countryName(owner) : `+${parsed.countryCallingCode}`}` };
  }
  const type = parsed.getType();
  if (!type || !TEXTABLE_NUMBER_TYPES.includes(type)) {
    const what = (type && TYPE_WORDS[type]) ?? 'a number that cannot be told to be a mobile';
    return { ok: false, field: 'phone', message: `This is ${what}; enter a mobile number that can receive texts` };
  }
  return { ok: true, phone: { e164: parsed.number, country: owner } };
}

/** How to show a stored E.164 number: as written in its country ("07400 123456") and that country, if it has one. */
export function describePhone(e164: string): { national: string; country: string | null } {
  try {
    const parsed = parsePhoneNumberWithError(e164);
    return parsed.country ? { national: parsed.formatNational(), country: parsed.country } : { national: parsed.formatInternational(), country: null };
  } catch {
    return { national: e164, country: null };
  }
}

/** Every country a number can be entered for, by English name, with its calling code: for a country picker. */
export function phoneCountries(): { code: string; name: string; calling_code: string }[] {
  return getCountries()
    .map((code) => ({ code, name: countryName(code), calling_code: getCountryCallingCode(code) }))
    .toSorted((a, b) => a.name.localeCompare(b.name, 'en'));
}
