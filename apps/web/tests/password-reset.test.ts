import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { HttpClient, signedUpClient, TEST_PASSWORD } from './http-client.ts';
import { useWebServer } from './web-server.ts';

// No EMAIL_HOST: mail goes to <ORDO_DATA_DIR>/outbox as .eml files.
const server = useWebServer();

const outbox = () => join(server.dataDir, 'outbox');

async function outboxFiles(): Promise<string[]> {
  return (await readdir(outbox()).catch(() => [])).filter((file) => file.endsWith('.eml')).toSorted();
}

// The mail is sent after the response (so timing reveals nothing): wait for the file.
async function nextMail(before: number): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const files = await outboxFiles();
    if (files.length > before) return files.at(-1) as string;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no mail arrived in the outbox');
}

async function requestReset(email: string) {
  return new HttpClient(server.origin).request<string>('POST', '/reset-password', { form: { email } });
}

describe('password reset by email', () => {
  it('mails a one-time link that sets a new password and signs the account out everywhere', async () => {
    const user = await signedUpClient(server.origin);
    const before = (await outboxFiles()).length;
    const requested = await requestReset(user.email.toUpperCase());
    expect(requested.status).toBe(200);
    expect(requested.body).toContain('If an account exists');

    const parsed = await simpleParser(await readFile(join(outbox(), await nextMail(before))));
    expect(parsed.subject).toBe('Reset your Ordo password');
    expect(parsed.to && 'text' in parsed.to ? parsed.to.text : '').toBe(user.email);
    const link = new RegExp(`${server.origin}/reset-password/[A-Za-z0-9_-]{43}`).exec(parsed.text ?? '')?.[0];
    expect(link).toBeDefined();
    const path = new URL(link as string).pathname;

    const form = await new HttpClient(server.origin).get<string>(path);
    expect(form.body).toContain('Choose a new password');
    expect(form.body).not.toContain('expired');

    const newPassword = 'reset to something new';
    const mismatch = await new HttpClient(server.origin).request<string>('POST', path, {
      form: { password: newPassword, confirm_password: 'other' },
    });
    expect(mismatch.status).toBe(400);

    const reset = await new HttpClient(server.origin).request('POST', path, {
      form: { password: newPassword, confirm_password: newPassword },
    });
    expect(reset.status).toBe(303);
    expect(reset.headers.get('location')).toBe('/login?reset=done');

    expect((await user.get('/api/me')).status).toBe(401);
    expect((await new HttpClient(server.origin).post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(401);
    expect((await new HttpClient(server.origin).post('/api/auth/login', { email: user.email, password: newPassword })).status).toBe(200);

    const reused = await new HttpClient(server.origin).request('POST', path, {
      form: { password: 'yet another password', confirm_password: 'yet another password' },
    });
    expect(reused.status).toBe(410);
  });

  it('answers an unknown email exactly like a known one, and mails nobody', async () => {
    const user = await signedUpClient(server.origin);
    const beforeKnown = (await outboxFiles()).length;
    const known = await requestReset(user.email);
    await nextMail(beforeKnown);
    const before = (await outboxFiles()).length;
    const unknownEmail = `nobody-${user.email}`;
    const unknown = await requestReset(unknownEmail);
    expect(unknown.status).toBe(known.status);
    // Pages differ only in per-request CSP nonces; the message must not differ at all.
    const message = (body: string, email: string) => /<p role="status">[\s\S]*?<\/p>/.exec(body)?.[0].replaceAll(email, 'EMAIL');
    expect(message(known.body, user.email)).toContain('If an account exists');
    expect(message(unknown.body, unknownEmail)).toBe(message(known.body, user.email));
    // Give a (wrongly) sent mail the time to land before checking there is none.
    await requestReset(user.email);
    await nextMail(before);
    expect((await outboxFiles()).length).toBe(before + 1);
  });

  it('refuses an expired link', async () => {
    const user = await signedUpClient(server.origin);
    const before = (await outboxFiles()).length;
    await requestReset(user.email);
    const parsed = await simpleParser(await readFile(join(outbox(), await nextMail(before))));
    const path = /\/reset-password\/[A-Za-z0-9_-]{43}/.exec(parsed.text ?? '')?.[0] as string;
    await server.database.db.sql`update public.password_reset_tokens set expires_at = now() - interval '1 second'`;
    expect((await new HttpClient(server.origin).get<string>(path)).body).toContain('expired');
    const attempt = await new HttpClient(server.origin).request('POST', path, {
      form: { password: 'too late for this', confirm_password: 'too late for this' },
    });
    expect(attempt.status).toBe(410);
  });
});
