import { describe, expect, it } from 'vitest';
import { HttpClient, signedUpClient, TEST_PASSWORD } from './http-client.ts';
import { waitForMail } from './outbox.ts';
import { outboxOf, useTwoWebServers } from './web-server.ts';

// Two processes of one deployment: a revocation made through one must end streams held by the other.
const { first, second } = useTwoWebServers();

interface OpenStream {
  /** Resolves once the server has ended the stream. */
  ended: Promise<void>;
  isOpen(): boolean;
  close(): void;
}

/** Opens /api/events with the client's cookie or token, against `origin` (either process). */
async function openStream(client: HttpClient, origin = client.origin): Promise<OpenStream> {
  const controller = new AbortController();
  const headers: Record<string, string> = { accept: 'text/event-stream', 'x-forwarded-for': client.ip };
  if (client.bearer) headers.authorization = `Bearer ${client.bearer}`;
  else headers.cookie = client.cookie ?? '';
  const response = await fetch(`${origin}/api/events`, { headers, signal: controller.signal });
  if (response.status !== 200 || !response.body) throw new Error(`stream refused: ${response.status}`);
  const reader = response.body.getReader();
  let open = true;
  const ended = (async () => {
    for (;;) {
      // Our own abort (cleanup) rejects the read; that ends the stream too.
      const { done } = await reader.read().catch(() => ({ done: true }));
      if (done) break;
    }
    open = false;
  })();
  // The hub registers the stream once its first bytes are sent; read them before going on.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { ended, isOpen: () => open, close: () => controller.abort() };
}

/** Resolves when the stream ends; rejects after `ms` (the stream outlived its credential). */
function endsWithin(stream: OpenStream, ms = 5_000): Promise<void> {
  return Promise.race([
    stream.ended,
    new Promise<void>((_, reject) => setTimeout(() => reject(new Error(`stream still open after ${ms} ms`)), ms)),
  ]);
}

async function signIn(origin: string, email: string, password = TEST_PASSWORD): Promise<HttpClient> {
  const client = new HttpClient(origin);
  const response = await client.post('/api/auth/login', { email, password });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  return client;
}

async function createToken(client: HttpClient, name: string): Promise<string> {
  const created = await client.request<string>('POST', '/settings?/createToken', { form: { name, scope: 'read' } });
  const token = /ordo_pat_[A-Za-z0-9_-]{43}/.exec(created.body)?.[0];
  if (!token) throw new Error(`token not created: ${created.status}`);
  return token;
}

describe('live event streams end when their credential is revoked', () => {
  it('ends the stream of a session that signs out, in this process and in another, and keeps the others', async () => {
    const me = await signedUpClient(first.origin);
    const elsewhere = await signIn(first.origin, me.email);
    const here = await openStream(me);
    const there = await openStream(me, second.origin);
    const otherSession = await openStream(elsewhere, second.origin);
    try {
      expect((await me.post('/api/auth/logout')).status).toBe(204);
      await endsWithin(here);
      await endsWithin(there);
      expect(otherSession.isOpen()).toBe(true);
    } finally {
      for (const stream of [here, there, otherSession]) stream.close();
    }
  });

  it('ends the stream of a revoked personal access token, and only that one', async () => {
    const me = await signedUpClient(first.origin);
    const revokedClient = new HttpClient(first.origin);
    revokedClient.bearer = await createToken(me, 'to revoke');
    const keptClient = new HttpClient(first.origin);
    keptClient.bearer = await createToken(me, 'to keep');
    const revoked = await openStream(revokedClient, second.origin);
    const kept = await openStream(keptClient, second.origin);
    try {
      const [row] = await first.database.db.sql<{ id: string }[]>`
        select id from public.personal_access_tokens where name = 'to revoke' and token_prefix = ${revokedClient.bearer.slice(0, 13)}
      `;
      expect((await me.request('POST', '/settings?/revokeToken', { form: { id: row?.id as string } })).status).toBe(200);
      await endsWithin(revoked);
      expect(kept.isOpen()).toBe(true);
    } finally {
      revoked.close();
      kept.close();
    }
  });

  it('ends every stream of the account when its password is reset', async () => {
    const me = await signedUpClient(first.origin);
    const tokenClient = new HttpClient(first.origin);
    tokenClient.bearer = await createToken(me, 'reset victim');
    const bySession = await openStream(me, second.origin);
    const byToken = await openStream(tokenClient);
    try {
      const outbox = outboxOf(first.origin);
      await new HttpClient(first.origin).request('POST', '/reset-password', { form: { email: me.email } });
      const mail = await waitForMail(outbox, { to: me.email, subject: 'Reset your Ordo password' });
      const path = /\/reset-password\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0] as string;
      const password = 'a brand new passphrase';
      const reset = await new HttpClient(first.origin).request('POST', path, { form: { password, confirm_password: password } });
      expect(reset.status).toBe(303);
      await endsWithin(bySession);
      await endsWithin(byToken);
    } finally {
      bySession.close();
      byToken.close();
    }
  });
});
