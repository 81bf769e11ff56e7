import { z } from 'zod';

// As the database stores numbers (sms_opt_outs, user_phones).
const E164 = /^\+[1-9][0-9]{6,14}$/;
const e164Schema = z.string().regex(E164, 'Expected an E.164 phone number such as +15551234567');

// Twilio sends an absent optional parameter as an empty one (ErrorCode=).
const blankAsAbsent = (value: unknown) => (value === '' ? undefined : value);

/**
 * The parameters of Twilio's incoming-message webhook that Ordo reads (Twilio sends many more,
 * all covered by the signature). Body is at most 1,600 characters, Twilio's own limit.
 */
export const twilioInboundSmsSchema = z.object({
  From: e164Schema,
  Body: z.string().max(1600).default(''),
});
export type TwilioInboundSms = z.output<typeof twilioInboundSmsSchema>;

/** The parameters of Twilio's message status callback that Ordo reads. */
export const twilioMessageStatusSchema = z.object({
  MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/, 'Expected a message SID (SM or MM and 32 hex digits)'),
  // queued, sending, sent, delivered, undelivered, failed, read, …: kept as Twilio names it.
  MessageStatus: z.string().regex(/^[a-z_]{1,40}$/, 'Expected a Twilio message status such as delivered'),
  ErrorCode: z.preprocess(blankAsAbsent, z.coerce.number().int().min(1).max(2_147_483_647).optional()),
  To: z.preprocess(blankAsAbsent, e164Schema.optional()),
});
export type TwilioMessageStatus = z.output<typeof twilioMessageStatusSchema>;

/** Twilio's error for a message to a number that replied STOP: Ordo opts the number out too. */
export const TWILIO_UNSUBSCRIBED_RECIPIENT = 21610;
