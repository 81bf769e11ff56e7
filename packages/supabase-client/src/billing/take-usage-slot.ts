import type { Tx } from '../db.ts';

/** The metrics counted in usage_counters (AI tokens are counted by the gateway's ledger). */
export type CountedMetric = 'brain_dumps' | 'sms';

export interface UsageSlotRequest {
  userId: string;
  metric: CountedMetric;
  /** The start of the period counted in (usagePeriod(metric, now).start). */
  periodStart: Date;
  /** What the period allows; 0 allows nothing. */
  limit: number;
}

/** Taken: `used` now counts this one. Refused: nothing was counted, and `used` is the count as it stands. */
export type UsageSlotResult = { taken: true; used: number } | { taken: false; used: number };

/**
 * Counts one use of `metric` in the period, only while fewer than `limit` are counted: a single
 * conditional upsert, so of concurrent requests at the last slot exactly one gets it (the others
 * wait for its row lock and then see the new count), and a refused attempt writes nothing.
 */
export async function takeUsageSlot(tx: Tx, request: UsageSlotRequest): Promise<UsageSlotResult> {
  const { userId, metric, periodStart, limit } = request;
  const [taken] = await tx<{ used: number }[]>`
    insert into public.usage_counters as c (user_id, metric, period_start, used)
    select ${userId}, ${metric}, ${periodStart}, 1 where ${limit}::int > 0
    on conflict (user_id, metric, period_start) do update set used = c.used + 1, updated_at = now()
      where c.used < ${limit}::int
    returning used`;
  if (taken) return { taken: true, used: taken.used };
  // A new statement: it sees the count that refused this one, committed by whoever took the slot.
  const [current] = await tx<{ used: number }[]>`
    select used from public.usage_counters where user_id = ${userId} and metric = ${metric} and period_start = ${periodStart}`;
  return { taken: false, used: current?.used ?? 0 };
}
