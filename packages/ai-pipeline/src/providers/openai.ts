import OpenAI from 'openai';
import type { ChatMessage, ProviderChunk, ProviderClient, ProviderStreamRequest } from './provider.ts';
import type { HttpFetch } from './http-fetch.ts';
import { classifySdkError, ProviderCallError } from './provider-error.ts';

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

/** Chat Completions, streamed, through the official SDK; also any OpenAI-compatible server. */
export function createOpenAiProvider(options: OpenAiProviderOptions): ProviderClient {
  // The gateway decides retries and fallback, so the SDK must not retry behind its back.
  const client = new OpenAI({
    apiKey: options.apiKey ?? 'not-needed-by-local-servers',
    baseURL: options.baseUrl ?? null,
    maxRetries: 0,
    timeout: options.timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  async function* stream(request: ProviderStreamRequest): AsyncIterable<ProviderChunk> {
    try {
      const chunks = await client.chat.completions.create(
        {
          model: request.model,
          messages: toMessages(request.system, request.messages),
          max_completion_tokens: request.maxOutputTokens,
          stream: true,
          stream_options: { include_usage: true },
        },
        { signal: request.signal },
      );
      let finished = false;
      for await (const chunk of chunks) {
        const choice = chunk.choices[0];
        if (choice?.finish_reason) finished = true;
        const text = choice?.delta?.content;
        if (text) yield { type: 'text', text };
        else yield { type: 'alive' };
        if (chunk.usage) {
          yield { type: 'usage', inputTokens: chunk.usage.prompt_tokens, outputTokens: chunk.usage.completion_tokens };
        }
      }
      // The SDK ends iteration quietly when the connection drops or is aborted; a reply without a
      // finish reason is incomplete.
      if (!finished) throw new ProviderCallError('openai', 'connection', 'openai: the stream ended before the reply was complete');
    } catch (error) {
      throw toSdkError(error);
    }
  }

  return { name: 'openai', stream };
}
