import { randomBytes } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { OutgoingSms, SentSms, SmsTransport } from './sms-transport.ts';

/** One line of the SMS outbox. */
export interface OutboxSms {
  sid: string;
  from: string;
  to: string;
  body: string;
  sent_at: string;
}

/**
 * Without Twilio, each message becomes one JSON line appended to `file`, so a fresh install can
 * verify a phone and see every alert. Each line goes in one append of less than a page, which
 * concurrent writers (web and worker) do not interleave.
 */
export function createOutboxSmsTransport(file: string, from: string): SmsTransport {
  return {
    kind: 'outbox',
    from,
    async send(sms: OutgoingSms): Promise<SentSms> {
      const line: OutboxSms = {
        sid: `SM${randomBytes(16).toString('hex')}`,
        from,
        to: sms.to,
        body: sms.body,
        sent_at: new Date().toISOString(),
      };
      await mkdir(dirname(file), { recursive: true });
      await appendFile(file, `${JSON.stringify(line)}\n`, { mode: 0o600 });
      return { sid: line.sid };
    },
  };
}
