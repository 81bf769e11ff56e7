import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxTransport } from './outbox-transport.ts';
import { createSmtpTransport } from './smtp-transport.ts';

const mail = {
  to: 'ada@example.test',
  subject: 'Reset your Ordo password',
  text: 'Open https://ordo.example/reset-password/abc to choose a new password.',
  html: '<p>Open <a href="https://ordo.example/reset-password/abc">this link</a>.</p>',
};

describe('SMTP transport', () => {
  const received: { raw: Buffer; user: string | undefined; to: string[] }[] = [];
  let server: SMTPServer;
  let port: number;
  let connections = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      onConnect(_session, callback) {
        connections += 1;
        callback();
      },
      allowInsecureAuth: true,
      authOptional: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'ordo' && auth.password === 'secret') callback(null, { user: auth.username });
        else callback(new Error('invalid credentials'));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            raw: Buffer.concat(chunks),
            user: session.user as string | undefined,
            to: session.envelope.rcptTo.map((r) => r.address),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('delivers an authenticated message with text and HTML parts', async () => {
    const transport = createSmtpTransport({
      host: '127.0.0.1',
      port,
      user: 'ordo',
      pass: 'secret',
      from: 'Ordo <ordo@example.test>',
      requireTLS: false,
    });
    try {
      await transport.send(mail);
    } finally {
      transport.close();
    }
    expect(received).toHaveLength(1);
    expect(received[0]?.user).toBe('ordo');
    expect(received[0]?.to).toEqual(['ada@example.test']);
    const parsed = await simpleParser(received[0]?.raw as Buffer);
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.from?.value).toEqual([{ name: 'Ordo', address: 'ordo@example.test' }]);
    expect(parsed.text?.trim()).toBe(mail.text);
    expect(parsed.html).toContain('href="https://ordo.example/reset-password/abc"');
  });

  it('keeps its connection open and sends message after message over it (pooled)', async () => {
    const transport = createSmtpTransport({ host: '127.0.0.1', port, user: 'ordo', pass: 'secret', from: 'o@example.test', requireTLS: false });
    const before = { connections, received: received.length };
    try {
      for (const subject of ['One', 'Two', 'Three']) await transport.send({ ...mail, subject });
    } finally {
      transport.close();
    }
    expect(received.length - before.received).toBe(3);
    expect(connections - before.connections).toBe(1);
  });

  it('fails loudly when the server refuses the credentials', async () => {
    const transport = createSmtpTransport({ host: '127.0.0.1', port, user: 'ordo', pass: 'wrong', from: 'o@example.test', requireTLS: false });
    try {
      await expect(transport.send(mail)).rejects.toThrow(/invalid credentials|Invalid login/i);
    } finally {
      transport.close();
    }
  });
});

describe('outbox transport', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ordo-outbox-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes each message as a complete .eml file, creating the folder, leaving no temporary files', async () => {
    const outbox = join(dir, 'outbox');
    const transport = createOutboxTransport(outbox, 'Ordo <ordo@localhost>');
    await transport.send(mail);
    await transport.send({ ...mail, subject: 'Second' });
    const files = (await readdir(outbox)).toSorted();
    expect(files).toHaveLength(2);
    expect(files.every((file) => file.endsWith('.eml') && !file.startsWith('.'))).toBe(true);
    const subjects = await Promise.all(files.map(async (file) => (await simpleParser(await readFile(join(outbox, file)))).subject));
    expect(subjects.toSorted()).toEqual(['Reset your Ordo password', 'Second']);
    const first = await simpleParser(await readFile(join(outbox, files[0] as string)));
    expect(first.to && 'text' in first.to ? first.to.text : '').toBe('ada@example.test');
  });
});
