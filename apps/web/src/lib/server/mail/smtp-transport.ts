import nodemailer from 'nodemailer';
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
}

export function createSmtpTransport(options: SmtpOptions): MailTransport {
  const secure = options.secure ?? options.port === 465;
  const transporter = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure,
    requireTLS: options.requireTLS,
    auth: options.user ? { user: options.user, pass: options.pass ?? '' } : undefined,
  });
  return {
    kind: 'smtp',
    async send(mail: OutgoingMail) {
      try {
        await transporter.sendMail({ from: options.from, ...mail });
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
