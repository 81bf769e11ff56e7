import { join } from 'node:path';
import { config } from '../config.ts';
import type { MailTransport } from './mail-transport.ts';
import { createOutboxTransport } from './outbox-transport.ts';
import { createSmtpTransport } from './smtp-transport.ts';

let transport: MailTransport | undefined;

const outboxIn = (dataDir: string) => join(dataDir, 'outbox');

/** Where mail lands when no SMTP server is configured (EMAIL_HOST unset); null when mail is delivered. */
export function outboxDirectory(): string | null {
  const env = config();
  return env.EMAIL_HOST ? null : outboxIn(env.ORDO_DATA_DIR);
}

/** SMTP when EMAIL_HOST is set, else .eml files in <ORDO_DATA_DIR>/outbox/. */
export function mailer(): MailTransport {
  if (!transport) {
    const env = config();
    transport = env.EMAIL_HOST
      ? createSmtpTransport({
          host: env.EMAIL_HOST,
          port: env.EMAIL_PORT,
          user: env.EMAIL_USER,
          pass: env.EMAIL_PASS,
          from: env.EMAIL_FROM,
          requireTLS: env.EMAIL_REQUIRE_TLS,
        })
      : createOutboxTransport(outboxIn(env.ORDO_DATA_DIR), env.EMAIL_FROM);
  }
  return transport;
}
