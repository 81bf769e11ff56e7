import { randomBytes, randomUUID } from 'node:crypto';
import { createTestUser } from '@ordo/supabase-client/testing';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { PER_CLIENT_ADDRESS, startWebServer, useWebServer, type WebServer } from './web-server.ts';

// Twilio calls the public address; the test server listens on 127.0.0.1 behind that name, as
// behind a reverse proxy (another host, scheme and port than the request Node sees).
const PUBLIC = 'https://sms.ordo.example';
const TOKEN = randomBytes(16).toString('hex');
const ACCOUNT_SID = `AC${randomBytes(16).toString('hex')}`;
const OUR_NUMBER = '+15005550006';
const INBOUND = '/webhooks/twilio/inbound';
const STATUS = '/webhooks/twilio/status';

const server = useWebServer({ ...PER_CLIENT_ADDRESS, TRUSTED_PROXY: 'header', PUBLIC_APP_URL: PUBLIC, TWILIO_AUTH_TOKEN: TOKEN });

type Params = Record<string, string>;

const messageSid = () => `SM${randomBytes(16).toString('hex')}`;
const phoneNumber = () => `+1555${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;

/** The parameters Twilio posts for a text someone sent to our number. */
function incomingText(from: string, body: string): Params {
  const sid = messageSid();
  return {
    ToCountry: 'US',
    ToState: 'CA',
    SmsMessageSid: sid,
    NumMedia: '0',
    SmsSid: sid,
    SmsStatus: 'received',
    Body: body,
    FromCountry: 'US',
    To: OUR_NUMBER,
    NumSegments: '1',
    MessageSid: sid,
    AccountSid: ACCOUNT_SID,
    From: from,
    ApiVersion: '2010-04-01',
  };
}

/** The parameters of a status callback for a message we sent. */
function statusCallback(sid: string, to: string, status: string, errorCode?: number): Params {
  return {
    SmsSid: sid,
    SmsStatus: status,
    MessageStatus: status,
    To: to,
    MessageSid: sid,
    AccountSid: ACCOUNT_SID,
    From: OUR_NUMBER,
    ApiVersion: '2010-04-01',
    ...(errorCode === undefined ? {} : { ErrorCode: String(errorCode) }),
  };
}

interface Post {
  /** The URL the signature is made for (default: the public URL of `path`). */
  signedUrl?: string;
  /** The parameters signed (default: those sent). */
  signed?: Params;
  token?: string;
  target?: WebServer;
}

/** Posts as Twilio does: a form, no Origin, signed by the SDK over the public URL and the parameters. */
function postAsTwilio(path: string, params: Params, options: Post = {}): Promise<Response> {
  const signature = twilio.getExpectedTwilioSignature(options.token ?? TOKEN, options.signedUrl ?? `${PUBLIC}${path}`, options.signed ?? params);
  return fetch(`${(options.target ?? server).origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature, 'x-forwarded-for': '10.20.30.40' },
    body: new URLSearchParams(params).toString(),
  });
}

async function optOut(phone: string): Promise<{ source: string; keyword: string | null } | undefined> {
  const [row] = await server.database.db.asService((tx) =>
    tx<{ source: string; keyword: string | null }[]>`select source, keyword from public.sms_opt_outs where phone_e164 = ${phone}`,
  );
  return row;
}

interface DeliveryRow {
  status: string;
  provider_status: string | null;
  provider_error_code: number | null;
  delivered_at: Date | null;
  updated_at: Date;
}

/** An SMS delivery the worker recorded as sent with Twilio's SID. */
async function sentSms(to: string, channel = 'sms'): Promise<{ id: string; sid: string }> {
  const userId = await createTestUser(server.database.db);
  const sid = messageSid();
  const [row] = await server.database.db.asService(
    (tx) => tx<{ id: string }[]>`
      insert into public.deliveries (user_id, channel, purpose, source_id, recipient, status, message_id, attempts, sent_at)
      values (${userId}, ${channel}, 'notification', ${randomUUID()}, ${to}, 'sent', ${sid}, 1, now())
      returning id`,
  );
  if (!row) throw new Error('no delivery inserted');
  return { id: row.id, sid };
}

async function delivery(id: string): Promise<DeliveryRow> {
  const [row] = await server.database.db.asService(
    (tx) => tx<DeliveryRow[]>`select status, provider_status, provider_error_code, delivered_at, updated_at from public.deliveries where id = ${id}`,
  );
  if (!row) throw new Error(`no delivery ${id}`);
  return row;
}

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

describe('POST /webhooks/twilio/inbound', () => {
  it('answers HELP and INFO with who we are and how to stop, in TwiML', async () => {
    for (const word of ['HELP', ' info ']) {
      const response = await postAsTwilio(INBOUND, incomingText(phoneNumber(), word));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
      const body = await response.text();
      expect(body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response><Message>Ordo sms\.ordo\.example: .*Reply STOP to stop all texts, START to get them again\.<\/Message><\/Response>$/);
    }
  });

  it('opts the sender out on STOP and its synonyms, in any case, and back in on START', async () => {
    const phone = phoneNumber();
    const stopped = await postAsTwilio(INBOUND, incomingText(phone, '  Stop\n'));
    expect(stopped.status).toBe(200);
    // Twilio confirms the opt-out itself (and would block a reply): Ordo says nothing.
    expect(await stopped.text()).toBe(EMPTY_TWIML);
    expect(await optOut(phone)).toEqual({ source: 'keyword', keyword: 'STOP' });

    const started = await postAsTwilio(INBOUND, incomingText(phone, 'start'));
    expect(started.status).toBe(200);
    expect(await started.text()).toBe(EMPTY_TWIML);
    expect(await optOut(phone)).toBeUndefined();

    for (const word of ['STOPALL', 'unsubscribe', 'CANCEL', 'end', 'Quit']) {
      const other = phoneNumber();
      expect((await postAsTwilio(INBOUND, incomingText(other, word))).status).toBe(200);
      expect(await optOut(other)).toEqual({ source: 'keyword', keyword: word.toUpperCase() });
      expect((await postAsTwilio(INBOUND, incomingText(other, word === 'end' ? 'UNSTOP' : 'yes'))).status).toBe(200);
      expect(await optOut(other)).toBeUndefined();
    }
  });

  it('does nothing for a text that only contains a keyword, and answers with no message', async () => {
    const phone = phoneNumber();
    const response = await postAsTwilio(INBOUND, incomingText(phone, 'please stop the 9am reminder'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(EMPTY_TWIML);
    expect(await optOut(phone)).toBeUndefined();
  });

  it('refuses a tampered body, another URL, another token, a missing signature: 403 and nothing changed', async () => {
    const phone = phoneNumber();
    const stop = incomingText(phone, 'STOP');
    const attempts: Response[] = [
      // Signed "HELP", sent "STOP".
      await postAsTwilio(INBOUND, stop, { signed: { ...stop, Body: 'HELP' } }),
      // A parameter added after signing.
      await postAsTwilio(INBOUND, { ...stop, Extra: '1' }, { signed: stop }),
      // Signed for the status callback, sent to the inbound webhook.
      await postAsTwilio(INBOUND, stop, { signedUrl: `${PUBLIC}${STATUS}` }),
      // A query string that was not signed.
      await postAsTwilio(`${INBOUND}?replay=1`, stop, { signedUrl: `${PUBLIC}${INBOUND}` }),
      // Signed for the address Node sees, not the public one Twilio calls.
      await postAsTwilio(INBOUND, stop, { signedUrl: `${server.origin}${INBOUND}` }),
      await postAsTwilio(INBOUND, stop, { token: randomBytes(16).toString('hex') }),
      await fetch(`${server.origin}${INBOUND}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '10.20.30.41' },
        body: new URLSearchParams(stop).toString(),
      }),
    ];
    for (const response of attempts) {
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('not a request signed by Twilio');
    }
    expect(await optOut(phone)).toBeUndefined();
  });

  it('verifies a signed query string, and names a bad parameter in a signed request', async () => {
    const phone = phoneNumber();
    const withQuery = await postAsTwilio(`${INBOUND}?source=sms`, incomingText(phone, 'STOP'));
    expect(withQuery.status).toBe(200);
    expect(await optOut(phone)).toEqual({ source: 'keyword', keyword: 'STOP' });

    const bad = await postAsTwilio(INBOUND, incomingText('whatsapp:+15551234567', 'STOP'));
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields).toEqual({ From: 'Expected an E.164 phone number such as +15551234567' });
  });

  it('refuses a body over 64 KiB with 413', async () => {
    const params = incomingText(phoneNumber(), 'x'.repeat(70 * 1024));
    const response = await postAsTwilio(INBOUND, params);
    expect(response.status).toBe(413);
  });
});

describe('POST /webhooks/twilio/status', () => {
  it('records each status, delivered with its time, and never moves a row backwards', async () => {
    const to = phoneNumber();
    const { id, sid } = await sentSms(to);

    const sent = await postAsTwilio(STATUS, statusCallback(sid, to, 'sent'));
    expect(sent.status).toBe(200);
    expect(await sent.text()).toBe(EMPTY_TWIML);
    expect(await delivery(id)).toMatchObject({ status: 'sent', provider_status: 'sent', delivered_at: null });

    expect((await postAsTwilio(STATUS, statusCallback(sid, to, 'delivered'))).status).toBe(200);
    const delivered = await delivery(id);
    expect(delivered).toMatchObject({ status: 'delivered', provider_status: 'delivered', provider_error_code: null });
    expect(delivered.delivered_at).toBeInstanceOf(Date);

    // Callbacks may arrive out of order: a late "sent" or "queued" changes nothing.
    for (const late of ['sent', 'queued', 'undelivered']) {
      expect((await postAsTwilio(STATUS, statusCallback(sid, to, late, late === 'undelivered' ? 30003 : undefined))).status).toBe(200);
    }
    expect(await delivery(id)).toEqual(delivered);
  });

  it('records undelivered and failed with Twilio’s error code', async () => {
    const to = phoneNumber();
    const undelivered = await sentSms(to);
    expect((await postAsTwilio(STATUS, statusCallback(undelivered.sid, to, 'undelivered', 30003))).status).toBe(200);
    expect(await delivery(undelivered.id)).toMatchObject({ status: 'undelivered', provider_status: 'undelivered', provider_error_code: 30003, delivered_at: null });

    const failed = await sentSms(to);
    expect((await postAsTwilio(STATUS, statusCallback(failed.sid, to, 'failed', 30007))).status).toBe(200);
    expect(await delivery(failed.id)).toMatchObject({ status: 'failed', provider_status: 'failed', provider_error_code: 30007 });
    expect(await optOut(to)).toBeUndefined();
  });

  it('opts the recipient out on error 21610 (they replied STOP)', async () => {
    const to = phoneNumber();
    const { id, sid } = await sentSms(to);
    expect((await postAsTwilio(STATUS, statusCallback(sid, to, 'failed', 21610))).status).toBe(200);
    expect(await delivery(id)).toMatchObject({ status: 'failed', provider_error_code: 21610 });
    expect(await optOut(to)).toEqual({ source: 'provider', keyword: null });
  });

  it('answers 200 to an unknown SID, or an email with that id, and changes nothing', async () => {
    const to = phoneNumber();
    const email = await sentSms(to, 'email');
    const before = await delivery(email.id);
    for (const sid of [messageSid(), email.sid]) {
      const response = await postAsTwilio(STATUS, statusCallback(sid, to, 'failed', 21610));
      expect(response.status).toBe(200);
    }
    expect(await delivery(email.id)).toEqual(before);
    expect(await optOut(to)).toBeUndefined();
  });

  it('refuses a tampered callback with 403 and leaves the row as it was', async () => {
    const to = phoneNumber();
    const { id, sid } = await sentSms(to);
    const before = await delivery(id);
    const callback = statusCallback(sid, to, 'delivered');
    const tampered = await postAsTwilio(STATUS, { ...callback, MessageStatus: 'failed', ErrorCode: '21610' }, { signed: callback });
    expect(tampered.status).toBe(403);
    const wrongUrl = await postAsTwilio(STATUS, callback, { signedUrl: `https://other.example${STATUS}` });
    expect(wrongUrl.status).toBe(403);
    expect(await delivery(id)).toEqual(before);
    expect(await optOut(to)).toBeUndefined();
  });
});

describe('Twilio webhooks without TWILIO_AUTH_TOKEN', () => {
  it('refuses every request with 403, however it is signed', async () => {
    const unconfigured = await startWebServer({ ...PER_CLIENT_ADDRESS, TRUSTED_PROXY: 'header', PUBLIC_APP_URL: PUBLIC });
    try {
      const phone = phoneNumber();
      for (const path of [INBOUND, STATUS]) {
        const response = await postAsTwilio(path, incomingText(phone, 'STOP'), { target: unconfigured });
        expect(response.status).toBe(403);
      }
      const [row] = await unconfigured.database.db.asService((tx) => tx`select count(*)::int as n from public.sms_opt_outs`);
      expect(row).toEqual({ n: 0 });
    } finally {
      await unconfigured.stop();
    }
  });
});
