export { type SmtpInbox, type SmtpInboxOptions, type SmtpRefusal, startSmtpInbox } from './smtp-inbox.ts';
