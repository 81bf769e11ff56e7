import Anthropic from '@anthropic-ai/sdk';
import type { ProviderChunk, ProviderClient, ProviderStreamRequest, TokenUsage } from './provider.ts';
import type { HttpFetch } from './http-fetch.ts';
import { classifySdkError, ProviderCallError } from './provider-error.ts';
import { type ReplyDecoder, replyStream } from './reply-stream.ts';
import { SseDecoder } from './sse-decoder.ts';

export interface AnthropicProviderOptions {
  apiKey: string;
  baseUrl?: string | undefined;
  /** The SDK's own per-request timeout; the gateway enforces its own deadlines as well. */
  timeoutMs: number;
  /** The HTTP client under the SDK (default: the platform fetch). */
  fetch?: HttpFetch | undefined;
}

function toSdkError(error: unknown): ProviderCallError {
  if (error instanceof ProviderCallError) return error;
  if (error instanceof Anthropic.APIError) {
    return classifySdkError('anthropic', error, {
      timeout: error instanceof Anthropic.APIConnectionTimeoutError,
      connection: error instanceof Anthropic.APIConnectionError,
    });
  }
  return new ProviderCallError(
    'anthropic',
    'connection',
    `anthropic: ${error instanceof Error ? error.message : String(error)}`,
  );
}

function safeJson(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

/**
 * The Messages API's event stream, as the SDK's Stream reads it: events without a name and pings
 * are skipped, as are events without data; `event: error` (overloaded_error mid-reply, say) is the
 * SDK's APIError with the error's type and no status; every other event is JSON.
 */
export class AnthropicReplyDecoder implements ReplyDecoder {
  readonly #sse = new SseDecoder();
  readonly #headers: Headers | undefined;
  #inputTokens = 0;
  #outputTokens = 0;
  #stopped = false;

  constructor(headers?: Headers) {
    this.#headers = headers;
  }

  get complete(): boolean {
    return this.#stopped;
  }

  read(bytes: Uint8Array): ProviderChunk {
    let text = '';
    let usage: TokenUsage | null = null;
    for (const { event: name, data } of this.#sse.push(bytes)) {
      if (name === null || name === 'ping') continue;
      if (name === 'error') {
        const body = (safeJson(data) ?? data) as { error?: { type?: Anthropic.ErrorType } };
        throw new Anthropic.APIError(undefined, body, undefined, this.#headers, body.error?.type);
      }
      if (!data) continue;
      const event = JSON.parse(data) as Anthropic.RawMessageStreamEvent;
      if (event.type === 'content_block_delta') {
        if (event.delta.type === 'text_delta') text += event.delta.text;
      } else if (event.type === 'message_start') {
        this.#inputTokens = event.message.usage.input_tokens;
        this.#outputTokens = event.message.usage.output_tokens;
      } else if (event.type === 'message_delta') {
        // Counts in message_delta are cumulative for the whole message.
        this.#inputTokens = event.usage.input_tokens ?? this.#inputTokens;
        this.#outputTokens = event.usage.output_tokens;
      } else if (event.type === 'message_stop') {
        this.#stopped = true;
        usage = { inputTokens: this.#inputTokens, outputTokens: this.#outputTokens };
      }
    }
    return { text, usage };
  }
}

/**
 * The Messages API, streamed: the official SDK sends the request (auth, headers, base URL, error
 * statuses as its APIError classes); the event stream is decoded here (see replyStream).
 */
export function createAnthropicProvider(options: AnthropicProviderOptions): ProviderClient {
  // The gateway decides retries and fallback, so the SDK must not retry behind its back.
  const client = new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseUrl ?? null,
    maxRetries: 0,
    timeout: options.timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  const stream = (request: ProviderStreamRequest): AsyncIterable<ProviderChunk> =>
    replyStream({
      provider: 'anthropic',
      open: () =>
        client.messages
          .create(
            {
              model: request.model,
              max_tokens: request.maxOutputTokens,
              ...(request.system ? { system: request.system } : {}),
              messages: request.messages,
              stream: true,
            },
            { signal: request.signal },
          )
          .asResponse(),
      decoder: (headers) => new AnthropicReplyDecoder(headers),
      classify: toSdkError,
    });

  return { name: 'anthropic', stream };
}
