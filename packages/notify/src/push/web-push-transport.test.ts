import { generateVapidKeys, loadConfig } from '@ordo/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PushServiceFake, startPushServiceFake } from '../testing/push-service-fake.ts';
import { createPushClient } from '../testing/web-push-client.ts';
import { createPushTransport } from './push-from-config.ts';
import { type PushPayload, PushSendError } from './push-transport.ts';
import { createWebPushTransport } from './web-push-transport.ts';

const vapid = generateVapidKeys();
const payload: PushPayload = { title: 'Standup', body: 'Starts in 15 minutes: “Weekly sync” ✓', link: '/tasks/42', tag: 'reminder:42' };

let service: PushServiceFake;

beforeAll(async () => {
  service = await startPushServiceFake();
});

afterAll(async () => {
  await service?.close();
});

const transport = () =>
  createWebPushTransport({ publicKey: vapid.VAPID_PUBLIC_KEY, privateKey: vapid.VAPID_PRIVATE_KEY, subject: 'mailto:ops@ordo.example' });

async function pushError(send: Promise<unknown>): Promise<PushSendError> {
  try {
    await send;
  } catch (error) {
    if (error instanceof PushSendError) return error;
    throw error;
  }
  throw new Error('expected the push to fail');
}

describe('Web Push transport (web-push against the loopback push service)', () => {
  it('sends an aes128gcm payload that the subscription’s private key decrypts back to the JSON', async () => {
    const client = createPushClient();
    const endpoint = service.endpoint();
    const result = await transport().send(client.subscription(endpoint), payload, { ttlSeconds: 600 });

    expect(result).toEqual({ status: 201 });
    const message = service.received.find((candidate) => candidate.endpoint === endpoint);
    expect(message?.headers).toMatchObject({ 'content-encoding': 'aes128gcm', ttl: '600' });
    expect(message?.vapid).toMatchObject({ publicKey: vapid.VAPID_PUBLIC_KEY, subject: 'mailto:ops@ordo.example', audience: service.url });
    // The body on the wire is ciphertext, not the JSON.
    expect(message?.body.includes(Buffer.from('Standup'))).toBe(false);
    expect(JSON.parse(client.decrypt(message?.body ?? Buffer.alloc(0)).toString('utf8'))).toEqual(payload);
  });

  it('another subscription’s keys cannot decrypt it', async () => {
    const [client, stranger] = [createPushClient(), createPushClient()];
    const endpoint = service.endpoint();
    await transport().send(client.subscription(endpoint), payload);
    const message = service.received.find((candidate) => candidate.endpoint === endpoint);
    expect(() => stranger.decrypt(message?.body ?? Buffer.alloc(0))).toThrow();
  });

  it.each([
    [404, 'permanent', true],
    [410, 'permanent', true],
    [429, 'transient', false],
    [500, 'transient', false],
    [413, 'permanent', false],
    [400, 'permanent', false],
  ] as const)('HTTP %i is %s (gone: %s)', async (status, errorClass, gone) => {
    service.answerNext(1, status);
    const error = await pushError(transport().send(createPushClient().subscription(service.endpoint()), payload));
    expect(error).toMatchObject({ status, errorClass, gone });
  });

  it('answers one endpoint 410 for good while others are accepted', async () => {
    const [gone, alive] = [service.endpoint(), service.endpoint()];
    service.answerFor(gone, 410);
    const push = transport();
    await expect(push.send(createPushClient().subscription(gone), payload)).rejects.toMatchObject({ gone: true, status: 410 });
    await expect(push.send(createPushClient().subscription(gone), payload)).rejects.toMatchObject({ gone: true });
    await expect(push.send(createPushClient().subscription(alive), payload)).resolves.toEqual({ status: 201 });
  });

  it('refuses a message signed with keys other than the ones it claims', async () => {
    const other = generateVapidKeys();
    const forged = createWebPushTransport({ publicKey: vapid.VAPID_PUBLIC_KEY, privateKey: other.VAPID_PRIVATE_KEY, subject: 'mailto:x@ordo.example' });
    const error = await pushError(forged.send(createPushClient().subscription(service.endpoint()), payload));
    expect(error).toMatchObject({ status: 403, errorClass: 'permanent', gone: false });
  });

  it('refuses a malformed subscription before sending: permanent, not gone', async () => {
    const before = service.received.length;
    const good = createPushClient().subscription(service.endpoint());
    const error = await pushError(transport().send({ ...good, p256dh: good.p256dh.slice(0, 20), auth: 'not base64url!' }, payload));
    expect(error).toMatchObject({ errorClass: 'permanent', gone: false, status: null });
    expect(error.message).toMatch(/p256dh: expected a P-256 public key of 65 bytes; auth: expected an auth secret as base64url/);
    expect(service.received.length).toBe(before);
  });

  it('an unreachable push service is transient', async () => {
    const closed = await startPushServiceFake();
    const endpoint = closed.endpoint();
    await closed.close();
    const error = await pushError(transport().send(createPushClient().subscription(endpoint), payload));
    expect(error).toMatchObject({ errorClass: 'transient', status: null, gone: false });
  });
});

describe('createPushTransport', () => {
  const secrets = { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) };

  it('is null (Web Push off) without VAPID keys', () => {
    expect(createPushTransport(loadConfig({ NODE_ENV: 'production', ...secrets }))).toBeNull();
  });

  it('signs with the configured keys and subject', async () => {
    const push = createPushTransport(
      loadConfig({ NODE_ENV: 'production', ...secrets, ...vapid, PUBLIC_APP_URL: 'https://app.ordo.example', TRUSTED_PROXY: 'none' }),
    );
    expect(push?.publicKey).toBe(vapid.VAPID_PUBLIC_KEY);
    const endpoint = service.endpoint();
    await push?.send(createPushClient().subscription(endpoint), payload);
    expect(service.received.find((message) => message.endpoint === endpoint)?.vapid.subject).toBe('https://app.ordo.example');
  });
});
