import { randomUUID } from 'node:crypto';
import { testRedisUrl } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, signedUpClient, TEST_PASSWORD } from './http-client.ts';
import { PER_CLIENT_ADDRESS, startWebServer, type WebServer } from './web-server.ts';

// Short windows so recovery can be observed; attempts are fired together to land in one window.
const WINDOW = { ...PER_CLIENT_ADDRESS, AUTH_RATE_LIMIT_WINDOW_SECONDS: '3' };
// Failed sign-ins of one client at one account that cost no delay.
const FREE_FAILURES = 5;
const SIGN_UP_PER_ADDRESS = 10;

type ErrorBody = { error: { code: string } };

let memory: WebServer;
const redisServers: WebServer[] = [];

beforeAll(async () => {
  const redisUrl = testRedisUrl();
  if (!redisUrl) throw new Error('Redis is required for the shared rate limit test (set REDIS_URL or run Redis on 127.0.0.1:6379)');
  memory = await startWebServer(WINDOW);
  redisServers.push(
    ...(await Promise.all([startWebServer({ ...WINDOW, REDIS_URL: redisUrl }), startWebServer({ ...WINDOW, REDIS_URL: redisUrl })])),
  );
});

afterAll(async () => {
  await Promise.all([memory?.stop(), ...redisServers.map((server) => server.stop())]);
});

const waitSeconds = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 100));

/** Wrong passwords from one client, one after another (each failure is recorded before the next check). */
async function failSignIns(client: HttpClient, email: string, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) statuses.push((await client.post('/api/auth/login', { email, password: 'wrong password!' })).status);
  return statuses;
}

describe('rate limits on auth (in memory)', () => {
  it('limits sign-ups per address without touching other addresses', async () => {
    // The server's first account is its owner, signed in at once; later ones are verified by mail.
    await signedUpClient(memory.origin, { onboard: false });
    const client = new HttpClient(memory.origin);
    const statuses = await Promise.all(
      Array.from({ length: SIGN_UP_PER_ADDRESS + 1 }, () =>
        client.post('/api/auth/signup', { email: `user-${randomUUID()}@example.test`, password: TEST_PASSWORD }),
      ),
    );
    // 202: the address is to be verified (the test server has an owner already).
    expect(statuses.map((r) => r.status).toSorted()).toEqual([...Array(SIGN_UP_PER_ADDRESS).fill(202), 429]);
    const elsewhere = await new HttpClient(memory.origin).post('/api/auth/signup', {
      email: `user-${randomUUID()}@example.test`,
      password: TEST_PASSWORD,
    });
    expect(elsewhere.status).toBe(202);
  });

  it('delays password checks in settings after a few wrong ones', async () => {
    const me = await signedUpClient(memory.origin);
    const check = () => me.request<string>('POST', '/settings?/email', { form: { email: 'new@example.test', current_password: 'wrong' } });
    for (let i = 0; i <= FREE_FAILURES; i++) expect((await check()).body).toContain('Current password is incorrect');
    expect((await check()).body).toContain('Too many attempts');
  });
});

describe('rate limits on auth (Redis)', () => {
  it('hold across two instances sharing Redis', async () => {
    const [first, second] = redisServers as [WebServer, WebServer];
    const { email } = await signedUpClient(first.origin, { onboard: false });
    const guesser = new HttpClient(first.origin);
    expect(await failSignIns(guesser, email, FREE_FAILURES + 1)).toEqual(Array(FREE_FAILURES + 1).fill(401));
    const onSecond = new HttpClient(second.origin);
    onSecond.ip = guesser.ip;
    const limited = await onSecond.post<ErrorBody>('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    // Each test server has its own database: the account lives on the first one.
    await waitSeconds(Number(limited.headers.get('retry-after')));
    expect((await guesser.post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(200);
  });
});
