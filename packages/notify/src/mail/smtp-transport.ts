import nodemailer from 'nodemailer';
import { composeMessage } from './compose-message.ts';
import type { MailTransport, OutgoingMail } from './mail-transport.ts';

export interface SmtpOptions {
  host: string;
  port: number;
  user?: string | undefined;
  pass?: string | undefined;
  from: string;
  /** Port 465 speaks TLS from the start; other ports upgrade with STARTTLS. */
  secure?: boolean;
  /**
   * Refuse to send (and to log in) unless the server upgrades to TLS: otherwise a server, or
   * anyone between, that does not offer STARTTLS gets the password and the reset links in clear.
   */
  requireTLS: boolean;
  /** Connections kept open to the server at most (default 5). */
  maxConnections?: number;
  /**
   * Composes each message (default composeMessage, in the caller's thread); the worker passes one
   * that runs on a thread of its own. It must return what composeMessage returns.
   */
  compose?: (from: string, mail: OutgoingMail) => Promise<string>;
}

const DEFAULT_MAX_CONNECTIONS = 5;

/**
 * Pooled: a few connections stay open and carry message after message, so a run of mail (a
 * morning's briefs) pays for one TLS handshake and login per connection, not per message.
 */
export function createSmtpTransport(options: SmtpOptions): MailTransport {
  const secure = options.secure ?? options.port === 465;
  const transporter = nodemailer.createTransport({
    pool: true,
    maxConnections: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
    host: options.host,
    port: options.port,
    secure,
    requireTLS: options.requireTLS,
    auth: options.user ? { user: options.user, pass: options.pass ?? '' } : undefined,
  });
  const compose = options.compose ?? (async (from: string, mail: OutgoingMail) => composeMessage(from, mail));
  return {
    kind: 'smtp',
    async send(mail: OutgoingMail) {
      try {
        // Composed here in one go; from and to still give nodemailer the envelope.
        await transporter.sendMail({ from: options.from, to: mail.to, raw: await compose(options.from, mail) });
      } catch (error) {
        if (options.requireTLS && !secure && (error as { code?: unknown }).code === 'ETLS') {
          throw new Error(
            `SMTP server ${options.host}:${options.port} does not offer STARTTLS, so the mail was not sent (EMAIL_REQUIRE_TLS is on)`,
            { cause: error },
          );
        }
        throw error;
      }
    },
    close: () => transporter.close(),
  };
}
