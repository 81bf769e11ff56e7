import { describe, expect, it } from 'vitest';
import { HttpClient, TEST_PASSWORD } from './http-client.ts';
import { PER_CLIENT_ADDRESS, useWebServer } from './web-server.ts';

const server = useWebServer({ ...PER_CLIENT_ADDRESS, NODE_ENV: 'production' });

describe('in production', () => {
  it('sends HSTS and marks the session cookie Secure', async () => {
    const page = await fetch(`${server.origin}/login`);
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const signedUp = await new HttpClient(server.origin).post('/api/auth/signup', {
      email: `user-${crypto.randomUUID()}@example.test`,
      password: TEST_PASSWORD,
    });
    expect(signedUp.status).toBe(201);
    const cookie = signedUp.headers.getSetCookie().find((c) => c.startsWith('ordo_session='));
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
  });
});
