import { describe, expect, it } from 'vitest';
import { HttpClient, signedUpClient } from './http-client.ts';
import { useTwoWebServers, type WebServer } from './web-server.ts';

// Two processes of one deployment: sessions and tokens are cached per process for a minute,
// so ending one in a process must reach the other's cache through ordo_auth.
const { first, second } = useTwoWebServers();

/** Asks until the answer is 401: the other process hears of a revocation within the notification latency. */
async function statusSoon(client: HttpClient, path: string, expected: number): Promise<number> {
  const deadline = Date.now() + 3_000;
  let status = (await client.get(path)).status;
  while (status !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    status = (await client.get(path)).status;
  }
  return status;
}

function on(server: WebServer, from: HttpClient): HttpClient {
  const client = new HttpClient(server.origin);
  client.cookie = from.cookie;
  client.bearer = from.bearer;
  client.ip = from.ip;
  return client;
}

describe('cached credentials across two web processes', () => {
  it('a revoked access token stops working at once where it was revoked and soon in the other process', async () => {
    const owner = await signedUpClient(first.origin);
    const created = await owner.request<string>('POST', '/settings?/createToken', { form: { name: 'two processes', scope: 'read_write' } });
    const token = /ordo_pat_[A-Za-z0-9_-]{43}/.exec(created.body)?.[0] as string;
    expect(token).toBeDefined();
    const viaFirst = new HttpClient(first.origin);
    viaFirst.bearer = token;
    const viaSecond = on(second, viaFirst);
    // Used twice in each process, so it is cached in both (the LISTEN is in place by the second use).
    for (const client of [viaFirst, viaFirst, viaSecond, viaSecond]) expect((await client.get('/api/me')).status).toBe(200);

    const [row] = await first.database.db.sql<{ id: string }[]>`select id from personal_access_tokens where name = 'two processes'`;
    expect((await owner.request('POST', '/settings?/revokeToken', { form: { id: row?.id as string } })).status).toBe(200);

    expect((await viaFirst.get('/api/me')).status).toBe(401);
    expect(await statusSoon(viaSecond, '/api/me', 401)).toBe(401);
  });

  it('a signed-out session stops working at once where it ended and soon in the other process', async () => {
    const user = await signedUpClient(first.origin);
    const elsewhere = on(second, user);
    for (const client of [user, user, elsewhere, elsewhere]) expect((await client.get('/api/me')).status).toBe(200);
    const cookie = user.cookie;

    expect((await user.post('/api/auth/logout')).status).toBeLessThan(300);
    const sameProcess = on(first, user);
    sameProcess.cookie = cookie;
    expect((await sameProcess.get('/api/me')).status).toBe(401);
    expect(await statusSoon(elsewhere, '/api/me', 401)).toBe(401);
  });

  it('a profile change in one process reaches the other, not a cached copy of the user', async () => {
    const user = await signedUpClient(first.origin);
    const elsewhere = on(second, user);
    // The layout's user comes from the resolved session (locals.user), so from the cache.
    const layoutUser = async () => JSON.stringify((await elsewhere.get('/dashboard/__data.json')).body);
    for (let i = 0; i < 2; i++) expect(await layoutUser()).toContain('Europe/Paris');
    const saved = await user.request('POST', '/settings?/profile', {
      form: { name: 'Renamed', timezone: 'Asia/Tokyo', start: '08:00', end: '16:00', days: ['1', '2'] },
    });
    expect(saved.status).toBeLessThan(400);
    const deadline = Date.now() + 3_000;
    let data = await layoutUser();
    while (!data.includes('Asia/Tokyo') && Date.now() < deadline) data = await layoutUser();
    expect(data).toContain('Asia/Tokyo');
  });
});
