import type { Env, Logger } from '@ordo/config';
import type { Db } from '@ordo/supabase-client';
import type { Drafter } from './drafter.ts';
import type { MonthlyTokenBudget } from './gateway/token-budget.ts';
import { createLlmDrafter } from './llm/drafter.ts';
import type { Provider } from './models.ts';
import { createOfflineDrafter } from './offline/drafter.ts';

export interface CreateDrafterOptions {
  provider: Provider;
  env: Env;
  /** Whose draft this is, for the LLM providers' call records and monthly budget. */
  userId?: string | null;
  /** Where LLM calls are recorded; the offline drafter records nothing. */
  db?: Db;
  /** The budget calls are checked against in `db`; default AI_MONTHLY_TOKEN_BUDGET. */
  monthlyTokenBudget?: MonthlyTokenBudget;
  logger?: Logger;
}

/** The drafter for a provider: the offline parser, or a model behind the LLM gateway. */
export function createDrafter(options: CreateDrafterOptions): Drafter {
  if (options.provider === 'offline') return createOfflineDrafter();
  return createLlmDrafter({
    provider: options.provider,
    env: options.env,
    userId: options.userId ?? null,
    ...(options.db ? { db: options.db } : {}),
    ...(options.monthlyTokenBudget !== undefined ? { monthlyTokenBudget: options.monthlyTokenBudget } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
