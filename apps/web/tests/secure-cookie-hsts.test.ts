import { describe, expect, it } from 'vitest';
import { HttpClient, TEST_PASSWORD } from './http-client.ts';
import { PER_CLIENT_ADDRESS, useWebServer } from './web-server.ts';

// NODE_ENV is deliberately the opposite of what each case expects: only PUBLIC_APP_URL decides.
const https = useWebServer({ ...PER_CLIENT_ADDRESS, NODE_ENV: 'development', PUBLIC_APP_URL: 'https://ordo.example' });
const plainHttp = useWebServer({ ...PER_CLIENT_ADDRESS, NODE_ENV: 'production' });

async function signUp(origin: string) {
  const signedUp = await new HttpClient(origin).post('/api/auth/signup', {
    email: `user-${crypto.randomUUID()}@example.test`,
    password: TEST_PASSWORD,
  });
  expect(signedUp.status).toBe(201);
  return signedUp.headers.getSetCookie().find((cookie) => cookie.startsWith('ordo_session='));
}

describe('the session cookie and HSTS follow PUBLIC_APP_URL', () => {
  it('with an https PUBLIC_APP_URL: HSTS is sent and the session cookie is Secure', async () => {
    const page = await fetch(`${https.origin}/login`);
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const cookie = await signUp(https.origin);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
  });

  it('with an http PUBLIC_APP_URL (a LAN install), even in production: neither', async () => {
    const page = await fetch(`${plainHttp.origin}/login`);
    expect(page.headers.get('strict-transport-security')).toBeNull();
    const cookie = await signUp(plainHttp.origin);
    expect(cookie).toBeDefined();
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });
});
