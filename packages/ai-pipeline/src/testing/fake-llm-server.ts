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
      /** Ends the reply with the provider's in-stream error event (e.g. overloaded_error) instead of its end. */
      fail?: { type: string; message: string };
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
  /** The frames of one reply: server-sent events, each ending in a blank line. */
  reply(model: string): ReplyFrames;
}

export interface ReplyFrames {
  start(inputTokens: number): string;
  /** One event per piece; a template filled in, as benchmarks stream tens of thousands a second. */
  text(piece: string): string;
  /** The event a provider sends when a reply fails after its 200 status. */
  streamError(type: string, message: string): string;
  end(usage: { inputTokens: number; outputTokens: number }): string;
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

/**
 * Runs callbacks at given times, on one timer for all paced replies: a timer, a promise and an
 * async resume per piece per stream would cost the fake server more than writing the piece.
 * Callbacks due in the same millisecond (to the nearest) run together, as Node's timers would run them.
 */
class Pacer {
  readonly #due = new Map<number, (() => void)[]>();
  #timer: NodeJS.Timeout | null = null;
  #timerAt = Number.POSITIVE_INFINITY;

  /** Runs `callback` at `time` (performance.now()), or as soon as possible after it. */
  at(time: number, callback: () => void): void {
    const slot = Math.round(time);
    const list = this.#due.get(slot);
    if (list) list.push(callback);
    else this.#due.set(slot, [callback]);
    if (slot < this.#timerAt) this.#arm(slot);
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#due.clear();
  }

  #arm(slot: number): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timerAt = slot;
    this.#timer = setTimeout(this.#fire, Math.max(0, slot - performance.now()));
  }

  readonly #fire = (): void => {
    this.#timer = null;
    this.#timerAt = Number.POSITIVE_INFINITY;
    const now = performance.now();
    const ready: (() => void)[][] = [];
    let next = Number.POSITIVE_INFINITY;
    for (const [slot, list] of this.#due) {
      if (slot <= now) {
        this.#due.delete(slot);
        ready.push(list);
      } else next = Math.min(next, slot);
    }
    if (next !== Number.POSITIVE_INFINITY) this.#arm(next);
    for (const list of ready) for (const callback of list) callback();
  };
}

/** An HTTP server on 127.0.0.1 that answers one provider's streaming endpoint from a script. */
export async function startFakeLlmServer(format: WireFormat, options: FakeLlmServerOptions = {}): Promise<FakeLlmServer> {
  const queue: FakeReply[] = [];
  const pacer = new Pacer();
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

  /** Streams a reply a piece at a time; settles when it has ended or the client has gone. */
  function stream(reply: Extract<FakeReply, { type: 'stream' }>, body: FakeRequest['body'], response: ServerResponse): Promise<void> {
    const closed = new Promise((resolve) => response.once('close', resolve));
    const frames = format.reply(typeof body.model === 'string' ? body.model : 'fake-model');
    const pieces = reply.text;
    const usage = reply.usage ?? {
      inputTokens: Math.ceil(JSON.stringify(body.messages ?? '').length / 4),
      outputTokens: pieces.filter((piece) => typeof piece === 'string').length,
    };
    const { delayMs = 0 } = reply;
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    response.write(frames.start(usage.inputTokens));
    const { socket } = response;
    // Each piece goes to the socket as one write, framed as a chunk exactly as ServerResponse frames
    // it: its own path (four buffered writes, a cork and a writev per piece) costs more than the
    // system call. Everything goes through the socket's one queue, so the order holds.
    const writePiece =
      response.chunkedEncoding && socket
        ? (frame: string) => socket.write(`${Buffer.byteLength(frame).toString(16)}\r\n${frame}\r\n`)
        : (frame: string) => response.write(frame);
    return new Promise<void>((resolve, reject) => {
      let next = 0;
      let waited = false;
      // Writes pieces until one must wait: for its delay (each text piece is preceded by one), or for a promise among them.
      const advance = (): void => {
        while (next < pieces.length) {
          if (response.destroyed) {
            resolve();
            return;
          }
          const piece = pieces[next] as string | PromiseLike<unknown>;
          if (typeof piece !== 'string') {
            next += 1;
            Promise.race([piece, closed]).then(advance, reject);
            return;
          }
          if (delayMs > 0 && !waited) {
            waited = true;
            // A pause after each write, as a sleep would make it: a busy machine streams slower rather than in bursts.
            pacer.at(performance.now() + delayMs, advance);
            return;
          }
          waited = false;
          next += 1;
          writePiece(frames.text(piece));
        }
        if (!response.destroyed) response.end(reply.fail ? frames.streamError(reply.fail.type, reply.fail.message) : frames.end(usage));
        resolve();
      };
      advance();
    });
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
      pacer.stop();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
