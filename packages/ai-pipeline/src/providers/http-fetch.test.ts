import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { httpFetch } from './http-fetch.ts';

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

let handler: Handler = (_request, _body, response) => response.end();
const closed: Promise<void>[] = [];
let origin: string;

// A loopback server whose answer each test scripts; every response's close is noted, so tests can
// wait for the server to see a connection go away.
const server = createServer((request, response) => {
  closed.push(once(response, 'close').then(() => undefined));
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => handler(request, Buffer.concat(chunks).toString('utf8'), response));
});

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => {
  closed.length = 0;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

const eventStream = (response: ServerResponse) => response.writeHead(200, { 'content-type': 'text/event-stream' });
const text = (chunk: Uint8Array) => Buffer.from(chunk).toString('utf8');

function bodyOf(response: Response): AsyncIterator<Uint8Array> {
  return (response.body as unknown as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
}

describe('httpFetch', () => {
  it('sends the method, headers and body, and reads a JSON reply whole with its status and headers', async () => {
    let seen: { method?: string; auth?: string; type?: string; body: string } = { body: '' };
    handler = (request, body, response) => {
      seen = { method: request.method, auth: request.headers.authorization, type: request.headers['content-type'], body };
      response.writeHead(201, { 'content-type': 'application/json', 'x-request-id': 'req_1' });
      response.end('{"ok":true}');
    };

    const response = await httpFetch(`${origin}/v1/things`, {
      method: 'POST',
      headers: new Headers({ authorization: 'Bearer sk-x', 'content-type': 'application/json' }),
      body: '{"a":1}',
    });

    expect(seen).toEqual({ method: 'POST', auth: 'Bearer sk-x', type: 'application/json', body: '{"a":1}' });
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(await response.json()).toEqual({ ok: true });
  });

  it('gives error statuses with their headers and body, as the SDKs need for retry-after and messages', async () => {
    handler = (_request, _body, response) => {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '20' });
      response.end('{"error":{"message":"slow down"}}');
    };

    const response = await httpFetch(`${origin}/v1/chat/completions`, { method: 'POST', body: '{}' });

    expect(response.ok).toBe(false);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('20');
    expect(await response.text()).toBe('{"error":{"message":"slow down"}}');
  });

  it('yields an event stream chunk by chunk as the server writes it, then ends', async () => {
    let writeNext = () => {};
    handler = (_request, _body, response) => {
      eventStream(response);
      response.write('data: one\n\n');
      writeNext = () => response.end('data: two\n\n');
    };

    const body = bodyOf(await httpFetch(`${origin}/stream`, { method: 'POST', body: '{}' }));
    const first = await body.next();
    expect(text(first.value as Uint8Array)).toBe('data: one\n\n');
    writeNext();
    const second = await body.next();
    expect(text(second.value as Uint8Array)).toBe('data: two\n\n');
    expect((await body.next()).done).toBe(true);
  });

  it('closes the connection when the signal fires midway, which the server sees; reading then fails with AbortError', async () => {
    handler = (_request, _body, response) => {
      eventStream(response);
      response.write('data: one\n\n');
    };
    const controller = new AbortController();

    const body = bodyOf(await httpFetch(`${origin}/stream`, { method: 'POST', body: '{}', signal: controller.signal }));
    await body.next();
    const waiting = body.next();
    controller.abort();

    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    await closed[0];
  });

  it('closes the connection when the reader stops early', async () => {
    handler = (_request, _body, response) => {
      eventStream(response);
      response.write('data: one\n\n');
    };

    const body = bodyOf(await httpFetch(`${origin}/stream`, { method: 'POST', body: '{}' }));
    await body.next();
    await body.return?.();

    await closed[0];
  });

  it('fails reading with a TypeError when the server drops the connection midway', async () => {
    handler = (_request, _body, response) => {
      eventStream(response);
      response.write('data: one\n\n', () => setTimeout(() => response.destroy(), 10));
    };

    const body = bodyOf(await httpFetch(`${origin}/stream`, { method: 'POST', body: '{}' }));
    await body.next();

    await expect(body.next()).rejects.toThrow(TypeError);
  });

  it('rejects as undici does: AbortError for a signal that already fired, TypeError with the cause when nothing listens', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(httpFetch(`${origin}/x`, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });

    const unused = createServer();
    unused.listen(0, '127.0.0.1');
    await once(unused, 'listening');
    const { port } = unused.address() as AddressInfo;
    unused.close();
    const failure = await httpFetch(`http://127.0.0.1:${port}/x`).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe('fetch failed');
    expect((failure as TypeError).cause).toMatchObject({ code: 'ECONNREFUSED' });
  });
});
