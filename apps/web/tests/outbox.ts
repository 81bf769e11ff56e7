import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';

export interface OutboxMail {
  file: string;
  to: string;
  subject: string;
  text: string;
}

async function readMail(dir: string, file: string): Promise<OutboxMail> {
  const parsed: ParsedMail = await simpleParser(await readFile(join(dir, file)));
  const to = parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : '';
  return { file, to, subject: parsed.subject ?? '', text: parsed.text ?? '' };
}

/**
 * Waits for a mail to `to` in an outbox directory (mail is sent after the response, so it may
 * land a moment later). `subject` narrows it; mails listed in `skip` (file names) are ignored.
 */
export async function waitForMail(
  dir: string,
  match: { to: string; subject?: string; skip?: ReadonlySet<string> },
  timeoutMs = 10_000,
): Promise<OutboxMail> {
  const deadline = Date.now() + timeoutMs;
  const seen = new Set(match.skip ?? []);
  while (Date.now() < deadline) {
    const files = (await readdir(dir).catch(() => [])).filter((file) => file.endsWith('.eml') && !seen.has(file));
    for (const file of files) {
      const raw = await readFile(join(dir, file), 'utf8');
      // A cheap filter before parsing: the address is in the To header as written.
      if (!raw.toLowerCase().includes(match.to.toLowerCase())) {
        seen.add(file);
        continue;
      }
      const mail = await readMail(dir, file);
      seen.add(file);
      if (mail.to.toLowerCase() === match.to.toLowerCase() && (!match.subject || mail.subject === match.subject)) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail to ${match.to}${match.subject ? ` (${match.subject})` : ''} arrived in ${dir}`);
}

/** Every mail in the outbox to this address, oldest first. */
export async function mailsTo(dir: string, to: string): Promise<OutboxMail[]> {
  const files = (await readdir(dir).catch(() => [])).filter((file) => file.endsWith('.eml')).toSorted();
  const mails = await Promise.all(files.map((file) => readMail(dir, file)));
  return mails.filter((mail) => mail.to.toLowerCase() === to.toLowerCase());
}

export const VERIFICATION_SUBJECT = 'Verify your email address for Ordo';

/** The path of the verification link in a mail. */
export function verificationPath(mail: OutboxMail): string {
  const path = /\/verify-email\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
  if (!path) throw new Error(`no verification link in the mail "${mail.subject}"`);
  return path;
}
