import OpenAI from 'openai';
import type { ChatMessage, ProviderChunk, ProviderClient, ProviderStreamRequest, TokenUsage } from './provider.ts';
import type { HttpFetch } from './http-fetch.ts';
import { classifySdkError, ProviderCallError } from './provider-error.ts';
import { type ReplyDecoder, replyStream } from './reply-stream.ts';
import { SseDecoder } from './sse-decoder.ts';

export interface OpenAiProviderOptions {
  /** Local OpenAI-compatible servers (Ollama, vLLM, LM Studio) take any key. */
  apiKey?: string | undefined;
  baseUrl?: string | undefined;
  /** The SDK's own per-request timeout; the gateway enforces its own deadlines as well. */
  timeoutMs: number;
  /** The HTTP client under the SDK (default: the platform fetch). */
  fetch?: HttpFetch | undefined;
}

function toSdkError(error: unknown): ProviderCallError {
  if (error instanceof ProviderCallError) return error;
  if (error instanceof OpenAI.APIError) {
    return classifySdkError('openai', error, {
      timeout: error instanceof OpenAI.APIConnectionTimeoutError,
      connection: error instanceof OpenAI.APIConnectionError,
    });
  }
  return new ProviderCallError('openai', 'connection', `openai: ${error instanceof Error ? error.message : String(error)}`);
}

function toMessages(system: string | undefined, messages: ChatMessage[]): OpenAI.ChatCompletionMessageParam[] {
  const history = messages.map((message): OpenAI.ChatCompletionMessageParam => ({ ...message }));
  return system ? [{ role: 'system', content: system }, ...history] : history;
}

/** A chunk as sent; an error frame carries `error` instead. */
type WireChunk = Partial<OpenAI.ChatCompletionChunk> & { error?: unknown };

/**
 * Chat Completions' event stream, as the SDK's Stream reads it: `data: {chunk}` events until
 * `data: [DONE]` (nothing after it counts); a chunk with `error` is the SDK's APIError (no status,
 * the response's headers); unparseable JSON throws.
 */
export class OpenAiReplyDecoder implements ReplyDecoder {
  readonly #sse = new SseDecoder();
  readonly #headers: Headers | undefined;
  #done = false;
  #finished = false;

  constructor(headers?: Headers) {
    this.#headers = headers;
  }

  get complete(): boolean {
    return this.#finished;
  }

  read(bytes: Uint8Array): ProviderChunk {
    let text = '';
    let usage: TokenUsage | null = null;
    for (const { data } of this.#sse.push(bytes)) {
      if (this.#done) continue;
      if (data.startsWith('[DONE]')) {
        this.#done = true;
        continue;
      }
      const chunk = JSON.parse(data) as WireChunk;
      if (chunk.error) throw new OpenAI.APIError(undefined, chunk.error as object, undefined, this.#headers);
      const choice = chunk.choices?.[0];
      if (choice?.finish_reason) this.#finished = true;
      const content = choice?.delta?.content;
      if (content) text += content;
      if (chunk.usage) usage = { inputTokens: chunk.usage.prompt_tokens, outputTokens: chunk.usage.completion_tokens };
    }
    return { text, usage };
  }
}

/**
 * Chat Completions, streamed: the official SDK sends the request (auth, headers, base URL, error
 * statuses as its APIError classes); the event stream is decoded here (see replyStream). Also any
 * OpenAI-compatible server.
 */
export function createOpenAiProvider(options: OpenAiProviderOptions): ProviderClient {
  // The gateway decides retries and fallback, so the SDK must not retry behind its back.
  const client = new OpenAI({
    apiKey: options.apiKey ?? 'not-needed-by-local-servers',
    baseURL: options.baseUrl ?? null,
    maxRetries: 0,
    timeout: options.timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  const stream = (request: ProviderStreamRequest): AsyncIterable<ProviderChunk> =>
    replyStream({
      provider: 'openai',
      open: () =>
        client.chat.completions
          .create(
            {
              model: request.model,
              messages: toMessages(request.system, request.messages),
              max_completion_tokens: request.maxOutputTokens,
              stream: true,
              stream_options: { include_usage: true },
            },
            { signal: request.signal },
          )
          .asResponse(),
      decoder: (headers) => new OpenAiReplyDecoder(headers),
      classify: toSdkError,
    });

  return { name: 'openai', stream };
}
