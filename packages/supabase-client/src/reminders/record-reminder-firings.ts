import type { Tx } from '../db.ts';

export interface ReminderFiring {
  id: string;
  /** The fire_at it fired for. */
  fireAt: Date;
  outcome: 'notified' | 'missed';
}

/**
 * Marks reminders fired for the fire_at they were claimed with, in one statement: fired_at is
 * `at` for a notified one and null for a missed one. A reminder whose fire_at changed meanwhile
 * cannot be among them (the claim holds its row lock until this transaction ends).
 */
export async function recordReminderFirings(tx: Tx, firings: readonly ReminderFiring[], at: Date): Promise<void> {
  if (firings.length === 0) return;
  await tx`
    update public.task_reminders r
    set fired_for = f.fire_at,
        fired_at = case when f.outcome = 'notified' then ${at}::timestamptz end,
        fire_outcome = f.outcome
    from unnest(
      ${firings.map((firing) => firing.id)}::uuid[],
      ${firings.map((firing) => firing.fireAt.toISOString())}::timestamptz[],
      ${firings.map((firing) => firing.outcome)}::text[]
    ) as f(id, fire_at, outcome)
    where r.id = f.id`;
}
