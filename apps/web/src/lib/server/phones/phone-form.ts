import { type PhoneState, phoneVerifyInputSchema } from '@ordo/shared-types';
import { type PhoneInput, phoneInputSchema } from '@ordo/shared-types/phone-number';
import { fail } from '@sveltejs/kit';
import { fieldErrors } from '../zod-fields.ts';
import type { PhoneOutcome } from './phones.ts';

/** What the "Phone" section's forms post, as typed, to show again beside its errors. */
export interface PhoneFormValues {
  phone: string;
  country: string;
  code: string;
}

type Parsed<T> = { ok: true; input: T } | { ok: false; values: PhoneFormValues; errors: Record<string, string> };

const text = (data: FormData, name: string) => String(data.get(name) ?? '');

/** The number form: phone and country ('' for the time zone's); validated by the same schema as PUT /api/me/phone. */
export function parsePhoneForm(data: FormData): Parsed<PhoneInput> {
  const values = { phone: text(data, 'phone'), country: text(data, 'country'), code: '' };
  const parsed = phoneInputSchema.safeParse({ phone: values.phone, country: values.country.trim() === '' ? undefined : values.country });
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, values, errors: fieldErrors(parsed.error) };
}

/** The code form, validated as POST /api/me/phone/verify. */
export function parsePhoneCodeForm(data: FormData): Parsed<string> {
  const values = { phone: '', country: '', code: text(data, 'code') };
  const parsed = phoneVerifyInputSchema.safeParse({ code: values.code });
  return parsed.success ? { ok: true, input: parsed.data.code } : { ok: false, values, errors: fieldErrors(parsed.error) };
}

/**
 * The settings page's answer to a phone operation: a toast, or the problem at its field (a refusal
 * to send another code shows at `limitField`, the field of the form that asked).
 */
export function phoneFormAnswer(outcome: PhoneOutcome, values: PhoneFormValues, done: (phone: PhoneState) => string, limitField: 'phone' | 'code') {
  const refuse = (status: number, field: string, message: string) => fail(status, { action: 'phone', phoneValues: values, errors: { [field]: message } });
  switch (outcome.kind) {
    case 'ok':
      return { action: 'phone', toast: { message: done(outcome.phone) } };
    case 'invalid':
      return refuse(400, outcome.field, outcome.message);
    case 'limited':
      return refuse(429, limitField, `Too many codes for now; ask again in ${outcome.retryAfterSeconds} s`);
    case 'no_phone':
      return refuse(404, 'phone', 'Enter your number first');
    case 'conflict':
      return refuse(409, limitField, `Not sent: ${outcome.message}`);
    case 'unsent':
      return refuse(503, limitField, outcome.message);
  }
}
