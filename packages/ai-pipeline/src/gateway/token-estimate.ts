import type { ChatMessage } from '../providers/provider.ts';

// No tokenizer runs offline for every model, so tokens are estimated from UTF-8 bytes: one token
// per three bytes, rounded up. Tokenizers average about four characters of English a token and
// one or two CJK characters (three bytes each), so this errs towards charging more, never less.
const BYTES_PER_TOKEN = 3;
// The role and separators each message adds around its text.
const TOKENS_PER_MESSAGE = 4;

/** A conservative estimate of the tokens in `bytes` bytes of UTF-8 text. */
export function tokensForBytes(bytes: number): number {
  return Math.ceil(bytes / BYTES_PER_TOKEN);
}

function estimateTokens(text: string): number {
  return tokensForBytes(Buffer.byteLength(text, 'utf8'));
}

/** A conservative estimate of a request's input tokens: the system prompt and every message. */
export function estimateRequestTokens(system: string | undefined, messages: readonly ChatMessage[]): number {
  const texts = system === undefined ? messages.map((message) => message.content) : [system, ...messages.map((message) => message.content)];
  return texts.reduce((sum, text) => sum + estimateTokens(text) + TOKENS_PER_MESSAGE, 0);
}
