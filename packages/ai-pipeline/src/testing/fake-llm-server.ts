import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What a fake provider answers to one request. `text` pieces are streamed one chunk each; a
 * promise among them holds the stream until it settles (a test releases the rest when it has seen
 * what it wanted, and a promise that never settles is a stalled upstream).
 */
export type FakeReply =
  | {
      type: 'stream';
      text: (string | PromiseLike<unknown>)[];
      /** Reported token counts; by default about a quarter of the request's characters and one per piece. */
      usage?: { inputTokens: number; outputTokens: number };
      /** Pause between pieces, for benchmarks that pace tokens. */
      delayMs?: number;
    }
  | { type: 'error'; status: number; message?: string; headers?: Record<string, string> };

export interface FakeRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

/** How one provider frames a streamed reply and an error on the wire. */
export interface WireFormat {
  /** The request path the SDK posts to, relative to the server root. */
  readonly path: string;
  /** The base URL to give the SDK for a server at `origin`. */
  baseUrl(origin: string): string;
  errorBody(status: number, message: string): unknown;
  /** Server-sent-event frames, each ending in a blank line. */
  start(model: string, inputTokens: number): string[];
  text(piece: string): string[];
  end(model: string, usage: { inputTokens: number; outputTokens: number }): string[];
}

export interface FakeLlmServer {
  /** The base URL to give the SDK (`baseURL`, or OPENAI_BASE_URL / ANTHROPIC_BASE_URL). */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: FakeRequest[];
  /** How many replies the client abandoned before they ended. */
  readonly disconnects: number;
  /** Queues replies for the next requests, in order. */
  enqueue(...replies: FakeReply[]): void;
  /** Resolves at the next abandoned reply (or at once if `count` have already been seen). */
  waitForDisconnect(count?: number): Promise<void>;
  close(): Promise<void>;
}

export interface FakeLlmServerOptions {
  /** Answers requests when the queue is empty; without it such a request gets a 500 naming the problem. */
  reply?: (request: FakeRequest) => FakeReply;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const body: unknown = text === '' ? {} : JSON.parse(text);
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An HTTP server on 127.0.0.1 that answers one provider's streaming endpoint from a script. */
export async function startFakeLlmServer(format: WireFormat, options: FakeLlmServerOptions = {}): Promise<FakeLlmServer> {
  const queue: FakeReply[] = [];
  const requests: FakeRequest[] = [];
  let disconnects = 0;
  const disconnectWaiters: { count: number; resolve: () => void }[] = [];

  function noteDisconnect(): void {
    disconnects += 1;
    for (const waiter of disconnectWaiters.splice(0)) {
      if (disconnects >= waiter.count) waiter.resolve();
      else disconnectWaiters.push(waiter);
    }
  }

  async function stream(reply: Extract<FakeReply, { type: 'stream' }>, body: FakeRequest['body'], response: ServerResponse) {
    const closed = new Promise((resolve) => response.once('close', resolve));
    const model = typeof body.model === 'string' ? body.model : 'fake-model';
    const pieces = reply.text.filter((piece): piece is string => typeof piece === 'string');
    const usage = reply.usage ?? {
      inputTokens: Math.ceil(JSON.stringify(body.messages ?? '').length / 4),
      outputTokens: pieces.length,
    };
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const write = (frames: string[]) => {
      if (!response.destroyed) response.write(frames.join(''));
    };
    write(format.start(model, usage.inputTokens));
    for (const piece of reply.text) {
      if (response.destroyed) return;
      if (typeof piece === 'string') {
        if (reply.delayMs) await sleep(reply.delayMs);
        write(format.text(piece));
      } else {
        await Promise.race([piece, closed]);
      }
    }
    write(format.end(model, usage));
    response.end();
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.on('close', () => {
      if (!response.writableFinished) noteDisconnect();
    });
    const body = await readJson(request);
    const path = request.url ?? '/';
    const received: FakeRequest = { path, headers: request.headers, body };
    requests.push(received);
    if (request.method !== 'POST' || path !== format.path) {
      return sendError(response, 404, `fake server answers POST ${format.path} only, not ${request.method} ${path}`);
    }
    if (body.stream !== true) return sendError(response, 400, 'fake server answers streaming requests only');
    const reply = queue.shift() ?? options.reply?.(received);
    if (!reply) return sendError(response, 500, 'fake server: no reply queued for this request');
    if (reply.type === 'error') {
      return sendError(response, reply.status, reply.message ?? `fake error ${reply.status}`, reply.headers);
    }
    await stream(reply, body, response);
  }

  function sendError(response: ServerResponse, status: number, message: string, headers: Record<string, string> = {}) {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(format.errorBody(status, message)));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendError(response, 500, `fake server failed: ${String(error)}`);
      else response.destroy();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    url: format.baseUrl(`http://127.0.0.1:${port}`),
    requests,
    get disconnects() {
      return disconnects;
    },
    enqueue: (...replies) => {
      queue.push(...replies);
    },
    waitForDisconnect: (count = disconnects + 1) =>
      disconnects >= count ? Promise.resolve() : new Promise((resolve) => disconnectWaiters.push({ count, resolve })),
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
