import type { MonthlyTokenBudget } from '@ordo/ai-pipeline';
import {
  aiTokensLimitReached,
  type CountedMetric,
  notOnPlan,
  planTokenBudget,
  releasePlanUsage,
  takePlanUsageNow,
  usageSummary,
} from '@ordo/supabase-client';
import type { UsageSummary } from '@ordo/shared-types';
import { usageLimitReached } from '../api/errors.ts';
import { config } from '../config.ts';
import { database } from '../db.ts';

// Plans limit what people use only when billing is on (ENABLE_STRIPE). A self-hosted Ordo has no
// plans: every function here then does nothing and asks the database nothing.

export function planLimitsOn(): boolean {
  return config().ENABLE_STRIPE;
}

/**
 * Runs `work` as one use of `metric` on the person's plan: counted first, so two requests cannot
 * both take the last one (402 naming the limit when the plan allows no more), and given back when
 * `work` throws, having done nothing. Call it after validating the request.
 */
export async function withPlanUsage<T>(userId: string, metric: CountedMetric, work: () => Promise<T>): Promise<T> {
  if (!planLimitsOn()) return work();
  const usage = await takePlanUsageNow(database(), userId, metric);
  if (!usage.allowed) throw usageLimitReached(usage.limit);
  try {
    return await work();
  } catch (error) {
    await releasePlanUsage(database(), usage.slot);
    throw error;
  }
}

/** 402 when the person has no AI tokens left this month on their plan. */
export async function requireAiTokensLeft(userId: string): Promise<void> {
  if (!planLimitsOn()) return;
  const reached = await aiTokensLimitReached(database(), userId);
  if (reached) throw usageLimitReached(reached);
}

/** 402 when the person's plan includes no text messages. */
export async function requireSmsOnPlan(userId: string): Promise<void> {
  if (!planLimitsOn()) return;
  const missing = await notOnPlan(database(), userId, 'sms');
  if (missing) throw usageLimitReached(missing);
}

/** What the AI gateway checks a person's calls against: their plan's ai_tokens, or AI_MONTHLY_TOKEN_BUDGET for everyone. */
export function monthlyTokenBudget(): MonthlyTokenBudget {
  return planLimitsOn() ? planTokenBudget(database()) : config().AI_MONTHLY_TOKEN_BUDGET;
}

/** The billing page's meters: each limited thing's use this period against the person's plan. */
export function planUsageSummary(userId: string): Promise<UsageSummary> {
  return usageSummary(database(), userId);
}
