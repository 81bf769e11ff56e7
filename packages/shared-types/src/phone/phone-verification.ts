import { z } from 'zod';
import { timestampSchema } from '../timestamp.ts';

/** Digits in a verification code sent by SMS. */
export const PHONE_CODE_DIGITS = 6;
/** How long a code works. */
export const PHONE_CODE_TTL_MINUTES = 10;
/** Wrong tries that lock a code; a new code must then be requested. */
export const PHONE_CODE_MAX_ATTEMPTS = 5;
/** Least time between two codes to the same number for one person. */
export const PHONE_CODE_RESEND_SECONDS = 60;
/** Codes an hour, counted per person and, separately, per number (whoever asks). */
export const PHONE_CODES_PER_HOUR = 5;

/** The body of POST /api/me/phone/verify. */
export const phoneVerifyInputSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(new RegExp(`^\\d{${PHONE_CODE_DIGITS}}$`), `Enter the ${PHONE_CODE_DIGITS}-digit code from the text message`),
});
export type PhoneVerifyInput = z.infer<typeof phoneVerifyInputSchema>;

/** The latest code sent to the current number: pending until it expires or is locked by wrong tries. */
export const phoneCodeStateSchema = z.object({
  status: z.enum(['pending', 'expired', 'locked']),
  sent_at: timestampSchema,
  expires_at: timestampSchema,
  attempts_left: z.int().min(0),
});

/** A person's phone as GET /api/me/phone and the settings page show it. */
export const phoneStateSchema = z.object({
  /** E.164, e.g. +447400123456. */
  number: z.string(),
  /** As written in its country ("07400 123456"). */
  national: z.string(),
  /** ISO 3166 alpha-2, null for non-geographic numbers. */
  country: z.string().nullable(),
  verified: z.boolean(),
  verified_at: timestampSchema.nullable(),
  /** The number answered STOP (or the carrier says it did): no text reaches it until it answers START. */
  opted_out: z.boolean(),
  /** The code awaiting entry, null once verified or before any was sent. */
  code: phoneCodeStateSchema.nullable(),
  /** When another code may be requested: the resend cooldown and the hourly limits. */
  next_code_at: timestampSchema,
});
export type PhoneState = z.infer<typeof phoneStateSchema>;

/** The body of every /api/me/phone answer but DELETE's: null when no phone is set. */
export const phoneAnswerSchema = z.object({ phone: phoneStateSchema.nullable() });
