import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A message the fake accepted, as Twilio would have stored it. */
export interface TwilioFakeMessage {
  sid: string;
  accountSid: string;
  to: string;
  from: string;
  body: string;
  statusCallback: string | null;
  /** Every form field the client sent. */
  params: Record<string, string>;
  receivedAt: Date;
}

/** An error Twilio answers with: HTTP status and Twilio's error code (e.g. 400 and 21610). */
export interface TwilioFakeFailure {
  status: number;
  code: number;
  message?: string;
}

/** A request the fake is holding: the message is stored, the answer waits for release(). */
export interface TwilioHold {
  /** Resolves once the held request arrived (the message is then recorded). */
  readonly arrived: Promise<TwilioFakeMessage>;
  release(): void;
}

export interface TwilioFakeOptions {
  accountSid?: string;
  authToken?: string;
  /**
   * Called once a message is stored, before the client hears the 201: where a test crashes the
   * sender between "Twilio has it" and "the sender knows it".
   */
  onAccepted?: (message: TwilioFakeMessage) => Promise<void> | void;
}

export interface TwilioFake {
  /** Base URL to point the SDK at (`client.api.baseUrl`, or TWILIO_API_URL). */
  readonly url: string;
  readonly accountSid: string;
  readonly authToken: string;
  /** Every accepted message, in order. */
  readonly messages: readonly TwilioFakeMessage[];
  /** Every Messages request that passed authentication, accepted or answered with an error. */
  readonly requests: number;
  /**
   * The next `count` authenticated requests (to `only.to` alone, when given: a late retry of another
   * test's message cannot take the failure) are answered with this error and store nothing.
   */
  failNext(count: number, failure: TwilioFakeFailure, only?: { to: string }): void;
  /** The next accepted message is stored at once but answered only on release(). */
  holdNext(): TwilioHold;
  /** Resolves with the first message to `to`, once stored. */
  waitFor(to: string, timeoutMs?: number): Promise<TwilioFakeMessage>;
  close(): Promise<void>;
}

const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/(AC[0-9a-zA-Z]+)\/Messages\.json$/;
const E164 = /^\+[1-9]\d{1,14}$/;

/** Twilio's date format: RFC 2822 with a numeric zone. */
function twilioDate(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}

/** GSM-7 messages hold 160 characters in one segment and 153 per part after; UCS-2 70 and 67. */
function segments(body: string): number {
  const gsm = /^[\n\r\x20-\x7E£¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¡ÄÖÑÜ§¿äöñüà€]*$/.test(body);
  const [single, multi] = gsm ? [160, 153] : [70, 67];
  return body.length <= single ? 1 : Math.ceil(body.length / multi);
}

function errorBody(failure: TwilioFakeFailure): string {
  return JSON.stringify({
    code: failure.code,
    message: failure.message ?? `Twilio error ${failure.code}`,
    more_info: `https://www.twilio.com/docs/errors/${failure.code}`,
    status: failure.status,
  });
}

function answer(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(body);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A loopback server speaking Twilio's Messages API as the official SDK uses it: `POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json`, form-encoded, Basic auth with the account SID
 * and auth token; answers 201 with Twilio's message JSON (status `queued`).
 */
export async function startTwilioFake(options: TwilioFakeOptions = {}): Promise<TwilioFake> {
  const accountSid = options.accountSid ?? `AC${randomBytes(16).toString('hex')}`;
  const authToken = options.authToken ?? randomBytes(16).toString('hex');
  const messages: TwilioFakeMessage[] = [];
  const failures: { failure: TwilioFakeFailure; to: string | null }[] = [];
  const holds: { arrived: (message: TwilioFakeMessage) => void; released: Promise<void> }[] = [];
  const waiters: { to: string; resolve: (message: TwilioFakeMessage) => void }[] = [];
  let requests = 0;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = MESSAGES_PATH.exec(new URL(request.url ?? '/', 'http://fake').pathname);
    if (request.method !== 'POST' || !path) {
      answer(response, 404, errorBody({ status: 404, code: 20404, message: 'The requested resource was not found' }));
      return;
    }
    const [user, password] = Buffer.from((request.headers.authorization ?? '').replace(/^Basic /, ''), 'base64')
      .toString('utf8')
      .split(':');
    if (user !== accountSid || !sameSecret(password ?? '', authToken) || path[1] !== accountSid) {
      response.setHeader('www-authenticate', 'Basic realm="Twilio API"');
      answer(response, 401, errorBody({ status: 401, code: 20003, message: 'Authenticate' }));
      return;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      answer(response, 400, errorBody({ status: 400, code: 20001, message: 'Expected a form-encoded body' }));
      return;
    }
    const params = Object.fromEntries(new URLSearchParams(await readBody(request)));
    requests += 1;
    const failing = failures.findIndex((candidate) => candidate.to === null || candidate.to === params.To);
    const failure = failing === -1 ? undefined : failures.splice(failing, 1)[0]?.failure;
    if (failure) {
      answer(response, failure.status, errorBody(failure));
      return;
    }
    const { To: to, From: from, Body: body } = params;
    if (!to) return answer(response, 400, errorBody({ status: 400, code: 21604, message: "A 'To' phone number is required." }));
    if (!E164.test(to)) {
      return answer(response, 400, errorBody({ status: 400, code: 21211, message: `The 'To' number ${to} is not a valid phone number.` }));
    }
    if (!from) return answer(response, 400, errorBody({ status: 400, code: 21603, message: "A 'From' phone number is required." }));
    if (!body) return answer(response, 400, errorBody({ status: 400, code: 21602, message: 'Message body is required.' }));

    const now = new Date();
    const message: TwilioFakeMessage = {
      sid: `SM${randomBytes(16).toString('hex')}`,
      accountSid,
      to,
      from,
      body,
      statusCallback: params.StatusCallback ?? null,
      params,
      receivedAt: now,
    };
    messages.push(message);
    for (const waiter of waiters.filter((candidate) => candidate.to === to)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(message);
    }
    await options.onAccepted?.(message);
    const hold = holds.shift();
    if (hold) {
      hold.arrived(message);
      await hold.released;
    }
    const uri = `/2010-04-01/Accounts/${accountSid}/Messages/${message.sid}`;
    answer(
      response,
      201,
      JSON.stringify({
        account_sid: accountSid,
        api_version: '2010-04-01',
        body,
        date_created: twilioDate(now),
        date_sent: null,
        date_updated: twilioDate(now),
        direction: 'outbound-api',
        error_code: null,
        error_message: null,
        from,
        messaging_service_sid: null,
        num_media: '0',
        num_segments: String(segments(body)),
        price: null,
        price_unit: 'USD',
        sid: message.sid,
        status: 'queued',
        subresource_uris: { media: `${uri}/Media.json` },
        to,
        uri: `${uri}.json`,
      }),
    );
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) answer(response, 500, errorBody({ status: 500, code: 20500, message: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    messages,
    get requests() {
      return requests;
    },
    failNext(count, failure, only) {
      for (let i = 0; i < count; i++) failures.push({ failure, to: only?.to ?? null });
    },
    holdNext() {
      let release!: () => void;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let arrived!: (message: TwilioFakeMessage) => void;
      const arrival = new Promise<TwilioFakeMessage>((resolve) => {
        arrived = resolve;
      });
      holds.push({ arrived, released });
      return { arrived: arrival, release };
    },
    waitFor(to, timeoutMs = 20_000) {
      const found = messages.find((message) => message.to === to);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no SMS to ${to} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          to,
          resolve: (message) => {
            clearTimeout(timer);
            resolve(message);
          },
        });
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
