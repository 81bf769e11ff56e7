import type { HostedProvider, ProviderChunk } from './provider.ts';
import { ProviderCallError } from './provider-error.ts';

/** Decodes one provider's event stream, a network read at a time. */
export interface ReplyDecoder {
  /** What `bytes` carried; throws the SDK's APIError for an error event in the stream. */
  read(bytes: Uint8Array): ProviderChunk;
  /** Whether the reply has said it is finished (OpenAI's finish_reason, Anthropic's message_stop). */
  readonly complete: boolean;
}

export interface ReplyStreamOptions {
  provider: HostedProvider;
  /**
   * Sends the request through the SDK and resolves with the raw Response of a 2xx reply (the SDK
   * throws its APIError for any other status before that).
   */
  open(): Promise<Response>;
  decoder(headers: Headers): ReplyDecoder;
  /** Classifies what the SDK, the body or the decoder threw. */
  classify(error: unknown): ProviderCallError;
}

/**
 * A provider's streamed reply read straight from the response body: one chunk per network read,
 * decoded synchronously. The SDKs' own iterators pass every event through three nested async
 * generators, which at thousands of events a second costs more than everything else on the way;
 * this iterator adds one promise per read to the body's own. Stopping early closes the body, and
 * with it the connection.
 */
export function replyStream(options: ReplyStreamOptions): AsyncIterableIterator<ProviderChunk> {
  return new ReplyChunks(options);
}

class ReplyChunks implements AsyncIterableIterator<ProviderChunk> {
  readonly #options: ReplyStreamOptions;
  #body: AsyncIterator<Uint8Array> | null = null;
  #decoder: ReplyDecoder | null = null;

  constructor(options: ReplyStreamOptions) {
    this.#options = options;
  }

  next(): Promise<IteratorResult<ProviderChunk>> {
    const body = this.#body;
    if (body === null) return this.#open().then(() => this.next());
    return body.next().then(this.#decode, this.#fail);
  }

  async return(): Promise<IteratorResult<ProviderChunk>> {
    await this.#body?.return?.();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async #open(): Promise<void> {
    const { provider } = this.#options;
    let response: Response;
    try {
      response = await this.#options.open();
    } catch (error) {
      throw this.#options.classify(error);
    }
    // Our httpFetch gives a plain async iterable; the platform fetch a ReadableStream, iterable as well.
    const body = response.body as AsyncIterable<Uint8Array> | null;
    if (body === null) throw new ProviderCallError(provider, 'connection', `${provider}: the reply has no body`);
    this.#decoder = this.#options.decoder(response.headers);
    this.#body = body[Symbol.asyncIterator]();
  }

  readonly #decode = (result: IteratorResult<Uint8Array>): IteratorResult<ProviderChunk> => {
    const decoder = this.#decoder as ReplyDecoder;
    if (result.done) {
      // A server cut short can still end the body cleanly; a reply that never said it was finished is incomplete.
      if (decoder.complete) return { value: undefined, done: true };
      const { provider } = this.#options;
      throw new ProviderCallError(provider, 'connection', `${provider}: the stream ended before the reply was complete`);
    }
    try {
      return { value: decoder.read(result.value), done: false };
    } catch (error) {
      throw this.#options.classify(error);
    }
  };

  readonly #fail = (error: unknown): never => {
    throw this.#options.classify(error);
  };
}
