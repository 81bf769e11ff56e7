import { join } from 'node:path';
import type { Env } from '@ordo/config';
import { createOutboxSmsTransport } from './outbox-sms-transport.ts';
import type { SmsTransport } from './sms-transport.ts';
import { createTwilioSmsTransport } from './twilio-sms-transport.ts';

type SmsEnv = Pick<
  Env,
  | 'TWILIO_ACCOUNT_SID'
  | 'TWILIO_AUTH_TOKEN'
  | 'TWILIO_FROM_NUMBER'
  | 'TWILIO_API_URL'
  | 'PUBLIC_APP_URL'
  | 'PUBLIC_APP_URL_IS_SET'
  | 'ORDO_DATA_DIR'
>;

/** The outbox's number: a reserved fictional one, so nothing mistakes it for a real sender. */
export const OUTBOX_SMS_FROM = '+15005550006';

/** Where text messages land when Twilio is not configured; null when they are sent. */
export function smsOutboxFile(env: Pick<Env, 'TWILIO_ACCOUNT_SID' | 'ORDO_DATA_DIR'>): string | null {
  return env.TWILIO_ACCOUNT_SID ? null : join(env.ORDO_DATA_DIR, 'outbox', 'sms.jsonl');
}

/** Where Twilio posts a message's delivery status (the web app's `/webhooks/twilio/status`). */
export function twilioStatusCallbackUrl(env: Pick<Env, 'PUBLIC_APP_URL'>): string {
  return `${env.PUBLIC_APP_URL.replace(/\/+$/, '')}/webhooks/twilio/status`;
}

/** Twilio when TWILIO_ACCOUNT_SID is set, else the JSON-lines outbox. Build one a process and reuse it. */
export function createSmsTransport(env: SmsEnv): SmsTransport {
  const outbox = smsOutboxFile(env);
  if (outbox !== null) return createOutboxSmsTransport(outbox, OUTBOX_SMS_FROM);
  const { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM_NUMBER: from } = env;
  // The env schema demands both with an account SID; this guards callers that built env by hand.
  if (!accountSid || !authToken || !from) throw new Error('TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER are required with TWILIO_ACCOUNT_SID');
  return createTwilioSmsTransport({
    accountSid,
    authToken,
    from,
    ...(env.TWILIO_API_URL ? { apiUrl: env.TWILIO_API_URL } : {}),
    // Twilio can only call back an address the operator made public; the local fallback it cannot reach.
    ...(env.PUBLIC_APP_URL_IS_SET ? { statusCallback: twilioStatusCallbackUrl(env) } : {}),
  });
}
