import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type ErrorBody, type HttpClient, signedUpClient } from './http-client.ts';
import { latestCodeTo, textsOf, textsTo } from './sms-outbox.ts';
import { useWebServer } from './web-server.ts';

const server = useWebServer();

interface Phone {
  number: string;
  national: string;
  country: string | null;
  verified: boolean;
  verified_at: string | null;
  opted_out: boolean;
  code: { status: string; sent_at: string; expires_at: string; attempts_left: number } | null;
  next_code_at: string;
}
type PhoneBody = { phone: Phone | null };

/** A UK mobile number no other test uses, E.164 and as dialled at home. */
function newMobile(): { e164: string; national: string } {
  const rest = String(randomInt(10 ** 8)).padStart(8, '0');
  return { e164: `+4474${rest}`, national: `074${rest.slice(0, 2)} ${rest.slice(2)}` };
}

async function userId(client: HttpClient): Promise<string> {
  return (await client.get<{ user: { id: string } }>('/api/me')).body.user.id;
}

const putPhone = (client: HttpClient, body: unknown) => client.request<PhoneBody & ErrorBody>('PUT', '/api/me/phone', { json: body });
const verify = (client: HttpClient, code: string) => client.post<PhoneBody & ErrorBody>('/api/me/phone/verify', { code });
const resend = (client: HttpClient) => client.post<PhoneBody & ErrorBody>('/api/me/phone/code');
const wrongCode = (code: string) => String((Number(code) + 1) % 10 ** 6).padStart(6, '0');

/** Moves a person's codes back in time, as if they had been sent `seconds` earlier. */
async function ageCodes(client: HttpClient, seconds: number): Promise<void> {
  const id = await userId(client);
  await server.database.db.sql`
    update public.phone_verifications
    set created_at = created_at - make_interval(secs => ${seconds}), expires_at = expires_at - make_interval(secs => ${seconds})
    where user_id = ${id}`;
}

describe('entering a phone number', () => {
  it('starts with none, and answers 401 without a session', async () => {
    const client = await signedUpClient(server.origin);
    const none = await client.get<PhoneBody>('/api/me/phone');
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ phone: null });
    expect((await fetch(`${server.origin}/api/me/phone`)).status).toBe(401);
  });

  it('names the field and the problem, stores nothing and texts nothing', async () => {
    const client = await signedUpClient(server.origin);
    const textsBefore = (await textsOf(server.origin)).length;
    const fieldsOf = async (body: unknown) => {
      const response = await putPhone(client, body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      return response.body.error.fields;
    };
    expect(await fieldsOf({ phone: 'call me maybe' })).toEqual({ phone: 'This is not a phone number' });
    expect(await fieldsOf({ phone: '' })).toEqual({ phone: 'Enter your mobile number' });
    expect(await fieldsOf({ phone: '+44 7400 123456', country: 'XX', colour: 'red' })).toEqual({
      country: 'Choose a country by its two-letter code, like GB or US',
      colour: 'unknown field',
    });
    expect(await fieldsOf({ phone: '+44 20 7946 0958' })).toEqual({ phone: 'This is a landline; enter a mobile number that can receive texts' });
    expect(await fieldsOf({ phone: '0900 123456', country: 'NL' })).toEqual({
      phone: 'This is a premium-rate number; enter a mobile number that can receive texts',
    });
    expect(await fieldsOf({ phone: '+1 800 555 0199' })).toEqual({ phone: 'This is a toll-free number; enter a mobile number that can receive texts' });
    expect(await fieldsOf({ phone: '+44 5555 5555' })).toEqual({ phone: 'This is not a valid number in +44' });
    // The account's time zone (Europe/Paris) makes a national number French, where this is not valid.
    expect(await fieldsOf({ phone: '07400 123456' })).toEqual({
      phone: 'This is not a valid number in France (from your time zone); choose its country or enter it with + and the country code',
    });
    // A time zone that names no country leaves a national number without one.
    expect((await client.patch('/api/me', { timezone: 'UTC' })).status).toBe(200);
    expect(await fieldsOf({ phone: '07400 123456' })).toEqual({
      country: 'Choose the country of this number, or enter it with + and the country code',
    });
    expect((await client.get('/api/me/phone')).body).toEqual({ phone: null });
    expect((await textsOf(server.origin)).length).toBe(textsBefore);
  });

  it('stores E.164 from national or international input, texts a 6-digit code and keeps only a keyed hash of it', async () => {
    const client = await signedUpClient(server.origin);
    const mobile = newMobile();
    const saved = await putPhone(client, { phone: mobile.national, country: 'GB' });
    expect(saved.status).toBe(200);
    expect(saved.body.phone).toMatchObject({
      number: mobile.e164,
      national: mobile.national,
      country: 'GB',
      verified: false,
      verified_at: null,
      opted_out: false,
      code: { status: 'pending', attempts_left: 5 },
    });
    const phone = saved.body.phone as Phone;
    const code = phone.code as NonNullable<Phone['code']>;
    expect(new Date(code.expires_at).getTime() - new Date(code.sent_at).getTime()).toBe(10 * 60 * 1000);
    expect(new Date(phone.next_code_at).getTime() - new Date(code.sent_at).getTime()).toBe(60 * 1000);
    const texts = await textsTo(server.origin, mobile.e164);
    expect(texts).toHaveLength(1);
    expect(texts[0]?.body).toMatch(/^Your Ordo verification code is \d{6}\. It expires in 10 minutes\./);
    const sent = await latestCodeTo(server.origin, mobile.e164);
    const [row] = await server.database.db.sql<{ phone_e164: string; code_hash: string }[]>`
      select v.phone_e164, v.code_hash from public.phone_verifications v where v.user_id = ${await userId(client)}`;
    expect(row?.phone_e164).toBe(mobile.e164);
    expect(row?.code_hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row?.code_hash).not.toContain(sent);
    expect((await client.get<PhoneBody>('/api/me/phone')).body).toEqual(saved.body);

    // International input, written any usual way, is the same number.
    const again = await signedUpClient(server.origin);
    const other = newMobile();
    const international = await putPhone(again, { phone: `00 44 ${other.e164.slice(3, 7)}-${other.e164.slice(7)}` });
    expect(international.body.phone?.number).toBe(other.e164);
  });
});

describe('verifying the number', () => {
  it('verifies with the right code', async () => {
    const client = await signedUpClient(server.origin);
    const mobile = newMobile();
    await putPhone(client, { phone: mobile.e164 });
    const verified = await verify(client, await latestCodeTo(server.origin, mobile.e164));
    expect(verified.status).toBe(200);
    expect(verified.body.phone).toMatchObject({ number: mobile.e164, verified: true, code: null });
    expect(verified.body.phone?.verified_at).toEqual(expect.any(String));
    // Entering the same number again keeps it verified and texts nothing.
    const same = await putPhone(client, { phone: mobile.e164 });
    expect(same.body.phone).toMatchObject({ verified: true });
    expect(await textsTo(server.origin, mobile.e164)).toHaveLength(1);
    expect((await resend(client)).status).toBe(409);
  });

  it('locks a code after 5 wrong tries, even for the right one, until a new code is sent', async () => {
    const client = await signedUpClient(server.origin);
    const mobile = newMobile();
    await putPhone(client, { phone: mobile.e164 });
    const code = await latestCodeTo(server.origin, mobile.e164);
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) {
      const wrong = await verify(client, wrongCode(code));
      expect(wrong.status).toBe(400);
      messages.push(wrong.body.error.fields?.code ?? '');
    }
    expect(messages).toEqual([
      'Wrong code; 4 tries left',
      'Wrong code; 3 tries left',
      'Wrong code; 2 tries left',
      'Wrong code; 1 try left',
      'Wrong code; this code is now locked, ask for a new one',
    ]);
    const locked = await verify(client, code);
    expect(locked.status).toBe(400);
    expect(locked.body.error.fields).toEqual({ code: 'This code is locked after too many wrong tries; ask for a new one' });
    expect((await client.get<PhoneBody>('/api/me/phone')).body.phone).toMatchObject({ verified: false, code: { status: 'locked', attempts_left: 0 } });

    // A new code within the minute is refused; after it, it replaces the locked one.
    const tooSoon = await resend(client);
    expect(tooSoon.status).toBe(429);
    expect(Number(tooSoon.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(tooSoon.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    await ageCodes(client, 61);
    const resent = await resend(client);
    expect(resent.status).toBe(200);
    expect(resent.body.phone?.code).toMatchObject({ status: 'pending', attempts_left: 5 });
    const fresh = await latestCodeTo(server.origin, mobile.e164);
    expect((await verify(client, fresh)).body.phone).toMatchObject({ verified: true });
  });

  it('refuses an expired code', async () => {
    const client = await signedUpClient(server.origin);
    const mobile = newMobile();
    await putPhone(client, { phone: mobile.e164 });
    const code = await latestCodeTo(server.origin, mobile.e164);
    await server.database.db.sql`
      update public.phone_verifications set expires_at = now() - interval '1 second' where user_id = ${await userId(client)}`;
    const expired = await verify(client, code);
    expect(expired.status).toBe(400);
    expect(expired.body.error.fields).toEqual({ code: 'This code has expired; ask for a new one' });
    expect((await client.get<PhoneBody>('/api/me/phone')).body.phone).toMatchObject({ verified: false, code: { status: 'expired' } });
  });

  it('unverifies a changed number, and the old number’s code stops working', async () => {
    const client = await signedUpClient(server.origin);
    const first = newMobile();
    await putPhone(client, { phone: first.e164 });
    expect((await verify(client, await latestCodeTo(server.origin, first.e164))).body.phone?.verified).toBe(true);

    const second = newMobile();
    const changed = await putPhone(client, { phone: second.e164 });
    expect(changed.status).toBe(200);
    expect(changed.body.phone).toMatchObject({ number: second.e164, verified: false, verified_at: null, code: { status: 'pending' } });
    const secondCode = await latestCodeTo(server.origin, second.e164);

    const third = newMobile();
    await putPhone(client, { phone: third.e164 });
    const thirdCode = await latestCodeTo(server.origin, third.e164);
    expect((await client.get<PhoneBody>('/api/me/phone')).body.phone?.number).toBe(third.e164);
    // The second number's code was pending when the number changed: it no longer verifies anything.
    const stale = await verify(client, secondCode);
    expect(stale.status).toBe(400);
    const [pending] = await server.database.db.sql<{ live: number }[]>`
      select count(*)::int as live from public.phone_verifications
      where user_id = ${await userId(client)} and verified_at is null and expires_at > now()`;
    expect(pending?.live).toBe(1);
    expect((await verify(client, thirdCode)).body.phone).toMatchObject({ number: third.e164, verified: true });
  });

  it('answers 404 to verify and resend without a phone, and removes the phone', async () => {
    const client = await signedUpClient(server.origin);
    expect((await verify(client, '123456')).status).toBe(404);
    expect((await resend(client)).status).toBe(404);
    const mobile = newMobile();
    await putPhone(client, { phone: mobile.e164 });
    const removed = await client.delete('/api/me/phone');
    expect(removed.status).toBe(204);
    expect((await client.get('/api/me/phone')).body).toEqual({ phone: null });
    expect((await verify(client, await latestCodeTo(server.origin, mobile.e164))).status).toBe(404);
    expect((await client.delete('/api/me/phone')).status).toBe(404);
    const badCode = await verify(client, '12 34');
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.fields).toEqual({ code: 'Enter the 6-digit code from the text message' });
  });
});

describe('limits on codes', () => {
  it('waits 60 s between codes to a number: 429 with Retry-After, and nothing changes', async () => {
    const client = await signedUpClient(server.origin);
    const mobile = newMobile();
    await putPhone(client, { phone: mobile.e164 });
    const again = await putPhone(client, { phone: mobile.e164 });
    expect(again.status).toBe(429);
    expect(again.body.error.code).toBe('rate_limited');
    const wait = Number(again.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(50);
    expect(wait).toBeLessThanOrEqual(60);
    expect((await resend(client)).status).toBe(429);
    expect(await textsTo(server.origin, mobile.e164)).toHaveLength(1);
  });

  it('sends a person at most 5 codes an hour, whatever the numbers', async () => {
    const client = await signedUpClient(server.origin);
    for (let i = 0; i < 5; i++) expect((await putPhone(client, { phone: newMobile().e164 })).status).toBe(200);
    const current = (await client.get<PhoneBody>('/api/me/phone')).body.phone?.number;
    const sixth = newMobile();
    const refused = await putPhone(client, { phone: sixth.e164 });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3500);
    expect((await client.get<PhoneBody>('/api/me/phone')).body.phone?.number).toBe(current);
    expect(await textsTo(server.origin, sixth.e164)).toHaveLength(0);
    // An hour later the oldest code no longer counts.
    await ageCodes(client, 3600);
    expect((await putPhone(client, { phone: sixth.e164 })).status).toBe(200);
  });

  it('holds the hourly limit when requests come at once', async () => {
    const client = await signedUpClient(server.origin);
    const numbers = Array.from({ length: 8 }, () => newMobile().e164);
    const statuses = await Promise.all(numbers.map(async (phone) => (await putPhone(client, { phone })).status));
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
    const [codes] = await server.database.db.sql<{ count: number }[]>`
      select count(*)::int as count from public.phone_verifications where user_id = ${await userId(client)}`;
    expect(codes?.count).toBe(5);
  });

  it('deletes codes older than a day of the person and of the number when a new one is stored', async () => {
    const client = await signedUpClient(server.origin);
    const other = await signedUpClient(server.origin);
    const mobile = newMobile();
    expect((await putPhone(client, { phone: mobile.e164 })).status).toBe(200);
    expect((await putPhone(other, { phone: newMobile().e164 })).status).toBe(200);
    await ageCodes(client, 2 * 86_400);
    await ageCodes(other, 2 * 86_400);
    const codesOf = async (owner: HttpClient) =>
      (await server.database.db.sql<{ n: number }[]>`select count(*)::int as n from public.phone_verifications where user_id = ${await userId(owner)}`)[0]?.n;
    expect(await resend(client)).toMatchObject({ status: 200 });
    expect(await codesOf(client)).toBe(1);
    // Another person's old code stays until they, or their number, get a new one.
    expect(await codesOf(other)).toBe(1);
    expect(await resend(other)).toMatchObject({ status: 200 });
    expect(await codesOf(other)).toBe(1);
  });

  it('sends a number at most 5 codes an hour, whoever asks', async () => {
    const mobile = newMobile();
    for (let i = 0; i < 5; i++) {
      const person = await signedUpClient(server.origin);
      expect((await putPhone(person, { phone: mobile.e164 })).status).toBe(200);
    }
    const sixth = await signedUpClient(server.origin);
    const refused = await putPhone(sixth, { phone: mobile.e164 });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3500);
    expect((await sixth.get('/api/me/phone')).body).toEqual({ phone: null });
    expect(await textsTo(server.origin, mobile.e164)).toHaveLength(5);
  });

  it('texts no code to a number that opted out, and says so', async () => {
    const client = await signedUpClient(server.origin);
    const mobile = newMobile();
    await server.database.db.sql`insert into public.sms_opt_outs (phone_e164, source, keyword) values (${mobile.e164}, 'keyword', 'STOP')`;
    const saved = await putPhone(client, { phone: mobile.e164 });
    expect(saved.status).toBe(200);
    expect(saved.body.phone).toMatchObject({ number: mobile.e164, verified: false, opted_out: true, code: null });
    expect(await textsTo(server.origin, mobile.e164)).toHaveLength(0);
    const resent = await resend(client);
    expect(resent.status).toBe(409);
    expect(resent.body.error.message).toMatch(/opted out/);
  });
});

describe('who may see and change a phone', () => {
  it('keeps phones to their owners, codes and opt-outs to the server, and read-only tokens to reading', async () => {
    const alice = await signedUpClient(server.origin);
    const bob = await signedUpClient(server.origin);
    const [aliceId, bobId] = [await userId(alice), await userId(bob)];
    const [aliceMobile, bobMobile] = [newMobile(), newMobile()];
    await putPhone(alice, { phone: aliceMobile.e164 });
    await putPhone(bob, { phone: bobMobile.e164 });
    const { db } = server.database;
    expect(await db.asUser(aliceId, (tx) => tx`select user_id, phone_e164 from public.user_phones`)).toEqual([
      { user_id: aliceId, phone_e164: aliceMobile.e164 },
    ]);
    expect(await db.asUser(aliceId, (tx) => tx`delete from public.user_phones where user_id = ${bobId} returning user_id`)).toEqual([]);
    await expect(db.asUser(aliceId, (tx) => tx`update public.user_phones set verified_at = now() where user_id = ${aliceId}`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(db.asUser(aliceId, (tx) => tx`insert into public.user_phones (user_id, phone_e164) values (${bobId}, '+447400000001')`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(db.asUser(aliceId, (tx) => tx`select code_hash from public.phone_verifications`)).rejects.toThrow(/permission denied/);
    await expect(db.asUser(aliceId, (tx) => tx`select phone_e164 from public.sms_opt_outs`)).rejects.toThrow(/permission denied/);
    // Alice's code does not verify Bob's number.
    expect((await verify(bob, await latestCodeTo(server.origin, aliceMobile.e164))).status).toBe(400);
    expect((await bob.get<PhoneBody>('/api/me/phone')).body.phone).toMatchObject({ number: bobMobile.e164, verified: false });

    const created = await alice.request<string>('POST', '/settings?/createToken', { form: { name: 'reader', scope: 'read' } });
    const token = /ordo_pat_[A-Za-z0-9_-]{43}/.exec(created.body)?.[0] as string;
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${server.origin}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const read = await call('GET', '/api/me/phone');
    expect(read.status).toBe(200);
    expect(((await read.json()) as PhoneBody).phone?.number).toBe(aliceMobile.e164);
    expect((await call('PUT', '/api/me/phone', { phone: newMobile().e164 })).status).toBe(403);
    expect((await call('POST', '/api/me/phone/code')).status).toBe(403);
    expect((await call('POST', '/api/me/phone/verify', { code: '123456' })).status).toBe(403);
    expect((await call('DELETE', '/api/me/phone')).status).toBe(403);
    expect((await alice.get<PhoneBody>('/api/me/phone')).body.phone?.number).toBe(aliceMobile.e164);
  });
});

describe('the Phone section of the settings page', () => {
  it('sends a code from the form, shows errors at the field, verifies and shows the badge', async () => {
    const client = await signedUpClient(server.origin);
    const bad = await client.request<string>('POST', '/settings?/phone', { form: { phone: '+44 20 7946 0958', country: '' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatch(/<p class="field-error" id="phone-input-error">This is a landline; enter a mobile number that can receive texts<\/p>/);
    expect(bad.body).toContain('value="+44 20 7946 0958"');

    const mobile = newMobile();
    const sent = await client.request<string>('POST', '/settings?/phone', { form: { phone: mobile.national, country: 'GB' } });
    expect(sent.status).toBe(200);
    expect(sent.body).toContain(`Code sent to ${mobile.national}.`);
    expect(sent.body).toContain('Not verified');

    const wrong = await client.request<string>('POST', '/settings?/phoneVerify', { form: { code: wrongCode(await latestCodeTo(server.origin, mobile.e164)) } });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatch(/id="phone-code-error">Wrong code; 4 tries left</);
    const soon = await client.request<string>('POST', '/settings?/phoneCode', { form: {} });
    expect(soon.status).toBe(429);
    expect(soon.body).toMatch(/id="phone-code-error">Too many codes for now; ask again in \d+ s</);

    const right = await client.request<string>('POST', '/settings?/phoneVerify', { form: { code: await latestCodeTo(server.origin, mobile.e164) } });
    expect(right.status).toBe(200);
    expect(right.body).toContain('Phone verified.');
    const page = (await client.get<string>('/settings')).body;
    expect(page).toMatch(/data-testid="phone-status"[^>]*>Verified</);

    const removed = await client.request<string>('POST', '/settings?/phoneRemove', { form: {} });
    expect(removed.status).toBe(200);
    expect((await client.get('/api/me/phone')).body).toEqual({ phone: null });
  });
});
