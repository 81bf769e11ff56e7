import { describe, expect, it } from 'vitest';
import { type ErrorBody, HttpClient, signedUpClient, TEST_PASSWORD } from './http-client.ts';
import { PER_CLIENT_ADDRESS, startWebServer, useWebServer } from './web-server.ts';

// A short window caps the progressive delay at 3 s, so it can be watched growing and ending.
const server = useWebServer({ ...PER_CLIENT_ADDRESS, AUTH_RATE_LIMIT_WINDOW_SECONDS: '3' });
const FREE_FAILURES = 5;

function clientAt(ip: string): HttpClient {
  const client = new HttpClient(server.origin);
  client.ip = ip;
  return client;
}

const signIn = (client: HttpClient, email: string, password: string) =>
  client.post<ErrorBody>('/api/auth/login', { email, password });

async function failSignIns(client: HttpClient, email: string, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) statuses.push((await signIn(client, email, 'wrong password!')).status);
  return statuses;
}

const wait = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 100));

describe('failed sign-ins slow down the guesser, not the account', () => {
  it("lets the owner sign in from their own client however often others failed", async () => {
    const { email } = await signedUpClient(server.origin, { onboard: false });
    for (const guesser of [new HttpClient(server.origin), new HttpClient(server.origin)]) {
      const statuses = await failSignIns(guesser, email, FREE_FAILURES + 3);
      expect(statuses.slice(0, FREE_FAILURES + 1)).toEqual(Array(FREE_FAILURES + 1).fill(401));
      expect(statuses.slice(FREE_FAILURES + 1)).toContain(429);
    }
    expect((await signIn(new HttpClient(server.origin), email, TEST_PASSWORD)).status).toBe(200);
  });

  it('delays a client progressively after its free failures, and a success clears them', async () => {
    const { email } = await signedUpClient(server.origin, { onboard: false });
    const guesser = new HttpClient(server.origin);
    expect(await failSignIns(guesser, email, FREE_FAILURES + 1)).toEqual(Array(FREE_FAILURES + 1).fill(401));

    const first = await signIn(guesser, email, TEST_PASSWORD);
    expect(first.status).toBe(429);
    expect(first.body.error.code).toBe('rate_limited');
    expect(first.headers.get('retry-after')).toBe('1');

    await wait(1);
    expect((await signIn(guesser, email, 'wrong password!')).status).toBe(401);
    const second = await signIn(guesser, email, TEST_PASSWORD);
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('2');

    await wait(2);
    expect((await signIn(guesser, email, TEST_PASSWORD)).status).toBe(200);
    expect((await signIn(guesser, email, 'wrong password!')).status).toBe(401);
    expect((await signIn(guesser, email, TEST_PASSWORD)).status).toBe(200);
  });

  it('counts an IPv6 client by its /64, and IPv4-mapped IPv6 as the IPv4 address', async () => {
    const { email } = await signedUpClient(server.origin, { onboard: false });
    expect(await failSignIns(clientAt('2001:db8:7:1::1'), email, FREE_FAILURES + 1)).toEqual(Array(FREE_FAILURES + 1).fill(401));
    expect((await signIn(clientAt('2001:db8:7:1:ffff:ffff:ffff:2'), email, TEST_PASSWORD)).status).toBe(429);
    expect((await signIn(clientAt('2001:db8:7:2::1'), email, TEST_PASSWORD)).status).toBe(200);

    expect(await failSignIns(clientAt('10.77.0.9'), email, FREE_FAILURES + 1)).toEqual(Array(FREE_FAILURES + 1).fill(401));
    expect((await signIn(clientAt('::ffff:10.77.0.9'), email, TEST_PASSWORD)).status).toBe(429);
  });
});

describe('client addresses behind a proxy', () => {
  it('refuses to start with an https PUBLIC_APP_URL until TRUSTED_PROXY or ADDRESS_HEADER says where addresses come from', async () => {
    await expect(startWebServer({ PUBLIC_APP_URL: 'https://ordo.example' })).rejects.toThrow(
      /TRUSTED_PROXY: is required when PUBLIC_APP_URL is https/,
    );
    const direct = await startWebServer({ PUBLIC_APP_URL: 'https://ordo.example', TRUSTED_PROXY: 'none' });
    await direct.stop();
  });
});
