import { describe, expect, it } from 'vitest';
import { HttpClient, signedUpClient, TEST_PASSWORD } from './http-client.ts';
import { useWebServer } from './web-server.ts';

const server = useWebServer();

async function userId(client: HttpClient): Promise<string> {
  return ((await client.get<{ user: { id: string } }>('/api/me')).body.user as { id: string }).id;
}

async function signIn(email: string, password = TEST_PASSWORD): Promise<HttpClient> {
  const client = new HttpClient(server.origin);
  const response = await client.post('/api/auth/login', { email, password });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  return client;
}

describe('personal access tokens', () => {
  it('are shown once in settings, authenticate the API without Origin or cookie, and stop working once revoked', async () => {
    const owner = await signedUpClient(server.origin);
    const created = await owner.request<string>('POST', '/settings?/createToken', { form: { name: 'laptop script', scope: 'read_write' } });
    expect(created.status).toBe(200);
    const token = /ordo_pat_[A-Za-z0-9_-]{43}/.exec(created.body)?.[0];
    expect(token).toBeDefined();

    const api = new HttpClient(server.origin);
    api.bearer = token as string;
    expect((await api.get<{ user: { email: string } }>('/api/me')).body.user.email).toBe(owner.email);
    // Bearer calls are exempt from the same-origin rule: no browser attaches a token by itself.
    const fromScript = await fetch(`${server.origin}/api/projects`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'From a script' }),
    });
    expect(fromScript.status).toBe(201);

    const settings = await owner.get<string>('/settings');
    expect(settings.body).toContain('laptop script');
    expect(settings.body).not.toContain(token);

    const [row] = await server.database.db.sql<{ id: string; last_used_at: Date | null }[]>`
      select id, last_used_at from public.personal_access_tokens where name = 'laptop script'
    `;
    expect(row?.last_used_at).not.toBeNull();
    const revoked = await owner.request('POST', '/settings?/revokeToken', { form: { id: row?.id as string } });
    expect(revoked.status).toBe(200);
    const after = await api.get<{ error: { code: string } }>('/api/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthorized');
  });

  it('refuses an unknown bearer token without falling back to the cookie', async () => {
    const owner = await signedUpClient(server.origin);
    const response = await fetch(`${server.origin}/api/me`, {
      headers: { authorization: 'Bearer ordo_pat_not-a-real-token', cookie: owner.cookie as string },
    });
    expect(response.status).toBe(401);
  });

  it("cannot be revoked by another user, whose attempt reads as not found", async () => {
    const alice = await signedUpClient(server.origin);
    const bob = await signedUpClient(server.origin);
    await alice.request('POST', '/settings?/createToken', { form: { name: 'alice token', scope: 'read' } });
    const [row] = await server.database.db.sql<{ id: string }[]>`
      select id from public.personal_access_tokens where name = 'alice token'
    `;
    const attempt = await bob.request('POST', '/settings?/revokeToken', { form: { id: row?.id as string } });
    expect(attempt.status).toBe(404);
    const [still] = await server.database.db.sql<{ revoked_at: Date | null }[]>`
      select revoked_at from public.personal_access_tokens where id = ${row?.id as string}
    `;
    expect(still?.revoked_at).toBeNull();
  });
});

describe('secrets stay out of reach of the authenticated role', () => {
  it('lets a user read their sessions and tokens but never a hash, and never credentials', async () => {
    const owner = await signedUpClient(server.origin);
    const id = await userId(owner);
    const { db } = server.database;
    const sessions = await db.asUser(id, (tx) => tx`select id, user_agent from public.sessions`);
    expect(sessions.length).toBe(1);
    await expect(db.asUser(id, (tx) => tx`select token_hash from public.sessions`)).rejects.toThrow(/permission denied/);
    await expect(db.asUser(id, (tx) => tx`select token_hash from public.personal_access_tokens`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(db.asUser(id, (tx) => tx`select * from public.user_credentials`)).rejects.toThrow(/permission denied/);
    await expect(db.asUser(id, (tx) => tx`select * from public.password_reset_tokens`)).rejects.toThrow(/permission denied/);
    await expect(db.asUser(id, (tx) => tx`update public.users set email = 'x@y.z'`)).rejects.toThrow(/permission denied/);
  });
});

describe('sessions in settings', () => {
  it('lists every session and signs out one of them', async () => {
    const first = await signedUpClient(server.origin);
    const second = await signIn(first.email);
    const page = await first.get<string>('/settings');
    expect(page.body).toContain('This browser');
    const id = await userId(first);
    const rows = await server.database.db.sql<{ id: string }[]>`
      select id from public.sessions where user_id = ${id} order by created_at
    `;
    expect(rows).toHaveLength(2);
    const revoked = await first.request('POST', '/settings?/revokeSession', { form: { id: rows[1]?.id as string } });
    expect(revoked.status).toBe(200);
    expect((await second.get('/api/me')).status).toBe(401);
    expect((await first.get('/api/me')).status).toBe(200);
  });

  it('names each session by browser and system, not by its raw User-Agent', async () => {
    const first = await signedUpClient(server.origin);
    const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
    const signedIn = await new HttpClient(server.origin).request('POST', '/api/auth/login', {
      json: { email: first.email, password: TEST_PASSWORD },
      headers: { 'user-agent': chrome },
    });
    expect(signedIn.status).toBe(200);
    const page = await first.get<string>('/settings');
    expect(page.body).toContain('<strong title="Mozilla/5.0 (X11; Linux x86_64)');
    expect(page.body).toContain('>Chrome on Linux</strong>');
  });

  it('signs out everywhere, this browser included', async () => {
    const first = await signedUpClient(server.origin);
    const second = await signIn(first.email);
    const response = await first.request('POST', '/settings?/signOutEverywhere', { form: {} });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login');
    expect((await first.get('/api/me')).status).toBe(401);
    expect((await second.get('/api/me')).status).toBe(401);
  });
});

describe('changing credentials', () => {
  it('changes the password only with the current one, keeps this session and ends the others', async () => {
    const me = await signedUpClient(server.origin);
    const other = await signIn(me.email);
    const newPassword = 'a much better passphrase';
    const wrong = await me.request<string>('POST', '/settings?/password', {
      form: { current_password: 'not my password', new_password: newPassword, confirm_password: newPassword },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toContain('Current password is incorrect.');
    const mismatch = await me.request<string>('POST', '/settings?/password', {
      form: { current_password: TEST_PASSWORD, new_password: newPassword, confirm_password: 'something else' },
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body).toContain('Does not match the new password');

    const changed = await me.request('POST', '/settings?/password', {
      form: { current_password: TEST_PASSWORD, new_password: newPassword, confirm_password: newPassword },
    });
    expect(changed.status).toBe(200);
    expect((await me.get('/api/me')).status).toBe(200);
    expect((await other.get('/api/me')).status).toBe(401);
    expect((await new HttpClient(server.origin).post('/api/auth/login', { email: me.email, password: TEST_PASSWORD })).status).toBe(401);
    await signIn(me.email, newPassword);
  });

  it('changes the email with the password, refusing one that another account uses', async () => {
    const me = await signedUpClient(server.origin);
    const someone = await signedUpClient(server.origin);
    const taken = await me.request<string>('POST', '/settings?/email', {
      form: { email: someone.email, current_password: TEST_PASSWORD },
    });
    expect(taken.status).toBe(409);
    const newEmail = `renamed-${me.email}`;
    const changed = await me.request('POST', '/settings?/email', { form: { email: newEmail, current_password: TEST_PASSWORD } });
    expect(changed.status).toBe(200);
    expect((await me.get<{ user: { email: string } }>('/api/me')).body.user.email).toBe(newEmail);
    await signIn(newEmail);
  });
});
