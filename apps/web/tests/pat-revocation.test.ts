import { describe, expect, it } from 'vitest';
import { type ErrorBody, HttpClient, signedUpClient } from './http-client.ts';
import { waitForMail } from './outbox.ts';
import { outboxOf, useWebServer } from './web-server.ts';

const server = useWebServer();

type Scope = 'read' | 'read_write';

/** Creates a token in settings (cookie session) and returns a client that sends it. */
async function tokenClient(owner: HttpClient, name: string, scope: Scope = 'read_write'): Promise<HttpClient> {
  const created = await owner.request<string>('POST', '/settings?/createToken', { form: { name, scope } });
  const token = /ordo_pat_[A-Za-z0-9_-]{43}/.exec(created.body)?.[0];
  if (!token) throw new Error(`token not created: ${created.status}`);
  const client = new HttpClient(server.origin);
  client.bearer = token;
  return client;
}

const works = async (client: HttpClient) => (await client.get('/api/me')).status === 200;

describe('personal access tokens end with what should end them', () => {
  it('are revoked by a password reset', async () => {
    const owner = await signedUpClient(server.origin);
    const api = await tokenClient(owner, 'script');
    expect(await works(api)).toBe(true);

    await new HttpClient(server.origin).request('POST', '/reset-password', { form: { email: owner.email } });
    const mail = await waitForMail(outboxOf(server.origin), { to: owner.email, subject: 'Reset your Ordo password' });
    const path = /\/reset-password\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0] as string;
    const password = 'a brand new passphrase';
    expect((await new HttpClient(server.origin).request('POST', path, { form: { password, confirm_password: password } })).status).toBe(303);

    expect(await works(api)).toBe(false);
  });

  it('survive a password change unless asked to be revoked with it', async () => {
    const owner = await signedUpClient(server.origin);
    const api = await tokenClient(owner, 'script');
    const change = (from: string, to: string, revoke: boolean) =>
      owner.request('POST', '/settings?/password', {
        form: { current_password: from, new_password: to, confirm_password: to, ...(revoke ? { revoke_tokens: 'on' } : {}) },
      });
    expect((await change('correct horse battery staple', 'second passphrase here', false)).status).toBe(200);
    expect(await works(api)).toBe(true);
    expect((await change('second passphrase here', 'third passphrase here', true)).status).toBe(200);
    expect(await works(api)).toBe(false);
    expect(await works(owner)).toBe(true);
  });

  it('survive signing out everywhere unless asked to be revoked with it', async () => {
    const owner = await signedUpClient(server.origin);
    const kept = await tokenClient(owner, 'kept');
    expect((await owner.request('POST', '/settings?/signOutEverywhere', { form: {} })).status).toBe(303);
    expect(await works(kept)).toBe(true);

    const again = new HttpClient(server.origin);
    expect((await again.post('/api/auth/login', { email: owner.email, password: 'correct horse battery staple' })).status).toBe(200);
    expect((await again.request('POST', '/settings?/signOutEverywhere', { form: { revoke_tokens: 'on' } })).status).toBe(303);
    expect(await works(kept)).toBe(false);
  });
});

describe('personal access tokens cannot manage credentials', () => {
  it('are refused on settings actions, so a token cannot mint another', async () => {
    const owner = await signedUpClient(server.origin);
    const api = await tokenClient(owner, 'script');
    const minted = await api.request<ErrorBody>('POST', '/settings?/createToken', { form: { name: 'minted', scope: 'read_write' } });
    expect(minted.status).toBe(403);
    expect(minted.body.error.code).toBe('forbidden');
    const password = await api.request('POST', '/settings?/password', {
      form: { current_password: 'x', new_password: 'something long enough', confirm_password: 'something long enough' },
    });
    expect(password.status).toBe(403);
    const [count] = await server.database.db.sql<{ n: number }[]>`
      select count(*)::int as n from public.personal_access_tokens where name = 'minted'
    `;
    expect(count?.n).toBe(0);
  });

  it('are refused on sign-out routes and the API auth routes', async () => {
    const owner = await signedUpClient(server.origin);
    const api = await tokenClient(owner, 'script');
    expect((await api.request('POST', '/logout', { form: {} })).status).toBe(403);
    expect((await api.post('/api/auth/logout')).status).toBe(403);
    expect((await api.request('POST', '/settings?/signOutEverywhere', { form: {} })).status).toBe(403);
    expect(await works(owner)).toBe(true);
  });
});

describe('personal access token scopes', () => {
  it('let a read token read but not write, naming the scope; a read-write token writes', async () => {
    const owner = await signedUpClient(server.origin);
    const reader = await tokenClient(owner, 'reader', 'read');
    const writer = await tokenClient(owner, 'writer', 'read_write');
    expect((await reader.get('/api/projects')).status).toBe(200);
    const refused = await reader.post<ErrorBody>('/api/projects', { name: 'Not allowed' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect(refused.body.error.fields).toHaveProperty('scope');
    expect(refused.body.error.message).toContain('read');
    expect((await writer.post('/api/projects', { name: 'Allowed' })).status).toBe(201);
    const projects = await owner.get<{ projects: { name: string }[] }>('/api/projects');
    expect(projects.body.projects.map((project) => project.name)).toEqual(['Allowed']);
  });

  it('are chosen at creation, refused when unknown, and shown in the settings list', async () => {
    const owner = await signedUpClient(server.origin);
    const missing = await owner.request<string>('POST', '/settings?/createToken', { form: { name: 'no scope' } });
    expect(missing.status).toBe(400);
    const unknown = await owner.request<string>('POST', '/settings?/createToken', { form: { name: 'admin', scope: 'admin' } });
    expect(unknown.status).toBe(400);
    await tokenClient(owner, 'reader', 'read');
    await tokenClient(owner, 'writer', 'read_write');
    const page = await owner.get<string>('/settings');
    expect(page.body).toMatch(/reader<\/strong>[\s\S]*?Read only/);
    expect(page.body).toMatch(/writer<\/strong>[\s\S]*?Read and write/);
  });
});
