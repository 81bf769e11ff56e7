import { randomUUID } from 'node:crypto';
import { testRedisUrl } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, signedUpClient, TEST_PASSWORD } from './http-client.ts';
import { PER_CLIENT_ADDRESS, startWebServer, type WebServer } from './web-server.ts';

// Short windows so recovery can be observed; attempts are fired together to land in one window.
const WINDOW = { ...PER_CLIENT_ADDRESS, AUTH_RATE_LIMIT_WINDOW_SECONDS: '3' };
const SIGN_IN_PER_ACCOUNT = 10;
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

async function failSignIns(origin: string, email: string, count: number): Promise<number[]> {
  const responses = await Promise.all(
    Array.from({ length: count }, () => new HttpClient(origin).post('/api/auth/login', { email, password: 'wrong password!' })),
  );
  return responses.map((response) => response.status);
}

describe('rate limits on auth (in memory)', () => {
  it('answers 429 with Retry-After once an account has too many sign-in attempts, from any address, then recovers', async () => {
    const { email } = await signedUpClient(memory.origin, { onboard: false });
    expect(await failSignIns(memory.origin, email, SIGN_IN_PER_ACCOUNT)).toEqual(Array(SIGN_IN_PER_ACCOUNT).fill(401));

    const limited = await new HttpClient(memory.origin).post<ErrorBody>('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(3);

    await waitSeconds(retryAfter);
    expect((await new HttpClient(memory.origin).post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('limits sign-ups per address without touching other addresses', async () => {
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

  it('limits password checks in settings', async () => {
    const me = await signedUpClient(memory.origin);
    const attempts = await Promise.all(
      Array.from({ length: 11 }, () =>
        me.request<string>('POST', '/settings?/email', { form: { email: 'new@example.test', current_password: 'wrong' } }),
      ),
    );
    expect(attempts.filter((r) => r.body.includes('Too many attempts'))).toHaveLength(1);
  });
});

describe('rate limits on auth (Redis)', () => {
  it('hold across two instances sharing Redis', async () => {
    const [first, second] = redisServers as [WebServer, WebServer];
    const { email } = await signedUpClient(first.origin, { onboard: false });
    expect(await failSignIns(first.origin, email, SIGN_IN_PER_ACCOUNT)).toEqual(Array(SIGN_IN_PER_ACCOUNT).fill(401));
    const limited = await new HttpClient(second.origin).post<ErrorBody>('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(limited.status).toBe(429);
    // Each test server has its own database: the account lives on the first one.
    await waitSeconds(Number(limited.headers.get('retry-after')));
    expect((await new HttpClient(first.origin).post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(200);
  });
});
