import { MISSED_LOOKBACK_DAYS, type MissedBlock } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';
import { database } from '../db.ts';
import { readSchedulingPreferences } from './preferences.ts';
import { openTask, scheduleEnd, taskEnd } from './schedule-sql.ts';

/**
 * Whether a task's scheduled work all ended before now, in the last week, while it is still open:
 * for a query over `public.tasks t`. A split task with a block still to come is not missed.
 */
export const missedTask = (tx: Tx, now: Date, defaultMinutes: number) =>
  tx`${scheduleEnd(tx, defaultMinutes)} <= ${now}
     and ${scheduleEnd(tx, defaultMinutes)} > ${now}::timestamptz - make_interval(days => ${MISSED_LOOKBACK_DAYS}::int)`;

/** The blocks of the person's missed tasks, earliest first (inside a transaction as them). */
export async function readMissedBlocks(tx: Tx, now: Date, defaultMinutes: number): Promise<MissedBlock[]> {
  return tx<MissedBlock[]>`
    with missed as (
      select t.id, t.title, t.start_at, ${taskEnd(tx, defaultMinutes)} as end_at
      from public.tasks t
      where ${openTask(tx)} and ${missedTask(tx, now, defaultMinutes)}
    )
    select m.id as task_id, m.title, coalesce(b.start_at, m.start_at) as start_at, coalesce(b.end_at, m.end_at) as end_at
    from missed m
    left join public.task_blocks b on b.task_id = m.id
    order by 3, 1`;
}

/** How many blocks the person missed (the dashboard's banner), through RLS. */
export async function countMissedBlocks(userId: string, now: Date): Promise<number> {
  return database().asUser(userId, async (tx) => {
    const preferences = await readSchedulingPreferences(tx, userId);
    return (await readMissedBlocks(tx, now, preferences.default_duration_minutes)).length;
  });
}
