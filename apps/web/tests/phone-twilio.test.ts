import { randomInt } from 'node:crypto';
import { startTwilioFake, type TwilioFake, type TwilioFakeMessage } from '@ordo/notify/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ErrorBody, type HttpClient, signedUpClient } from './http-client.ts';
import { textsOf } from './sms-outbox.ts';
import { PER_CLIENT_ADDRESS, startWebServer, type WebServer } from './web-server.ts';

// The web app's verification texts through the real `twilio` SDK, pointed at the loopback
// Twilio API: what Twilio receives, and what the person is told when it refuses or fails.
const OUR_NUMBER = '+15005550006';

let fake: TwilioFake;
let server: WebServer;

beforeAll(async () => {
  fake = await startTwilioFake();
  server = await startWebServer({
    ...PER_CLIENT_ADDRESS,
    TWILIO_ACCOUNT_SID: fake.accountSid,
    TWILIO_AUTH_TOKEN: fake.authToken,
    TWILIO_FROM_NUMBER: OUR_NUMBER,
    TWILIO_API_URL: fake.url,
  });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

type Phone = { number: string; verified: boolean; opted_out: boolean; code: { status: string; attempts_left: number } | null };
type PhoneBody = { phone: Phone | null };

/** A UK mobile number no other test uses, in E.164. */
const newMobile = () => `+4474${String(randomInt(10 ** 8)).padStart(8, '0')}`;
const putPhone = (client: HttpClient, phone: string) => client.request<PhoneBody & ErrorBody>('PUT', '/api/me/phone', { json: { phone } });
const verify = (client: HttpClient, code: string) => client.post<PhoneBody & ErrorBody>('/api/me/phone/verify', { code });
const wrongCode = (code: string) => String((Number(code) + 1) % 10 ** 6).padStart(6, '0');
const messagesTo = (to: string) => fake.messages.filter((message) => message.to === to);

function codeIn(message: TwilioFakeMessage | undefined): string {
  const code = /^Your Ordo verification code is (\d{6})\. It expires in 10 minutes\. Do not share it\.$/.exec(message?.body ?? '')?.[1];
  if (!code) throw new Error(`no code in ${JSON.stringify(message?.body)}`);
  return code;
}

/** A person whose number is verified through the fake. */
async function verifiedPerson(): Promise<{ client: HttpClient; number: string }> {
  const client = await signedUpClient(server.origin);
  const number = newMobile();
  expect((await putPhone(client, number)).status).toBe(200);
  expect((await verify(client, codeIn(await fake.waitFor(number)))).body.phone).toMatchObject({ number, verified: true });
  return { client, number };
}

async function codesFor(number: string): Promise<number> {
  const [row] = await server.database.db.sql<{ n: number }[]>`select count(*)::int as n from public.phone_verifications where phone_e164 = ${number}`;
  return row?.n ?? -1;
}

describe('verification texts through Twilio', () => {
  it('sends the code from our number to the person’s, locks it after 5 wrong tries, and verifies with a new one', async () => {
    const client = await signedUpClient(server.origin);
    const number = newMobile();
    expect((await putPhone(client, number)).status).toBe(200);
    const [message, ...more] = messagesTo(number);
    expect(more).toEqual([]);
    expect(message).toMatchObject({ accountSid: fake.accountSid, to: number, from: OUR_NUMBER });
    const code = codeIn(message);
    // Twilio is configured: nothing goes to the outbox.
    expect(await textsOf(server.origin)).toEqual([]);

    for (let i = 0; i < 5; i++) expect((await verify(client, wrongCode(code))).status).toBe(400);
    const locked = await verify(client, code);
    expect(locked.status).toBe(400);
    expect(locked.body.error.fields).toEqual({ code: 'This code is locked after too many wrong tries; ask for a new one' });

    // A minute later a new code replaces the locked one.
    await server.database.db.sql`
      update public.phone_verifications set created_at = created_at - interval '61 seconds' where phone_e164 = ${number}`;
    expect((await client.post<PhoneBody>('/api/me/phone/code')).status).toBe(200);
    const fresh = codeIn(messagesTo(number)[1]);
    const verified = await verify(client, fresh);
    expect(verified.status).toBe(200);
    expect(verified.body.phone).toMatchObject({ number, verified: true, code: null });
  });

  it('answers a refusal with 400 naming the problem, and keeps the verified number', async () => {
    const { client, number } = await verifiedPerson();
    const next = newMobile();
    fake.failNext(1, { status: 400, code: 21211, message: `The 'To' number ${next} is not a valid phone number.` }, { to: next });
    const refused = await putPhone(client, next);
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual({ phone: 'Twilio says this is not a valid phone number' });
    expect((await client.get<PhoneBody>('/api/me/phone')).body.phone).toMatchObject({ number, verified: true });
    expect(await codesFor(next)).toBe(0);
  });

  it('answers a Twilio failure with 503 and Retry-After, and keeps the verified number', async () => {
    const { client, number } = await verifiedPerson();
    const next = newMobile();
    fake.failNext(1, { status: 503, code: 20503, message: 'Service unavailable' }, { to: next });
    const failed = await putPhone(client, next);
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('60');
    expect((await client.get<PhoneBody>('/api/me/phone')).body.phone).toMatchObject({ number, verified: true });
    // The unsent code counts toward no limit: the number may be entered again at once.
    expect(await codesFor(next)).toBe(0);
    expect((await putPhone(client, next)).body.phone).toMatchObject({ number: next, verified: false, code: { status: 'pending' } });
  });

  it('records 21610 as an opt-out of that number, says how to undo it, and keeps the verified number', async () => {
    const { client, number } = await verifiedPerson();
    const next = newMobile();
    fake.failNext(1, { status: 400, code: 21610, message: 'Attempt to send to unsubscribed recipient' }, { to: next });
    const refused = await putPhone(client, next);
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual({
      phone: `This number has blocked texts from Ordo (it replied STOP); text START to ${OUR_NUMBER}, then try again`,
    });
    expect((await client.get<PhoneBody>('/api/me/phone')).body.phone).toMatchObject({ number, verified: true, opted_out: false });
    const optOuts = await server.database.db.sql`select source, keyword from public.sms_opt_outs where phone_e164 = ${next}`;
    expect(optOuts).toEqual([{ source: 'provider', keyword: null }]);
  });

  it('records 21610 on a resent code too', async () => {
    const client = await signedUpClient(server.origin);
    const number = newMobile();
    expect((await putPhone(client, number)).status).toBe(200);
    await server.database.db.sql`
      update public.phone_verifications set created_at = created_at - interval '61 seconds' where phone_e164 = ${number}`;
    fake.failNext(1, { status: 400, code: 21610, message: 'Attempt to send to unsubscribed recipient' }, { to: number });
    const refused = await client.post<PhoneBody & ErrorBody>('/api/me/phone/code');
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields?.phone).toMatch(/^This number has blocked texts from Ordo/);
    expect((await client.get<PhoneBody>('/api/me/phone')).body.phone).toMatchObject({ number, opted_out: true, code: { status: 'pending' } });
    expect(await codesFor(number)).toBe(1);
  });
});
