import Anthropic from '@anthropic-ai/sdk';
import type { ProviderChunk, ProviderClient, ProviderStreamRequest } from './provider.ts';
import type { HttpFetch } from './http-fetch.ts';
import { classifySdkError, ProviderCallError } from './provider-error.ts';

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

/** The Messages API, streamed, through the official SDK. */
export function createAnthropicProvider(options: AnthropicProviderOptions): ProviderClient {
  // The gateway decides retries and fallback, so the SDK must not retry behind its back.
  const client = new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseUrl ?? null,
    maxRetries: 0,
    timeout: options.timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  async function* stream(request: ProviderStreamRequest): AsyncIterable<ProviderChunk> {
    try {
      const events = await client.messages.create(
        {
          model: request.model,
          max_tokens: request.maxOutputTokens,
          ...(request.system ? { system: request.system } : {}),
          messages: request.messages,
          stream: true,
        },
        { signal: request.signal },
      );
      let inputTokens = 0;
      let outputTokens = 0;
      let stopped = false;
      for await (const event of events) {
        if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') {
          yield { type: 'text', text: event.delta.text };
          continue;
        }
        if (event.type === 'message_start') {
          inputTokens = event.message.usage.input_tokens;
          outputTokens = event.message.usage.output_tokens;
        } else if (event.type === 'message_delta') {
          // Counts in message_delta are cumulative for the whole message.
          inputTokens = event.usage.input_tokens ?? inputTokens;
          outputTokens = event.usage.output_tokens;
        } else if (event.type === 'message_stop') {
          stopped = true;
          yield { type: 'usage', inputTokens, outputTokens };
          continue;
        }
        yield { type: 'alive' };
      }
      // The SDK ends iteration quietly when the connection drops or is aborted; no message_stop
      // means the reply is incomplete.
      if (!stopped) throw new ProviderCallError('anthropic', 'connection', 'anthropic: the stream ended before the reply was complete');
    } catch (error) {
      throw toSdkError(error);
    }
  }

  return { name: 'anthropic', stream };
}
