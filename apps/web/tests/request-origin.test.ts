import { request as httpRequest } from 'node:http';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, signedUpClient, TEST_PASSWORD } from './http-client.ts';
import { waitForMail } from './outbox.ts';
import { outboxOf, PER_CLIENT_ADDRESS, startWebServer, type WebServer } from './web-server.ts';

const FOREIGN = 'http://evil.example';
const PUBLIC = 'https://ordo.example';

/** The reset link in the newest reset mail to `email` in this server's outbox. */
async function mailedResetLink(server: WebServer, email: string): Promise<string> {
  const mail = await waitForMail(outboxOf(server.origin), { to: email, subject: 'Reset your Ordo password' });
  return /https?:\/\/[^\s"<]+\/reset-password\/[\w-]+/.exec(mail.text)?.[0] ?? '';
}

const signUpForm = () => ({ email: `origin-${randomUUID()}@example.test`, password: TEST_PASSWORD });

describe('forms without PUBLIC_APP_URL: the address the person used is the app', () => {
  let server: WebServer;
  beforeAll(async () => {
    server = await startWebServer({ ...PER_CLIENT_ADDRESS, PUBLIC_APP_URL: undefined, ORIGIN: undefined });
  });
  afterAll(() => server?.stop());

  it('accepts a sign-up posted from the address the server was reached at', async () => {
    const client = new HttpClient(server.origin);
    const signedUp = await client.request('POST', '/signup', { form: signUpForm() });
    expect(signedUp.status).toBe(303);
    expect(signedUp.headers.get('location')).toBe('/onboarding');
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('accepts same-origin JSON calls to the API from a browser session', async () => {
    const client = await signedUpClient(server.origin);
    expect((await client.post('/api/tasks', { title: 'From 127.0.0.1' })).status).toBe(201);
  });

  it('refuses a form posted from another site, saying why, to plain and enhanced forms', async () => {
    const plain = await fetch(`${server.origin}/signup`, {
      method: 'POST',
      headers: { origin: FOREIGN, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '10.9.9.7' },
      body: new URLSearchParams(signUpForm()).toString(),
    });
    expect(plain.status).toBe(403);
    expect(await plain.text()).toContain(`This form was sent from ${FOREIGN}, not from this server`);

    const enhanced = await fetch(`${server.origin}/signup`, {
      method: 'POST',
      headers: { origin: FOREIGN, 'x-sveltekit-action': 'true', accept: 'application/json', 'x-forwarded-for': '10.9.9.8' },
      body: new URLSearchParams(signUpForm()),
    });
    expect(enhanced.status).toBe(403);
    const result = (await enhanced.json()) as { type: string; error: { message: string } };
    expect(result.type).toBe('error');
    expect(result.error.message).toContain('was refused');
  });

  it('refuses a form post without an Origin, as SvelteKit did', async () => {
    const refused = await fetch(`${server.origin}/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '10.9.9.9' },
      body: new URLSearchParams(signUpForm()).toString(),
    });
    expect(refused.status).toBe(403);
  });

  it('builds the password-reset link from the address the request used', async () => {
    const user = await signedUpClient(server.origin);
    const requested = await new HttpClient(server.origin).request('POST', '/reset-password', { form: { email: user.email } });
    expect(requested.status).toBe(200);
    expect(await mailedResetLink(server, user.email)).toMatch(new RegExp(`^${server.origin}/reset-password/`));
  });

  it('never builds a mailed link from a Host header that is not this machine (reset links would go to it)', async () => {
    const user = await signedUpClient(server.origin);
    const port = new URL(server.origin).port;
    const forged = `evil.example:${port}`;
    const body = new URLSearchParams({ email: user.email }).toString();
    // fetch will not send a Host of our choosing; node:http sends what it is given, as an attacker would.
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/reset-password',
          method: 'POST',
          headers: {
            host: forged,
            origin: `http://${forged}`,
            'content-type': 'application/x-www-form-urlencoded',
            'content-length': Buffer.byteLength(body),
            'x-forwarded-for': '10.9.9.20',
          },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
    expect(status).toBe(200);
    const link = await mailedResetLink(server, user.email);
    expect(link).toMatch(/^http:\/\/[^/]+\/reset-password\//);
    expect(link).not.toContain('evil.example');
  });
});

describe('forms with PUBLIC_APP_URL set', () => {
  let server: WebServer;
  beforeAll(async () => {
    server = await startWebServer({ ...PER_CLIENT_ADDRESS, PUBLIC_APP_URL: PUBLIC, ORIGIN: PUBLIC });
  });
  afterAll(() => server?.stop());

  it('explains the configured address to a form posted from another address of the server', async () => {
    const refused = await new HttpClient(server.origin).request<string>('POST', '/signup', { form: signUpForm() });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain(`This Ordo server is configured for ${PUBLIC} (PUBLIC_APP_URL), but this page was opened at ${server.origin}`);
  });

  it('accepts forms from the configured address and builds links from it', async () => {
    const client = new HttpClient(server.origin);
    const email = `origin-${randomUUID()}@example.test`;
    const browser = { origin: PUBLIC };
    const signedUp = await client.request('POST', '/signup', { form: { email, password: TEST_PASSWORD }, headers: browser });
    expect(signedUp.status).toBe(303);
    const requested = await client.request('POST', '/reset-password', { form: { email }, headers: browser });
    expect(requested.status).toBe(200);
    expect(await mailedResetLink(server, email)).toMatch(new RegExp(`^${PUBLIC}/reset-password/`));
  });
});
