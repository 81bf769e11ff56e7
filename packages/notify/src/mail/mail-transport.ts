export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** `<local@host>`; nodemailer makes a random one when absent. */
  messageId?: string;
  /** Extra header lines (List-Unsubscribe and the like). */
  headers?: Record<string, string>;
}

/** Where Ordo's mail goes: an SMTP server, or the local outbox of .eml files. */
export interface MailTransport {
  readonly kind: 'smtp' | 'outbox';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}
