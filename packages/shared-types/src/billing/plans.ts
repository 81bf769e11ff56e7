import { z } from 'zod';

// What each plan allows, in one place. Used only when ENABLE_STRIPE is on: a self-hosted Ordo
// has no plans and no limits beyond AI_MONTHLY_TOKEN_BUDGET.

export const planIdSchema = z.enum(['free', 'pro']);
export type PlanId = z.infer<typeof planIdSchema>;

/** The limited things, each counted over its own period. */
export const usageMetricSchema = z.enum(['brain_dumps', 'ai_tokens', 'sms']);
export type UsageMetric = z.infer<typeof usageMetricSchema>;

/** The period a metric is counted over: brain dumps per UTC day, the rest per UTC calendar month. */
export const USAGE_PERIOD: Record<UsageMetric, 'day' | 'month'> = {
  brain_dumps: 'day',
  ai_tokens: 'month',
  sms: 'month',
};

export interface Plan {
  id: PlanId;
  name: string;
  /** How many of each metric a period allows; 0 means none at all. */
  limits: Record<UsageMetric, number>;
}

export const PLANS: Record<PlanId, Plan> = {
  free: { id: 'free', name: 'Free', limits: { brain_dumps: 3, ai_tokens: 100_000, sms: 0 } },
  pro: { id: 'pro', name: 'Pro', limits: { brain_dumps: 100, ai_tokens: 2_000_000, sms: 300 } },
};

export const TRIAL_DAYS = 14;
export const GRACE_DAYS = 7;

/** The billing row's fields the plan depends on (public.billing_accounts). */
export interface BillingAccountState {
  trial_ends_at: Date;
  subscription_status: string | null;
  grace_ends_at: Date | null;
}

/**
 * Why a person has the plan they have: on the app's trial, subscribed, in the grace period after a
 * failed payment, downgraded after it (free limits, nothing deleted), or free.
 */
export type PlanReason = 'trial' | 'subscribed' | 'grace' | 'downgraded' | 'free';

export interface EffectivePlan {
  plan: Plan;
  reason: PlanReason;
  /** When the current reason stops holding on its own (trial end, grace end); null when it does not. */
  until: Date | null;
}

const SUBSCRIBED = new Set(['active', 'trialing']);
const PAYMENT_TROUBLE = new Set(['past_due', 'unpaid', 'incomplete']);

export function effectivePlan(account: BillingAccountState, now: Date): EffectivePlan {
  const status = account.subscription_status;
  if (status !== null && SUBSCRIBED.has(status)) return { plan: PLANS.pro, reason: 'subscribed', until: null };
  if (status !== null && PAYMENT_TROUBLE.has(status) && account.grace_ends_at !== null) {
    return account.grace_ends_at > now
      ? { plan: PLANS.pro, reason: 'grace', until: account.grace_ends_at }
      : { plan: PLANS.free, reason: 'downgraded', until: null };
  }
  if (account.trial_ends_at > now) return { plan: PLANS.pro, reason: 'trial', until: account.trial_ends_at };
  return { plan: PLANS.free, reason: status === null ? 'free' : 'downgraded', until: null };
}

/** The start of the period a metric is counted in at `now`, and the start of the next (when the count resets). */
export function usagePeriod(metric: UsageMetric, now: Date): { start: Date; resetsAt: Date } {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  if (USAGE_PERIOD[metric] === 'day') {
    const d = now.getUTCDate();
    return { start: new Date(Date.UTC(y, m, d)), resetsAt: new Date(Date.UTC(y, m, d + 1)) };
  }
  return { start: new Date(Date.UTC(y, m, 1)), resetsAt: new Date(Date.UTC(y, m + 1, 1)) };
}
