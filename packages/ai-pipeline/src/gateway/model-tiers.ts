import type { Env } from '@ordo/config';
import { defaultModels, type Purpose } from '../models.ts';
import type { HostedProvider } from '../providers/provider.ts';

const overrides = {
  openai: { plan: 'AI_MODEL_OPENAI_PLAN', write: 'AI_MODEL_OPENAI_WRITE', check: 'AI_MODEL_OPENAI_CHECK' },
  anthropic: { plan: 'AI_MODEL_ANTHROPIC_PLAN', write: 'AI_MODEL_ANTHROPIC_WRITE', check: 'AI_MODEL_ANTHROPIC_CHECK' },
} as const satisfies Record<HostedProvider, Record<Purpose, keyof Env>>;

/** The model serving `purpose` at `provider`: the AI_MODEL_* variable when set, else the default tier. */
export function modelFor(env: Env, provider: HostedProvider, purpose: Purpose): string {
  return env[overrides[provider][purpose]] ?? defaultModels[provider][purpose];
}
