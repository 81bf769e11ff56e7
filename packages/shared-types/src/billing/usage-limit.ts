import { z } from 'zod';
import { PLANS, planIdSchema, USAGE_PERIOD, type UsageMetric, usageMetricSchema } from './plans.ts';

/** Where a person sees their plan and upgrades. */
export const BILLING_SETTINGS_PATH = '/settings/billing';

export const planReasonSchema = z.enum(['trial', 'subscribed', 'grace', 'downgraded', 'free']);

/** One metric of a person's plan this period: what they used, what the plan allows, when it starts again. */
export const metricUsageSchema = z.object({
  metric: usageMetricSchema,
  used: z.int().nonnegative(),
  limit: z.int().nonnegative(),
  /** ISO time the count starts again (UTC midnight, or the first of the next UTC month). */
  resets_at: z.iso.datetime({ offset: true }),
});
export type MetricUsage = z.infer<typeof metricUsageSchema>;

/**
 * A limit reached: the 402 answer's `error.limit`, and what the upgrade prompt shows. `used` may
 * exceed `limit` after a downgrade (what a Pro month used still counts against Free's limit).
 */
export const usageLimitSchema = metricUsageSchema.extend({
  plan: planIdSchema,
  reason: planReasonSchema,
});
export type UsageLimit = z.infer<typeof usageLimitSchema>;

/** The billing page's meters: the plan, why the person has it (and until when), and each metric. */
export const usageSummarySchema = z.object({
  plan: planIdSchema,
  reason: planReasonSchema,
  until: z.iso.datetime({ offset: true }).nullable(),
  metrics: z.array(metricUsageSchema),
});
export type UsageSummary = z.infer<typeof usageSummarySchema>;

/** How each metric reads in a sentence. */
export const METRIC_NOUNS: Record<UsageMetric, string> = {
  brain_dumps: 'brain dumps',
  ai_tokens: 'AI tokens',
  sms: 'text messages',
};

const PERIOD_WORDS = { day: 'today', month: 'this month' } as const;
const PER_PERIOD = { day: 'a day', month: 'a month' } as const;

const count = (n: number) => n.toLocaleString('en-US');

/** When more is allowed, in words: the time for a daily count, the date for a monthly one (both UTC). */
export function resetPhrase(metric: UsageMetric, resetsAt: string): string {
  if (USAGE_PERIOD[metric] === 'day') return `at ${resetsAt.slice(11, 16)} UTC`;
  const date = new Date(resetsAt).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  return `on ${date} (UTC)`;
}

/**
 * The sentence a person reads when a limit stops them, e.g. "You've used 3 of 3 brain dumps today
 * on Free; more at 00:00 UTC, or upgrade to Pro". After a downgrade it says the Pro plan ended.
 */
export function usageLimitMessage(limit: UsageLimit): string {
  const plan = PLANS[limit.plan];
  const noun = METRIC_NOUNS[limit.metric];
  const ended = limit.reason === 'downgraded';
  const upgrade = plan.id === 'free' ? `upgrade to ${PLANS.pro.name}${ended ? ' again' : ''}` : null;
  if (limit.limit === 0) {
    const proAllows = `${count(PLANS.pro.limits[limit.metric])} ${noun} ${PER_PERIOD[USAGE_PERIOD[limit.metric]]}`;
    const notIncluded = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} are not part of ${plan.name}`;
    const lead = ended ? `Your ${PLANS.pro.name} plan ended, and ${notIncluded.charAt(0).toLowerCase()}${notIncluded.slice(1)}` : notIncluded;
    return upgrade ? `${lead}; ${upgrade} for ${proAllows}` : lead;
  }
  const period = PERIOD_WORDS[USAGE_PERIOD[limit.metric]];
  const used = `used ${count(limit.used)} of ${count(limit.limit)} ${noun} ${period}`;
  const more = `more ${resetPhrase(limit.metric, limit.resets_at)}${upgrade ? `, or ${upgrade}` : ''}`;
  if (ended) return `Your ${PLANS.pro.name} plan ended, so ${plan.name}'s limits apply: you've ${used}; ${more}`;
  return `You've ${used} on ${plan.name}; ${more}`;
}
