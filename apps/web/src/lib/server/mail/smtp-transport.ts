import nodemailer from 'nodemailer';
import type { MailTransport, OutgoingMail } from './mail-transport.ts';

export interface SmtpOptions {
  host: string;
  port: number;
  user?: string | undefined;
  pass?: string | undefined;
  from: string;
  /** Port 465 speaks TLS from the start; other ports upgrade with STARTTLS when offered. */
  secure?: boolean;
  /** Only for loopback test servers that offer no TLS at all. */
  ignoreTLS?: boolean;
}

export function createSmtpTransport(options: SmtpOptions): MailTransport {
  const transporter = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure ?? options.port === 465,
    ignoreTLS: options.ignoreTLS ?? false,
    auth: options.user ? { user: options.user, pass: options.pass ?? '' } : undefined,
  });
  return {
    kind: 'smtp',
    async send(mail: OutgoingMail) {
      await transporter.sendMail({ from: options.from, ...mail });
    },
    close: () => transporter.close(),
  };
}
