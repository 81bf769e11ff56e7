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

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

/**
 * What a provider stream yields for each network read of the reply: the text of every event the read
 * completed, joined ('' for reads without text, such as role headers or pings, which still prove the
 * stream is moving), and the token counts once the provider has reported them in full.
 */
export interface ProviderChunk {
  text: string;
  usage: TokenUsage | null;
}

/** A narrow wrapper over one official SDK: one streamed chat completion, errors classified. */
export interface ProviderClient {
  readonly name: HostedProvider;
  /** Throws ProviderCallError for anything that went wrong upstream. */
  stream(request: ProviderStreamRequest): AsyncIterable<ProviderChunk>;
}
