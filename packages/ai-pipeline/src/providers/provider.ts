import type { Provider } from '../models.ts';

/** A provider that serves model calls over the network (the offline parser is not one). */
export type HostedProvider = Exclude<Provider, 'offline'>;

export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface ProviderStreamRequest {
  model: string;
  system?: string;
  messages: ChatMessage[];
  maxOutputTokens: number;
  /** Aborting it must stop the upstream HTTP request. */
  signal: AbortSignal;
}

/**
 * What a provider stream yields: text as it arrives, token counts when the provider reports them,
 * and `alive` for frames without text (role headers, pings), which still prove the stream is moving.
 */
export type ProviderChunk =
  | { type: 'text'; text: string }
  | { type: 'usage'; inputTokens: number; outputTokens: number }
  | { type: 'alive' };

/** A narrow wrapper over one official SDK: one streamed chat completion, errors classified. */
export interface ProviderClient {
  readonly name: HostedProvider;
  /** Throws ProviderCallError for anything that went wrong upstream. */
  stream(request: ProviderStreamRequest): AsyncIterable<ProviderChunk>;
}
