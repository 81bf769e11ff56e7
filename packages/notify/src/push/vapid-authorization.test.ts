import { generateVapidKeys } from '@ordo/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PushServiceFake, startPushServiceFake } from '../testing/push-service-fake.ts';
import { createPushClient } from '../testing/web-push-client.ts';
import type { PushPayload } from './push-transport.ts';
import { VAPID_TOKEN_LIFETIME_SECONDS, VAPID_TOKEN_REUSE_MS } from './vapid-authorization.ts';
import { createWebPushTransport } from './web-push-transport.ts';

const HOUR_MS = 60 * 60 * 1000;
const payload: PushPayload = { title: 'Standup', body: 'in 15 minutes', link: '/tasks', tag: 'reminder:1' };
const keys = generateVapidKeys();

// One clock for the sender and both push services, starting 12 hours ago so that a token signed at
// its start has expired by the real time now (web-push refuses to sign an exp more than 24 h ahead).
let clock = 0;
const now = () => clock;
let service: PushServiceFake;
let otherService: PushServiceFake;

beforeAll(async () => {
  [service, otherService] = await Promise.all([startPushServiceFake({ now: () => new Date(clock) }), startPushServiceFake({ now: () => new Date(clock) })]);
});

afterAll(async () => {
  await Promise.all([service?.close(), otherService?.close()]);
});

const transport = (vapid = keys) =>
  createWebPushTransport({ publicKey: vapid.VAPID_PUBLIC_KEY, privateKey: vapid.VAPID_PRIVATE_KEY, subject: 'mailto:ops@ordo.example', now });

/** Pushes once to a fresh endpoint of `to` and answers what that service received and checked. */
async function pushVia(sender: ReturnType<typeof transport>, to: PushServiceFake) {
  const endpoint = to.endpoint();
  const result = await sender.send(createPushClient().subscription(endpoint), payload);
  const message = to.received.find((candidate) => candidate.endpoint === endpoint);
  if (!message) throw new Error('the push service received nothing');
  return { status: result.status, authorization: message.headers.authorization, claims: message.vapid };
}

describe('VAPID tokens reused per push service origin (web-push against loopback push services that verify them)', () => {
  it('signs once for an origin, reuses the token within the hour, and signs a new one before the old expires', async () => {
    clock = Date.now() - VAPID_TOKEN_LIFETIME_SECONDS * 1000;
    const sender = transport();
    const first = await pushVia(sender, service);
    expect(first.status).toBe(201);
    expect(first.claims).toMatchObject({ audience: service.url, publicKey: keys.VAPID_PUBLIC_KEY });
    expect(first.claims.expiresAt.getTime()).toBe(Math.floor(clock / 1000) * 1000 + VAPID_TOKEN_LIFETIME_SECONDS * 1000);

    clock += VAPID_TOKEN_REUSE_MS - 1_000;
    const second = await pushVia(sender, service);
    expect(second.authorization).toBe(first.authorization);

    clock += 2_000;
    const renewed = await pushVia(sender, service);
    expect(renewed.status).toBe(201);
    expect(renewed.authorization).not.toBe(first.authorization);
    expect(renewed.claims.expiresAt.getTime()).toBeGreaterThan(first.claims.expiresAt.getTime());

    // Past the first token's exp the service refuses it, as a real one does; the sender, having
    // signed again, is accepted.
    clock = first.claims.expiresAt.getTime() + 1_000;
    const refused = await fetch(service.endpoint(), {
      method: 'POST',
      headers: { authorization: first.authorization as string, 'content-encoding': 'aes128gcm', ttl: '60' },
      body: new Uint8Array(16),
    });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/exp/);
    const later = await pushVia(sender, service);
    expect(later.status).toBe(201);
    expect(later.claims.expiresAt.getTime()).toBeGreaterThan(clock + (VAPID_TOKEN_LIFETIME_SECONDS - 1) * 1000);
  });

  it('gives another push service origin a token of its own', async () => {
    clock = Date.now();
    const sender = transport();
    const here = await pushVia(sender, service);
    const there = await pushVia(sender, otherService);
    expect(there.status).toBe(201);
    expect(there.claims.audience).toBe(otherService.url);
    expect(there.authorization).not.toBe(here.authorization);
    expect((await pushVia(sender, otherService)).authorization).toBe(there.authorization);
    expect((await pushVia(sender, service)).authorization).toBe(here.authorization);
  });

  it('signs with new keys at once after a rotation, never sending the old key’s token', async () => {
    clock = Date.now();
    const rotated = generateVapidKeys();
    const before = await pushVia(transport(), service);
    const after = await pushVia(transport(rotated), service);
    expect(after.status).toBe(201);
    expect(after.claims.publicKey).toBe(rotated.VAPID_PUBLIC_KEY);
    expect(after.authorization).not.toBe(before.authorization);
  });

  it('signs again when the clock goes back past the signing', async () => {
    clock = Date.now();
    const sender = transport();
    const first = await pushVia(sender, service);
    clock -= HOUR_MS;
    const again = await pushVia(sender, service);
    expect(again.status).toBe(201);
    expect(again.authorization).not.toBe(first.authorization);
  });
});
