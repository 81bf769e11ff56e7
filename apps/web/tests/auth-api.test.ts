import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HttpClient, signedUpClient, TEST_PASSWORD } from './http-client.ts';
import { useWebServer } from './web-server.ts';

const server = useWebServer();

const newEmail = () => `user-${randomUUID()}@example.test`;

describe('POST /api/auth/signup', () => {
  it('creates the account, signs it in with an httpOnly SameSite=Lax cookie and returns the user without secrets', async () => {
    const client = new HttpClient(server.origin);
    const email = newEmail();
    const response = await client.post<{ user: Record<string, unknown> }>('/api/auth/signup', {
      email,
      password: TEST_PASSWORD,
      name: 'Ada',
    });
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({ email, name: 'Ada', onboarding_completed_at: null });
    expect(JSON.stringify(response.body)).not.toMatch(/password|hash/i);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ordo_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect((await client.get<{ user: { email: string } }>('/api/me')).body.user.email).toBe(email);
  });

  it('answers 400 naming each bad field', async () => {
    const response = await new HttpClient(server.origin).post<{ error: { code: string; fields: Record<string, string> } }>(
      '/api/auth/signup',
      { email: 'not-an-email', password: 'short', role: 'admin' },
    );
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(Object.keys(response.body.error.fields).toSorted()).toEqual(['email', 'password', 'role']);
  });

  it('creates no second account for an email that is taken, whatever its case, and says to check the mail', async () => {
    const email = newEmail();
    await new HttpClient(server.origin).post('/api/auth/signup', { email, password: TEST_PASSWORD });
    const again = await new HttpClient(server.origin).post<{ status: string }>('/api/auth/signup', {
      email: email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(again.status).toBe(202);
    expect(again.body.status).toBe('verification_sent');
    const [accounts] = await server.database.db.sql<{ n: number }[]>`
      select count(*)::int as n from public.users where lower(email) = lower(${email})
    `;
    expect(accounts?.n).toBe(1);
  });

  it('refuses JSON that is not JSON, and bodies of another type', async () => {
    const client = new HttpClient(server.origin);
    const broken = await client.request<{ error: { code: string } }>('POST', '/api/auth/signup', {
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('invalid_json');
  });
});

describe('POST /api/auth/login', () => {
  it('signs in with the right password and refuses a wrong one or an unknown email with the same answer', async () => {
    const owner = await signedUpClient(server.origin, { onboard: false });
    const client = new HttpClient(server.origin);
    const ok = await client.post<{ user: { email: string } }>('/api/auth/login', { email: owner.email, password: TEST_PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.body.user.email).toBe(owner.email);
    expect(client.cookie).toBeTruthy();

    const wrongPassword = await new HttpClient(server.origin).post('/api/auth/login', {
      email: owner.email,
      password: 'wrong password!',
    });
    const unknownEmail = await new HttpClient(server.origin).post('/api/auth/login', {
      email: newEmail(),
      password: 'wrong password!',
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(unknownEmail.body).toEqual(wrongPassword.body);
  });

  it('answers 400 naming a missing password', async () => {
    const response = await new HttpClient(server.origin).post<{ error: { fields: Record<string, string> } }>(
      '/api/auth/login',
      { email: newEmail() },
    );
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error.fields)).toEqual(['password']);
  });

  it('refuses a sign-in posted from another site (login CSRF)', async () => {
    const owner = await signedUpClient(server.origin, { onboard: false });
    const response = await new HttpClient(server.origin).request<{ error: { code: string } }>('POST', '/api/auth/login', {
      json: { email: owner.email, password: TEST_PASSWORD },
      headers: { origin: 'https://evil.example' },
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
  });
});

describe('GET /api/me and POST /api/auth/logout', () => {
  it('answers 401 in the error format without a session', async () => {
    const response = await new HttpClient(server.origin).get<{ error: { code: string } }>('/api/me');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthorized');
  });

  it('signs out: the old cookie no longer works, even if replayed', async () => {
    const client = await signedUpClient(server.origin);
    const cookie = client.cookie;
    expect((await client.get('/api/me')).status).toBe(200);
    const out = await client.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect(client.cookie).toBeNull();
    client.cookie = cookie;
    expect((await client.get('/api/me')).status).toBe(401);
  });
});

describe('CSRF protection for cookie-authenticated JSON', () => {
  it('refuses a state change from another origin or without any Origin, and allows it from this origin', async () => {
    const client = await signedUpClient(server.origin);
    const crossSite = await client.request<{ error: { code: string } }>('POST', '/api/projects', {
      json: { name: 'Evil' },
      headers: { origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.error.code).toBe('forbidden');

    const noOrigin = await fetch(`${server.origin}/api/projects`, {
      method: 'POST',
      headers: { cookie: client.cookie as string, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'No origin' }),
    });
    expect(noOrigin.status).toBe(403);

    expect((await client.post('/api/projects', { name: 'Mine' })).status).toBe(201);
    const listed = await client.get<{ projects: { name: string }[] }>('/api/projects');
    expect(listed.body.projects.map((p) => p.name)).toEqual(['Mine']);
  });
});

describe('onboarding', () => {
  it('keeps the user out of onboarding once done, and stores name, timezone and working hours', async () => {
    const client = await signedUpClient(server.origin, { onboard: false });
    const refused = await client.request('POST', '/onboarding', {
      form: { name: 'Grace', timezone: 'Mars/Olympus', start: '09:00', end: '17:00', days: ['1'] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('Choose a time zone from the list');

    const saved = await client.request('POST', '/onboarding', {
      form: { name: 'Grace', timezone: 'America/New_York', start: '08:00', end: '16:30', days: ['1', '2', '3'] },
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/dashboard');
    const me = await client.get<{ user: Record<string, unknown> }>('/api/me');
    expect(me.body.user).toMatchObject({
      name: 'Grace',
      timezone: 'America/New_York',
      working_hours: { start: '08:00', end: '16:30', days: [1, 2, 3] },
    });
    expect(me.body.user.onboarding_completed_at).not.toBeNull();
    const again = await client.get('/onboarding');
    expect(again.status).toBe(303);
  });
});

describe('security headers', () => {
  it('sends CSP with a nonce and frame-ancestors none, and the other hardening headers', async () => {
    const response = await fetch(`${server.origin}/login`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src[^;]*'nonce-/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    // HSTS only in production (checked in production-headers.test.ts).
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('GET /api/openapi.json', () => {
  it('serves the OpenAPI 3.1 document without signing in', async () => {
    const response = await new HttpClient(server.origin).get<{ openapi: string; paths: Record<string, unknown> }>(
      '/api/openapi.json',
    );
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    expect(Object.keys(response.body.paths)).toContain('/api/tasks/{id}');
  });
});
