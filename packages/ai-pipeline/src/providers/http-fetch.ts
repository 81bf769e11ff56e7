import { type ClientRequest, Agent as HttpAgent, type IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/**
 * The `fetch` both SDKs accept as a client option, built on node:http. Undici's fetch moves every
 * chunk of a streamed reply through its body pipeline and a web ReadableStream, which at thousands
 * of pieces a second costs more than the SDK's own decoding; here an event-stream body is a plain
 * async iterable over the socket's chunks, which both SDKs read through `Symbol.asyncIterator`
 * before they would look for `getReader()`. Any other reply is read whole into a standard
 * Response. Failures look like undici's: an AbortError when the signal fires, a TypeError
 * `fetch failed` (the cause attached) when the connection fails.
 */
export type HttpFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

// One pool per process: each stream creates its own SDK client, and sockets should outlive them.
const agents = {
  'http:': new HttpAgent({ keepAlive: true }),
  'https:': new HttpsAgent({ keepAlive: true }),
};

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  return new DOMException('This operation was aborted', 'AbortError');
}

function connectionError(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

/** The request body as text or bytes; `unsupported` for kinds our providers never send (forms, streams, blobs). */
function plainBody(body: RequestInit['body']): string | Uint8Array | null | 'unsupported' {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (body instanceof URLSearchParams) return body.toString();
  return 'unsupported';
}

function responseHeaders(message: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = message.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) headers.append(raw[index] as string, raw[index + 1] as string);
  return headers;
}

// Statuses whose Response must not have a body (the constructor throws otherwise).
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * An event-stream body: the socket's chunks in order, one awaited `next()` each. The message is
 * paused while chunks wait unread, so a slow reader holds the upstream back as a stream would.
 */
class SocketChunks implements AsyncIterableIterator<Uint8Array> {
  readonly #message: IncomingMessage;
  readonly #queue: Uint8Array[] = [];
  #waiting: { resolve: (result: IteratorResult<Uint8Array>) => void; reject: (error: unknown) => void } | null = null;
  #ended = false;
  #failure: unknown = null;

  constructor(message: IncomingMessage, signal: AbortSignal | null | undefined) {
    this.#message = message;
    message.on('data', (chunk: Uint8Array) => {
      const waiting = this.#waiting;
      if (waiting) {
        this.#waiting = null;
        waiting.resolve({ value: chunk, done: false });
        return;
      }
      this.#queue.push(chunk);
      message.pause();
    });
    message.once('end', () => this.#finish(null));
    message.on('error', (error) => this.#finish(signal?.aborted ? abortError(signal) : connectionError(error)));
    message.once('close', () => {
      if (!message.complete) this.#finish(signal?.aborted ? abortError(signal) : connectionError(new Error('terminated')));
    });
  }

  #finish(failure: unknown): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#failure = failure;
    const waiting = this.#waiting;
    this.#waiting = null;
    if (!waiting) return;
    if (failure === null) waiting.resolve({ value: undefined, done: true });
    else waiting.reject(failure);
  }

  next(): Promise<IteratorResult<Uint8Array>> {
    const chunk = this.#queue.shift();
    if (chunk !== undefined) {
      if (this.#queue.length === 0) this.#message.resume();
      return Promise.resolve({ value: chunk, done: false });
    }
    if (this.#ended) {
      return this.#failure === null ? Promise.resolve({ value: undefined, done: true }) : Promise.reject(this.#failure);
    }
    return new Promise((resolve, reject) => {
      this.#waiting = { resolve, reject };
    });
  }

  /** The reader stopped early: the connection is closed, which the upstream sees as a disconnect. */
  return(): Promise<IteratorResult<Uint8Array>> {
    this.#queue.length = 0;
    if (!this.#message.complete) this.#message.destroy();
    this.#finish(null);
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** Reads a reply that is not an event stream whole, into a standard Response. */
async function wholeResponse(message: IncomingMessage, init: ResponseInit, signal: AbortSignal | null | undefined): Promise<Response> {
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of message) chunks.push(chunk as Uint8Array);
  } catch (error) {
    throw signal?.aborted ? abortError(signal) : connectionError(error);
  }
  const status = init.status ?? 200;
  return new Response(NULL_BODY_STATUSES.has(status) ? null : Buffer.concat(chunks), init);
}

function isEventStream(headers: Headers): boolean {
  return headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() === 'text/event-stream';
}

export const httpFetch: HttpFetch = (input, init = {}) => {
  if (input instanceof Request) return Promise.reject(new TypeError('httpFetch takes a URL and init, not a Request'));
  const body = plainBody(init.body);
  if (body === 'unsupported') return fetch(input, init);
  const url = new URL(input);
  const protocol = url.protocol;
  if (protocol !== 'http:' && protocol !== 'https:') return Promise.reject(new TypeError(`httpFetch: unsupported protocol ${protocol}`));
  const { signal } = init;
  if (signal?.aborted) return Promise.reject(abortError(signal));

  return new Promise<Response>((resolve, reject) => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    if (body !== null) headers['content-length'] = String(Buffer.byteLength(body));
    const send = protocol === 'https:' ? httpsRequest : httpRequest;
    let request: ClientRequest;
    let message: IncomingMessage | null = null;
    const onAbort = () => {
      const error = abortError(signal as AbortSignal);
      request.destroy(error);
      // A body read to its end has no error listener left; there is nothing to stop either.
      if (message && !message.complete) message.destroy(error);
      reject(error);
    };
    try {
      request = send(url, { method: init.method ?? 'GET', headers, agent: agents[protocol] });
    } catch (error) {
      reject(connectionError(error));
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    const settled = () => signal?.removeEventListener('abort', onAbort);
    request.on('error', (error) => {
      if (message === null) settled();
      reject(signal?.aborted ? abortError(signal) : connectionError(error));
    });
    request.once('response', (response) => {
      message = response;
      response.once('close', settled);
      const status = response.statusCode ?? 0;
      const headers = responseHeaders(response);
      const responseInit: ResponseInit = { status, statusText: response.statusMessage ?? '', headers };
      if (!isEventStream(headers) || NULL_BODY_STATUSES.has(status)) {
        wholeResponse(response, responseInit, signal).then(resolve, reject);
        return;
      }
      // A standard Response for status and headers; its body is the lean iterable (see above).
      const streamed = new Response(null, responseInit);
      Object.defineProperty(streamed, 'body', { value: new SocketChunks(response, signal) });
      resolve(streamed);
    });
    request.end(body ?? undefined);
  });
};
