import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** An SMTP reply the inbox gives instead of accepting a message (e.g. 550 or 451). */
export interface SmtpRefusal {
  code: number;
  message: string;
}

export interface SmtpInboxOptions {
  /**
   * Asked for every message, numbered from 1, before it is kept: a refusal answers it with that
   * code and the message is not kept. Absent or undefined: accepted.
   */
  refuse?: (mail: ParsedMail, index: number) => SmtpRefusal | undefined;
  /**
   * Called once a message is kept, before the sender hears the 250: what a test needs to crash the
   * sender between "the server has it" and "the sender knows it" (kill it here).
   */
  onAccepted?: (mail: ParsedMail) => Promise<void> | void;
}

export interface SmtpInbox {
  port: number;
  /** Every message kept so far, in order. */
  readonly received: readonly ParsedMail[];
  /** How many messages were offered (kept or refused). */
  readonly offered: number;
  /** Waits for a message to this address whose subject matches. */
  waitFor(to: string, subject: string, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

/** A loopback SMTP server (plain text, no auth) that keeps every message it receives, parsed. */
export async function startSmtpInbox(options: SmtpInboxOptions = {}): Promise<SmtpInbox> {
  const received: ParsedMail[] = [];
  let offered = 0;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          offered += 1;
          const refusal = options.refuse?.(mail, offered);
          if (refusal) {
            callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
            return;
          }
          received.push(mail);
          await options.onAccepted?.(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addressed = (mail: ParsedMail, to: string) =>
    mail.to !== undefined && !Array.isArray(mail.to) && mail.to.text.toLowerCase() === to.toLowerCase();
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    get offered() {
      return offered;
    },
    async waitFor(to, subject, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const mail = received.find((candidate) => addressed(candidate, to) && candidate.subject === subject);
        if (mail) return mail;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`no mail to ${to} (${subject}) reached the SMTP server`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
