import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailTransport, OutgoingMail } from './mail-transport.ts';

/**
 * Without SMTP, each message becomes an RFC 5322 .eml file in `dir`, readable by any mail
 * client. Written under a temporary name and renamed, so a reader never sees half a file.
 */
export function createOutboxTransport(dir: string, from: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'outbox',
    async send(mail: OutgoingMail) {
      const info = await composer.sendMail({ from, ...mail });
      await mkdir(dir, { recursive: true });
      // Sortable by time, unique across processes.
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
      const temporary = join(dir, `.${name}.tmp`);
      await writeFile(temporary, info.message as Buffer, { mode: 0o600 });
      await rename(temporary, join(dir, name));
    },
    close: () => composer.close(),
  };
}
