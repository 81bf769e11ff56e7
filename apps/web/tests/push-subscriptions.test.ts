import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type ErrorBody, type HttpClient, signedUpClient } from './http-client.ts';
import { PER_CLIENT_ADDRESS, startWebServer, useWebServer } from './web-server.ts';

const server = useWebServer();

const CHROME_ON_LINUX = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const FIREFOX_ON_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:150.0) Gecko/20100101 Firefox/150.0';

interface Device {
  id: string;
  label: string | null;
  endpoint: string;
  created_at: string;
  last_success_at: string | null;
  last_failure_at: string | null;
}

/** A subscription shaped as PushSubscription.toJSON() gives it, with a fresh endpoint. */
function subscription(endpoint = `https://fcm.googleapis.com/fcm/send/${randomBytes(12).toString('base64url')}`) {
  return {
    endpoint,
    expirationTime: null,
    keys: { p256dh: randomBytes(65).toString('base64url'), auth: randomBytes(16).toString('base64url') },
  };
}

function subscribe(client: HttpClient, body: unknown, userAgent = CHROME_ON_LINUX) {
  return client.request<{ subscription: Device } & ErrorBody>('POST', '/api/me/push-subscriptions', { json: body, headers: { 'user-agent': userAgent } });
}

async function devices(client: HttpClient): Promise<Device[]> {
  const listed = await client.get<{ subscriptions: Device[]; vapid_public_key: string | null }>('/api/me/push-subscriptions');
  expect(listed.status).toBe(200);
  return listed.body.subscriptions;
}

async function userId(client: HttpClient): Promise<string> {
  return (await client.get<{ user: { id: string } }>('/api/me')).body.user.id;
}

describe('/api/me/push-subscriptions', () => {
  it('stores a subscription labelled from the User-Agent, lists it with the VAPID key, and updates it on a second subscribe', async () => {
    const client = await signedUpClient(server.origin);
    const listed = await client.get<{ subscriptions: Device[]; vapid_public_key: string }>('/api/me/push-subscriptions');
    expect(listed.body).toEqual({ subscriptions: [], vapid_public_key: expect.stringMatching(/^B[A-Za-z0-9_-]{86}$/) });

    const body = subscription();
    const created = await subscribe(client, body);
    expect(created.status).toBe(201);
    expect(created.body.subscription).toEqual({
      id: expect.any(String),
      label: 'Chrome on Linux',
      endpoint: body.endpoint,
      created_at: expect.any(String),
      last_success_at: null,
      last_failure_at: null,
    });

    const again = await subscribe(client, { ...body, keys: subscription().keys }, FIREFOX_ON_WINDOWS);
    expect(again.status).toBe(200);
    expect(again.body.subscription).toMatchObject({ id: created.body.subscription.id, label: 'Firefox on Windows' });
    expect(await devices(client)).toEqual([again.body.subscription]);
    const [keys] = await server.database.db.asService(
      (tx) => tx<{ p256dh: string; auth: string }[]>`select p256dh, auth from public.push_subscriptions where endpoint = ${body.endpoint}`,
    );
    expect(keys).not.toEqual(body.keys);
  });

  it('names each bad field: an endpoint that is not an https push service, keys that are missing or not base64url, unknown fields', async () => {
    const client = await signedUpClient(server.origin);
    const fieldsOf = async (body: unknown) => {
      const response = await subscribe(client, body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      return response.body.error.fields;
    };
    const valid = subscription();
    const endpointProblem = { endpoint: 'Expected the https address of a push service (not a local or private address)' };
    for (const endpoint of [
      'http://push.example.com/send/1',
      'https://127.0.0.1/send/1',
      'https://localhost:8443/send/1',
      'https://[::1]/send/1',
      'https://10.1.2.3/send/1',
      'https://192.168.0.7/send/1',
      'https://user:secret@push.example.com/send/1',
      'not a url',
    ]) {
      expect(await fieldsOf({ ...valid, endpoint })).toEqual(endpointProblem);
    }
    expect(await fieldsOf({ endpoint: valid.endpoint })).toEqual({ keys: 'Fill in this field' });
    expect(await fieldsOf({ ...valid, keys: { p256dh: 'not base64url!', auth: '' } })).toEqual({
      'keys.p256dh': 'Expected the p256dh key as base64url',
      'keys.auth': 'Fill in the auth secret',
    });
    expect(await fieldsOf({ ...valid, colour: 'red' })).toEqual({ colour: 'unknown field' });
    expect(await devices(client)).toEqual([]);
  });

  it('keeps each person to their own devices; an endpoint subscribed by another account moves to it', async () => {
    const alice = await signedUpClient(server.origin);
    const bob = await signedUpClient(server.origin);
    const body = subscription();
    const aliceDevice = (await subscribe(alice, body)).body.subscription;
    const bobDevice = (await subscribe(bob, subscription())).body.subscription;

    expect((await devices(bob)).map((device) => device.id)).toEqual([bobDevice.id]);
    expect((await bob.delete(`/api/me/push-subscriptions/${aliceDevice.id}`)).status).toBe(404);
    expect((await devices(alice)).map((device) => device.id)).toEqual([aliceDevice.id]);
    // Through RLS directly: nothing of Alice's is visible or deletable as Bob.
    const { db } = server.database;
    const bobId = await userId(bob);
    expect(await db.asUser(bobId, (tx) => tx`select id from public.push_subscriptions where id = ${aliceDevice.id}`)).toEqual([]);
    expect(await db.asUser(bobId, (tx) => tx`delete from public.push_subscriptions where id = ${aliceDevice.id} returning id`)).toEqual([]);
    await expect(
      db.asUser(bobId, (tx) => tx`insert into public.push_subscriptions (user_id, endpoint, p256dh, auth) values (${bobId}, 'https://push.example.com/x', 'a', 'b')`),
    ).rejects.toThrow(/permission denied/);

    // Bob signs in on the browser Alice used: its one subscription is now his.
    const moved = await subscribe(bob, body);
    expect(moved.status).toBe(201);
    expect(moved.body.subscription.id).toBe(aliceDevice.id);
    expect(await devices(alice)).toEqual([]);
    expect((await devices(bob)).map((device) => device.id).toSorted()).toEqual([aliceDevice.id, bobDevice.id].toSorted());
  });

  it('removes a device once, and refuses more than 20 devices', async () => {
    const client = await signedUpClient(server.origin);
    const first = (await subscribe(client, subscription())).body.subscription;
    const removed = await client.delete(`/api/me/push-subscriptions/${first.id}`);
    expect(removed.status).toBe(204);
    expect(await devices(client)).toEqual([]);
    expect((await client.delete(`/api/me/push-subscriptions/${first.id}`)).status).toBe(404);

    for (let index = 0; index < 20; index += 1) expect((await subscribe(client, subscription())).status).toBe(201);
    const over = await subscribe(client, subscription());
    expect(over.status).toBe(409);
    expect(over.body.error.message).toBe('You have 20 devices with notifications on: remove one first');
    expect(await devices(client)).toHaveLength(20);
  });

  it('answers 401 without a session and 403 to a cross-site call', async () => {
    expect((await fetch(`${server.origin}/api/me/push-subscriptions`)).status).toBe(401);
    const client = await signedUpClient(server.origin);
    const crossSite = await client.request('POST', '/api/me/push-subscriptions', { json: subscription(), headers: { origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    expect(await devices(client)).toEqual([]);
  });
});

describe('POST /api/me/push-subscriptions/test', () => {
  it('needs a device, then creates a test notification and one notify.send job per press', async () => {
    const client = await signedUpClient(server.origin);
    const none = await client.post<ErrorBody>('/api/me/push-subscriptions/test');
    expect(none.status).toBe(409);
    expect(none.body.error.message).toBe('No device has notifications on: enable them on this device first');

    await subscribe(client, subscription());
    const first = await client.post<{ notification_id: string; send_at: string }>('/api/me/push-subscriptions/test');
    const second = await client.post<{ notification_id: string; send_at: string }>('/api/me/push-subscriptions/test');
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    expect(second.body.notification_id).not.toBe(first.body.notification_id);
    // No quiet hours: due now.
    expect(Math.abs(Date.parse(first.body.send_at) - Date.now())).toBeLessThan(60_000);

    const id = await userId(client);
    const { db } = server.database;
    const notifications = await db.asService(
      (tx) => tx`select id, kind, channels, title, link from public.notifications where user_id = ${id} order by created_at`,
    );
    expect(notifications).toEqual([
      { id: first.body.notification_id, kind: 'test', channels: ['push'], title: 'Ordo test notification', link: '/settings' },
      { id: second.body.notification_id, kind: 'test', channels: ['push'], title: 'Ordo test notification', link: '/settings' },
    ]);
    const jobs = await db.asService(
      (tx) => tx`select job_type, payload, status from public.queue_jobs where user_id = ${id} and job_type = 'notify.send' order by created_at`,
    );
    expect(jobs).toEqual([
      { job_type: 'notify.send', payload: { notification_id: first.body.notification_id, channel: 'push' }, status: 'pending' },
      { job_type: 'notify.send', payload: { notification_id: second.body.notification_id, channel: 'push' }, status: 'pending' },
    ]);
    // The person can read their own notifications, not anyone else's.
    const other = await signedUpClient(server.origin);
    expect(await db.asUser(await userId(other), (tx) => tx`select id from public.notifications where user_id = ${id}`)).toEqual([]);
  });

  it('holds the test past quiet hours like any notification, and the settings page says until when', async () => {
    const client = await signedUpClient(server.origin);
    await subscribe(client, subscription());
    const id = await userId(client);
    // Quiet from an hour ago to an hour from now, on the person's wall clock (onboarding chose Europe/Paris).
    const wall = (offsetMinutes: number) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
        new Date(Date.now() + offsetMinutes * 60_000),
      );
    // Read once: the page must name the end that was set, even when a minute turns over before it renders.
    const quietEnd = wall(60);
    await server.database.db.asService(
      (tx) => tx`update public.notification_preferences set quiet_start = ${wall(-60)}, quiet_end = ${quietEnd} where user_id = ${id}`,
    );
    const held = await client.post<{ notification_id: string; send_at: string }>('/api/me/push-subscriptions/test');
    expect(held.status).toBe(202);
    const sendAt = Date.parse(held.body.send_at);
    expect(sendAt - Date.now()).toBeGreaterThan(58 * 60_000);
    expect(sendAt - Date.now()).toBeLessThan(61 * 60_000);
    const [job] = await server.database.db.asService(
      (tx) => tx<{ run_at: Date }[]>`select run_at from public.queue_jobs where payload->>'notification_id' = ${held.body.notification_id}`,
    );
    expect(job?.run_at.getTime()).toBe(sendAt);

    const page = await client.request<string>('POST', '/settings?/testPush', { form: {} });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`Test notification queued: your quiet hours hold it until ${quietEnd}.`);
  });

  it('allows 5 presses a minute, then answers 429 with Retry-After', async () => {
    const client = await signedUpClient(server.origin);
    await subscribe(client, subscription());
    const presses = await Promise.all(Array.from({ length: 7 }, () => client.post('/api/me/push-subscriptions/test')));
    expect(presses.map((press) => press.status).toSorted()).toEqual([202, 202, 202, 202, 202, 429, 429]);
    expect(presses.find((press) => press.status === 429)?.headers.get('retry-after')).toBe('60');
    const id = await userId(client);
    const [count] = await server.database.db.asService(
      (tx) => tx`select count(*)::int as n from public.notifications where user_id = ${id} and kind = 'test'`,
    );
    expect(count).toEqual({ n: 5 });
  });
});

describe('Web Push off (production without VAPID keys)', () => {
  it('lists no key and refuses subscriptions and tests with 409 saying why', async () => {
    const off = await startWebServer({ ...PER_CLIENT_ADDRESS, NODE_ENV: 'production' });
    try {
      const client = await signedUpClient(off.origin);
      const listed = await client.get('/api/me/push-subscriptions');
      expect(listed.body).toEqual({ subscriptions: [], vapid_public_key: null });
      const message = 'Web Push is off on this server: set VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY';
      const stored = await subscribe(client, subscription());
      expect([stored.status, stored.body.error.message]).toEqual([409, message]);
      const tested = await client.post<ErrorBody>('/api/me/push-subscriptions/test');
      expect([tested.status, tested.body.error.message]).toEqual([409, message]);
      expect((await client.get<string>('/settings')).body).toContain('Web Push is off on this server');
    } finally {
      await off.stop();
    }
  });
});
