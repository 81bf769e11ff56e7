import { z } from 'zod';

/** What a call is for; each purpose maps to a model tier so cost follows the need. */
export const purposeSchema = z.enum(['plan', 'write', 'check']);
export type Purpose = z.infer<typeof purposeSchema>;

export const providerSchema = z.enum(['offline', 'openai', 'anthropic']);
export type Provider = z.infer<typeof providerSchema>;

/** Default model for each purpose per provider: strongest for planning, fastest for checks. */
export const defaultModels: Record<Exclude<Provider, 'offline'>, Record<Purpose, string>> = {
  anthropic: { plan: 'claude-opus-4-5', write: 'claude-sonnet-4-5', check: 'claude-haiku-4-5' },
  openai: { plan: 'gpt-5', write: 'gpt-5-mini', check: 'gpt-5-nano' },
};

/**
 * Which provider serves calls when none is asked for: the first with a key (an OPENAI_BASE_URL alone
 * counts, for local OpenAI-compatible servers that need none), else the offline parser.
 */
export function defaultProvider(keys: {
  OPENAI_API_KEY?: string | undefined;
  OPENAI_BASE_URL?: string | undefined;
  ANTHROPIC_API_KEY?: string | undefined;
}): Provider {
  if (keys.ANTHROPIC_API_KEY) return 'anthropic';
  if (keys.OPENAI_API_KEY || keys.OPENAI_BASE_URL) return 'openai';
  return 'offline';
}
