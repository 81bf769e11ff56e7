export { aiTokensUsedSince } from './ai-tokens-used.ts';
export { readEffectivePlan } from './effective-plan.ts';
export {
  aiTokensLimitReached,
  notOnPlan,
  type PlanUsage,
  planTokenBudget,
  releasePlanUsage,
  takePlanUsage,
  takePlanUsageNow,
  type UsageSlot,
} from './plan-usage.ts';
export { releaseUsageSlot } from './release-usage-slot.ts';
export { type CountedMetric, takeUsageSlot, type UsageSlotRequest, type UsageSlotResult } from './take-usage-slot.ts';
export { usageSummary } from './usage-summary.ts';
