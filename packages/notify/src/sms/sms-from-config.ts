import { join } from 'node:path';
import type { Env } from '@ordo/config';
import { createOutboxSmsTransport } from './outbox-sms-transport.ts';
import type { SmsTransport } from './sms-transport.ts';

type SmsEnv = Pick<Env, 'TWILIO_ACCOUNT_SID' | 'TWILIO_AUTH_TOKEN' | 'TWILIO_FROM_NUMBER' | 'ORDO_DATA_DIR'>;

/** The outbox's number: a reserved fictional one, so nothing mistakes it for a real sender. */
export const OUTBOX_SMS_FROM = '+15005550006';

/** Where text messages land when Twilio is not configured; null when they are sent. */
export function smsOutboxFile(env: SmsEnv): string | null {
  return env.TWILIO_ACCOUNT_SID ? null : join(env.ORDO_DATA_DIR, 'outbox', 'sms.jsonl');
}

/** Twilio when TWILIO_ACCOUNT_SID is set, else the JSON-lines outbox. Build one a process and reuse it. */
export function createSmsTransport(env: SmsEnv): SmsTransport {
  const outbox = smsOutboxFile(env);
  if (outbox !== null) return createOutboxSmsTransport(outbox, OUTBOX_SMS_FROM);
  throw new Error('TWILIO_ACCOUNT_SID is set but the Twilio transport is not wired in yet');
}
