import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Env, loadConfig } from '@ordo/config';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTwilioFake, type TwilioFake } from '../testing/twilio-fake.ts';
import { createSmsTransport, OUTBOX_SMS_FROM } from './sms-from-config.ts';
import { SmsSendError } from './sms-transport.ts';
import { createTwilioSmsTransport } from './twilio-sms-transport.ts';

const FROM = '+15017122661';
const TO = '+14155550123';
const SECRETS = { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) };

let fake: TwilioFake;
const dirs: string[] = [];

beforeAll(async () => {
  fake = await startTwilioFake();
});

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

afterAll(async () => {
  await fake?.close();
});

function transport(overrides: { authToken?: string; apiUrl?: string } = {}) {
  return createTwilioSmsTransport({
    accountSid: fake.accountSid,
    authToken: overrides.authToken ?? fake.authToken,
    from: FROM,
    apiUrl: overrides.apiUrl ?? fake.url,
    statusCallback: 'https://ordo.example/webhooks/twilio/status',
  });
}

async function sendError(send: Promise<unknown>): Promise<SmsSendError> {
  try {
    await send;
  } catch (error) {
    if (error instanceof SmsSendError) return error;
    throw error;
  }
  throw new Error('expected the send to fail');
}

function env(vars: Record<string, string>): Env {
  const dataDir = mkdtempSync(join(tmpdir(), 'ordo-sms-'));
  dirs.push(dataDir);
  return loadConfig({ NODE_ENV: 'test', ORDO_DATA_DIR: dataDir, ...vars }, { localSecrets: SECRETS });
}

describe('Twilio SMS transport (the real twilio SDK against the loopback fake)', () => {
  it('creates a message with the SDK request shape and returns its SID', async () => {
    const before = fake.messages.length;
    const sent = await transport().send({ to: TO, body: 'Standup in 15 minutes' });

    expect(sent.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(fake.messages).toHaveLength(before + 1);
    expect(fake.messages.at(-1)).toMatchObject({
      sid: sent.sid,
      accountSid: fake.accountSid,
      to: TO,
      from: FROM,
      body: 'Standup in 15 minutes',
      statusCallback: 'https://ordo.example/webhooks/twilio/status',
      params: { To: TO, From: FROM, Body: 'Standup in 15 minutes', StatusCallback: 'https://ordo.example/webhooks/twilio/status' },
    });
  });

  it('lets a message name its own status callback', async () => {
    await transport().send({ to: TO, body: 'Own callback', statusCallback: 'https://other.example/cb' });
    expect(fake.messages.at(-1)?.statusCallback).toBe('https://other.example/cb');
  });

  it('a wrong auth token is a permanent failure (401, 20003) that never shows the token', async () => {
    const error = await sendError(transport({ authToken: 'wrong-token-value' }).send({ to: TO, body: 'x' }));
    expect(error).toMatchObject({ errorClass: 'permanent', status: 401, code: 20003 });
    expect(error.message).not.toContain('wrong-token-value');
    expect(error.message).not.toContain(fake.authToken);
  });

  it.each([
    [429, 20429, 'transient'],
    [500, 20500, 'transient'],
    [503, 20503, 'transient'],
    [400, 21211, 'permanent'],
    [400, 21610, 'permanent'],
    [400, 21614, 'permanent'],
  ] as const)('HTTP %i with Twilio error %i is %s, and stores nothing', async (status, code, errorClass) => {
    const before = fake.messages.length;
    fake.failNext(1, { status, code, message: `error ${code}` });
    const error = await sendError(transport().send({ to: TO, body: 'x' }));
    expect(error).toMatchObject({ errorClass, status, code, maybeAccepted: false, message: expect.stringContaining(`error ${code}`) });
    expect(fake.messages).toHaveLength(before);
  });

  it('answers failNext for exactly N requests, then accepts again', async () => {
    fake.failNext(2, { status: 429, code: 20429 });
    const sms = transport();
    await expect(sms.send({ to: TO, body: 'a' })).rejects.toThrow(SmsSendError);
    await expect(sms.send({ to: TO, body: 'b' })).rejects.toThrow(SmsSendError);
    await expect(sms.send({ to: TO, body: 'c' })).resolves.toMatchObject({ sid: expect.stringMatching(/^SM/) });
  });

  it("refuses a 'To' that is not E.164, or an empty body, before asking Twilio (permanent)", async () => {
    const before = fake.requests;
    const error = await sendError(transport().send({ to: '0155 5555', body: '' }));
    expect(error).toMatchObject({ errorClass: 'permanent', status: null, code: null });
    expect(error.message).toContain('to: expected an E.164 number');
    expect(error.message).toContain('body: must not be empty');
    expect(fake.requests).toBe(before);
  });

  it("the fake answers a 'To' that is not E.164 the way Twilio does (400, 21211)", async () => {
    const response = await fetch(`${fake.url}/2010-04-01/Accounts/${fake.accountSid}/Messages.json`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${fake.accountSid}:${fake.authToken}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ To: '0155 5555', From: FROM, Body: 'x' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 21211, status: 400, more_info: 'https://www.twilio.com/docs/errors/21211' });
  });

  it('an unreachable API is a transient failure without a code', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await sendError(transport({ apiUrl: `http://127.0.0.1:${port}` }).send({ to: TO, body: 'x' }));
    expect(error).toMatchObject({ errorClass: 'transient', code: null, status: null, maybeAccepted: false });
    expect(error.cause).toBeUndefined();
  });

  it('a request that got no answer may have been accepted', async () => {
    const hold = fake.holdNext();
    const slow = createTwilioSmsTransport({ accountSid: fake.accountSid, authToken: fake.authToken, from: FROM, apiUrl: fake.url, timeoutMs: 300 });
    const error = await sendError(slow.send({ to: '+14155550777', body: 'too slow' }));
    hold.release();
    expect(error).toMatchObject({ errorClass: 'transient', code: null, maybeAccepted: true });
    expect(fake.messages.some((message) => message.body === 'too slow')).toBe(true);
  });

  it('holds a request until released: the message is stored, the answer waits', async () => {
    const hold = fake.holdNext();
    let settled = false;
    const sending = transport()
      .send({ to: '+14155550999', body: 'held' })
      .finally(() => {
        settled = true;
      });
    const stored = await hold.arrived;
    expect(stored.body).toBe('held');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(settled).toBe(false);
    hold.release();
    expect((await sending).sid).toBe(stored.sid);
  });
});

describe('createSmsTransport', () => {
  it('uses Twilio when TWILIO_ACCOUNT_SID is set, at TWILIO_API_URL, with the status callback of PUBLIC_APP_URL', async () => {
    const sms = createSmsTransport(
      env({
        TWILIO_ACCOUNT_SID: fake.accountSid,
        TWILIO_AUTH_TOKEN: fake.authToken,
        TWILIO_FROM_NUMBER: FROM,
        TWILIO_API_URL: fake.url,
        PUBLIC_APP_URL: 'https://ordo.example/',
      }),
    );
    expect(sms).toMatchObject({ kind: 'twilio', from: FROM });
    const { sid } = await sms.send({ to: TO, body: 'From config' });
    expect(fake.messages.at(-1)).toMatchObject({ sid, statusCallback: 'https://ordo.example/webhooks/twilio/status' });
  });

  it('asks for no status callback when PUBLIC_APP_URL is the local fallback Twilio cannot reach', async () => {
    const sms = createSmsTransport(
      env({ TWILIO_ACCOUNT_SID: fake.accountSid, TWILIO_AUTH_TOKEN: fake.authToken, TWILIO_FROM_NUMBER: FROM, TWILIO_API_URL: fake.url }),
    );
    await sms.send({ to: TO, body: 'No callback' });
    expect(fake.messages.at(-1)).toMatchObject({ body: 'No callback', statusCallback: null });
  });

  it('writes to the outbox without Twilio', async () => {
    const config = env({});
    const sms = createSmsTransport(config);
    expect(sms).toMatchObject({ kind: 'outbox', from: OUTBOX_SMS_FROM });
    const { sid } = await sms.send({ to: TO, body: 'Your code is 123456' });
    const line = JSON.parse(readFileSync(join(config.ORDO_DATA_DIR, 'outbox', 'sms.jsonl'), 'utf8').trim());
    expect(line).toMatchObject({ sid, to: TO, body: 'Your code is 123456' });
  });
});
