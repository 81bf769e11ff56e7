import { createMailTransport, type MailTransport, outboxDirectory as outboxFor } from '@ordo/notify';
import { config } from '../config.ts';

let transport: MailTransport | undefined;

/** Where mail lands when no SMTP server is configured (EMAIL_HOST unset); null when mail is delivered. */
export function outboxDirectory(): string | null {
  return outboxFor(config());
}

/** This process's one mail transport (pooled SMTP, or the outbox), built from config on first use. */
export function mailer(): MailTransport {
  transport ??= createMailTransport(config());
  return transport;
}
