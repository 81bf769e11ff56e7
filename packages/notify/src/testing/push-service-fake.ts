import { createPublicKey, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The VAPID claims a request carried (RFC 8292), after its signature checked out. */
export interface VapidClaims {
  /** The application server's public key (`k=`), base64url. */
  publicKey: string;
  audience: string;
  subject: string;
  expiresAt: Date;
}

/** One push message the service received, whatever it answered. */
export interface PushServiceMessage {
  /** The last path segment of the endpoint: which subscription it was for. */
  subscriptionId: string;
  endpoint: string;
  headers: IncomingHttpHeaders;
  /** The encrypted aes128gcm body, as sent. */
  body: Buffer;
  vapid: VapidClaims;
  /** What the fake answered (201 when accepted). */
  status: number;
  receivedAt: Date;
}

export interface PushServiceFake {
  readonly url: string;
  /** A fresh endpoint URL on this service (a random subscription id unless given). */
  endpoint(subscriptionId?: string): string;
  /** Every well-formed, VAPID-signed message, accepted or not, in order. */
  readonly received: readonly PushServiceMessage[];
  /** The accepted ones (answered 201). */
  readonly delivered: readonly PushServiceMessage[];
  /** The next `count` well-formed messages are answered with `status` (410, 429, 500, …). */
  answerNext(count: number, status: number): void;
  /** Every message to this endpoint is answered with `status` from now on (410: the device is gone). */
  answerFor(endpoint: string, status: number): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 4096;
const MAX_VAPID_LIFETIME_SECONDS = 24 * 60 * 60;

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function decodeJson(part: string | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null) return value as Record<string, unknown>;
  } catch {}
  throw new Refusal(401, 'VAPID token part is not base64url JSON');
}

/** Checks `Authorization: vapid t=<JWT>, k=<public key>` as a push service does (RFC 8292). */
function checkVapid(header: string | undefined, audience: string, now: Date): VapidClaims {
  const match = /^vapid t=([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? '');
  if (!match?.[1] || !match[2]) throw new Refusal(401, 'expected Authorization: vapid t=<jwt>, k=<key>');
  const token = match[1];
  const publicKey = match[2];
  const [headerPart, claimsPart, signaturePart] = token.split('.');
  const jwtHeader = decodeJson(headerPart);
  if (jwtHeader.alg !== 'ES256' || jwtHeader.typ !== 'JWT') throw new Refusal(401, 'VAPID token must be an ES256 JWT');
  const point = Buffer.from(publicKey, 'base64url');
  if (point.length !== 65 || point[0] !== 4) throw new Refusal(401, 'k= is not an uncompressed P-256 point');
  const key = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') },
    format: 'jwk',
  });
  const signed = Buffer.from(`${headerPart}.${claimsPart}`);
  const signature = Buffer.from(signaturePart ?? '', 'base64url');
  if (!verify('sha256', signed, { key, dsaEncoding: 'ieee-p1363' }, signature)) throw new Refusal(403, 'VAPID signature does not verify');
  const claims = decodeJson(claimsPart);
  if (claims.aud !== audience) throw new Refusal(403, `VAPID aud must be ${audience}`);
  const seconds = now.getTime() / 1000;
  if (typeof claims.exp !== 'number' || claims.exp <= seconds || claims.exp > seconds + MAX_VAPID_LIFETIME_SECONDS + 60) {
    throw new Refusal(403, 'VAPID exp must be in the future and within 24 hours');
  }
  if (typeof claims.sub !== 'string' || !/^(mailto:|https:)/.test(claims.sub)) throw new Refusal(403, 'VAPID sub must be mailto: or https:');
  return { publicKey, audience, subject: claims.sub, expiresAt: new Date(claims.exp * 1000) };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A loopback push service: takes the encrypted POST a browser's endpoint would, checks the
 * VAPID Authorization (signature, audience, expiry, subject), TTL and aes128gcm encoding, records
 * the body and headers, and answers 201, or the status a test scripted (410, 429, 500…).
 */
export interface PushServiceFakeOptions {
  /** The clock VAPID tokens' `exp` is checked against (tests move it with the sender's). */
  now?: () => Date;
}

export async function startPushServiceFake(options: PushServiceFakeOptions = {}): Promise<PushServiceFake> {
  const now = options.now ?? (() => new Date());
  const received: PushServiceMessage[] = [];
  const scripted: number[] = [];
  const perEndpoint = new Map<string, number>();
  let url = '';

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', url).pathname;
    const subscriptionId = /^\/push\/([A-Za-z0-9_-]+)$/.exec(path)?.[1];
    if (request.method !== 'POST' || !subscriptionId) throw new Refusal(404, 'no such subscription');
    const receivedAt = now();
    const vapid = checkVapid(request.headers.authorization, url, receivedAt);
    if (request.headers['content-encoding'] !== 'aes128gcm') throw new Refusal(415, 'Content-Encoding must be aes128gcm');
    if (!/^\d+$/.test(String(request.headers.ttl ?? ''))) throw new Refusal(400, 'TTL header is required');
    const body = await readBody(request);
    if (body.length > MAX_BODY_BYTES) throw new Refusal(413, 'payload too large');
    const endpoint = `${url}${path}`;
    const status = scripted.shift() ?? perEndpoint.get(endpoint) ?? 201;
    received.push({ subscriptionId, endpoint, headers: request.headers, body, vapid, status, receivedAt });
    if (status === 201) response.setHeader('location', `${url}/message/${randomBytes(8).toString('hex')}`);
    response.writeHead(status).end();
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof Refusal ? error.status : 500;
      if (!response.headersSent) response.writeHead(status, { 'content-type': 'text/plain' }).end(String((error as Error).message));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    endpoint: (subscriptionId = randomBytes(12).toString('base64url')) => `${url}/push/${subscriptionId}`,
    received,
    get delivered() {
      return received.filter((message) => message.status === 201);
    },
    answerNext(count, status) {
      for (let i = 0; i < count; i++) scripted.push(status);
    },
    answerFor(endpoint, status) {
      perEndpoint.set(endpoint, status);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
