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

/** Which provider serves calls when none is asked for: the first with a key, else the offline parser. */
export function defaultProvider(keys: { OPENAI_API_KEY?: string; ANTHROPIC_API_KEY?: string }): Provider {
  if (keys.ANTHROPIC_API_KEY) return 'anthropic';
  if (keys.OPENAI_API_KEY) return 'openai';
  return 'offline';
}
