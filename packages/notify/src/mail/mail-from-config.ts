import { join } from 'node:path';
import type { Env } from '@ordo/config';
import type { MailTransport } from './mail-transport.ts';
import { createOutboxTransport } from './outbox-transport.ts';
import { createSmtpTransport, type SmtpOptions } from './smtp-transport.ts';

type MailEnv = Pick<Env, 'EMAIL_HOST' | 'EMAIL_PORT' | 'EMAIL_USER' | 'EMAIL_PASS' | 'EMAIL_FROM' | 'EMAIL_REQUIRE_TLS' | 'ORDO_DATA_DIR'>;

/** Where mail lands when no SMTP server is configured (EMAIL_HOST unset); null when mail is delivered. */
export function outboxDirectory(env: MailEnv): string | null {
  return env.EMAIL_HOST ? null : join(env.ORDO_DATA_DIR, 'outbox');
}

/**
 * SMTP when EMAIL_HOST is set, else .eml files in <ORDO_DATA_DIR>/outbox/. Build one a process and
 * reuse it. `compose` replaces the SMTP transport's own composition (SmtpOptions.compose).
 */
export function createMailTransport(env: MailEnv, options: Pick<SmtpOptions, 'compose'> = {}): MailTransport {
  const outbox = outboxDirectory(env);
  if (outbox !== null) return createOutboxTransport(outbox, env.EMAIL_FROM);
  return createSmtpTransport({
    host: env.EMAIL_HOST as string,
    port: env.EMAIL_PORT,
    user: env.EMAIL_USER,
    pass: env.EMAIL_PASS,
    from: env.EMAIL_FROM,
    requireTLS: env.EMAIL_REQUIRE_TLS,
    ...(options.compose ? { compose: options.compose } : {}),
  });
}
