export { createMailTransport, outboxDirectory } from './mail/mail-from-config.ts';
export type { MailTransport, OutgoingMail } from './mail/mail-transport.ts';
export { createOutboxTransport } from './mail/outbox-transport.ts';
export { createSmtpTransport, type SmtpOptions } from './mail/smtp-transport.ts';
