import type { Tx } from '../db.ts';
import type { CountedMetric } from './take-usage-slot.ts';

/**
 * Gives back a slot taken for work that then failed before doing anything (it never reached the
 * person, the provider, the model). `periodStart` is the period the slot was taken in, which is
 * not the current one when the period turned in between.
 */
export async function releaseUsageSlot(tx: Tx, slot: { userId: string; metric: CountedMetric; periodStart: Date }): Promise<void> {
  await tx`
    update public.usage_counters set used = used - 1, updated_at = now()
    where user_id = ${slot.userId} and metric = ${slot.metric} and period_start = ${slot.periodStart} and used > 0`;
}
