import { type EffectivePlan, type UsageLimit, usagePeriod } from '@ordo/shared-types';
import type { Db, Tx } from '../db.ts';
import { aiTokensUsedSince } from './ai-tokens-used.ts';
import { readEffectivePlan } from './effective-plan.ts';
import { releaseUsageSlot } from './release-usage-slot.ts';
import { type CountedMetric, takeUsageSlot } from './take-usage-slot.ts';

/** A slot taken: what to give back if the work fails before doing anything. */
export interface UsageSlot {
  userId: string;
  metric: CountedMetric;
  periodStart: Date;
}

export type PlanUsage = { allowed: true; slot: UsageSlot } | { allowed: false; limit: UsageLimit };

function limitReached(metric: UsageLimit['metric'], used: number, { plan, reason }: EffectivePlan, now: Date): UsageLimit {
  return {
    metric,
    used,
    limit: plan.limits[metric],
    resets_at: usagePeriod(metric, now).resetsAt.toISOString(),
    plan: plan.id,
    reason,
  };
}

/**
 * Counts one use of `metric` against the person's plan at `now` (in the caller's transaction, as
 * the service), or says which limit stops it. See takeUsageSlot for why concurrent uses cannot
 * both take the last slot.
 */
export async function takePlanUsage(tx: Tx, userId: string, metric: CountedMetric, now: Date): Promise<PlanUsage> {
  const plan = await readEffectivePlan(tx, userId, now);
  const periodStart = usagePeriod(metric, now).start;
  const result = await takeUsageSlot(tx, { userId, metric, periodStart, limit: plan.plan.limits[metric] });
  return result.taken ? { allowed: true, slot: { userId, metric, periodStart } } : { allowed: false, limit: limitReached(metric, result.used, plan, now) };
}

/** takePlanUsage in a transaction of its own. */
export function takePlanUsageNow(db: Db, userId: string, metric: CountedMetric, now = new Date()): Promise<PlanUsage> {
  return db.asService((tx) => takePlanUsage(tx, userId, metric, now));
}

/** Gives back a slot whose work failed before doing anything. */
export async function releasePlanUsage(db: Db, slot: UsageSlot): Promise<void> {
  await db.asService((tx) => releaseUsageSlot(tx, slot));
}

/**
 * The ai_tokens limit, when the person has no tokens left this month on their plan; null while
 * some are left. A quick check before work that will call a model: the gateway's reservation is
 * what holds the limit exactly (it adds what the call may need).
 */
export async function aiTokensLimitReached(db: Db, userId: string, now = new Date()): Promise<UsageLimit | null> {
  return db.asService(async (tx) => {
    const plan = await readEffectivePlan(tx, userId, now);
    const used = await aiTokensUsedSince(tx, userId, usagePeriod('ai_tokens', now).start);
    return used >= plan.plan.limits.ai_tokens ? limitReached('ai_tokens', used, plan, now) : null;
  });
}

/** The limit of a metric the person's plan does not include at all (its limit is 0); null when it does. */
export async function notOnPlan(db: Db, userId: string, metric: UsageLimit['metric'], now = new Date()): Promise<UsageLimit | null> {
  const plan = await db.asService((tx) => readEffectivePlan(tx, userId, now));
  return plan.plan.limits[metric] === 0 ? limitReached(metric, 0, plan, now) : null;
}

/** The gateway's monthly token budget per person: their plan's ai_tokens at the time of the call. */
export function planTokenBudget(db: Db): (userId: string) => Promise<number> {
  return (userId) => db.asService(async (tx) => (await readEffectivePlan(tx, userId, new Date())).plan.limits.ai_tokens);
}
