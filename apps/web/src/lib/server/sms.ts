import { createSmsTransport, type SmsTransport } from '@ordo/notify';
import { config } from './config.ts';

let transport: SmsTransport | undefined;

/** This process's one SMS transport (Twilio, or the outbox `<data dir>/outbox/sms.jsonl`), built from config on first use. */
export function smsTransport(): SmsTransport {
  transport ??= createSmsTransport(config());
  return transport;
}
