import { type UsageSummary, usagePeriod } from '@ordo/shared-types';
import type { Db } from '../db.ts';
import { aiTokensUsedSince } from './ai-tokens-used.ts';
import { readEffectivePlan } from './effective-plan.ts';

/**
 * For the billing page: the person's plan at `now`, why they have it and until when, and each
 * metric's use this period against the plan's limit. Read in one transaction.
 */
export async function usageSummary(db: Db, userId: string, now = new Date()): Promise<UsageSummary> {
  const day = usagePeriod('brain_dumps', now);
  const month = usagePeriod('sms', now);
  return db.asService(async (tx) => {
    const [plan, counters, aiTokens] = await Promise.all([
      readEffectivePlan(tx, userId, now),
      tx<{ metric: string; used: number }[]>`
        select metric, used from public.usage_counters
        where user_id = ${userId}
          and ((metric = 'brain_dumps' and period_start = ${day.start}) or (metric = 'sms' and period_start = ${month.start}))`,
      aiTokensUsedSince(tx, userId, usagePeriod('ai_tokens', now).start),
    ]);
    const counted = (metric: string) => counters.find((row) => row.metric === metric)?.used ?? 0;
    const { limits } = plan.plan;
    return {
      plan: plan.plan.id,
      reason: plan.reason,
      until: plan.until?.toISOString() ?? null,
      metrics: [
        { metric: 'brain_dumps', used: counted('brain_dumps'), limit: limits.brain_dumps, resets_at: day.resetsAt.toISOString() },
        { metric: 'ai_tokens', used: aiTokens, limit: limits.ai_tokens, resets_at: usagePeriod('ai_tokens', now).resetsAt.toISOString() },
        { metric: 'sms', used: counted('sms'), limit: limits.sms, resets_at: month.resetsAt.toISOString() },
      ],
    };
  });
}
