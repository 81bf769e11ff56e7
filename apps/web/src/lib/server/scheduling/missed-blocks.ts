import { MISSED_LOOKBACK_DAYS, type MissedBlock } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';
import type { Fragment } from 'postgres';
import { openTask, scheduleEnd, taskEnd } from './schedule-sql.ts';

const HOUR_MS = 3_600_000;
/** The longest one piece of scheduled work can last: a block, or a task's own duration (24 h). */
const LONGEST_PIECE_HOURS = 24;

/** Whether work ending at `end` ended before now, in the last week. */
const endedInLookback = (tx: Tx, end: Fragment, now: Date) =>
  tx`${end} <= ${now} and ${end} > ${now}::timestamptz - make_interval(days => ${MISSED_LOOKBACK_DAYS}::int)`;

/**
 * Whether a task's scheduled work all ended before now, in the last week, while it is still open:
 * for a query over `public.tasks t`. A split task with a block still to come is not missed.
 */
export const missedTask = (tx: Tx, now: Date, defaultMinutes: number) => endedInLookback(tx, scheduleEnd(tx, defaultMinutes), now);

/**
 * The ids of every task that can be missed now, found by index instead of by computing each open
 * task's schedule end: work that ended in the lookback window started at most a day before it
 * (tasks and blocks last at most 24 h), so the task's own start or one of its blocks' starts lies
 * between then and now. A superset: `missedTask` decides.
 */
export const missedCandidateIds = (tx: Tx, now: Date) => {
  const since = new Date(now.getTime() - (MISSED_LOOKBACK_DAYS * 24 + LONGEST_PIECE_HOURS) * HOUR_MS);
  return tx`
    select t.id from public.tasks t
    where ${openTask(tx)} and t.start_at > ${since} and t.start_at <= ${now}
    union
    select b.task_id from public.task_blocks b
    where b.start_at > ${since} and b.start_at <= ${now}`;
};

/** The blocks of the person's missed tasks, earliest first (inside a transaction as them). */
export async function readMissedBlocks(tx: Tx, now: Date, defaultMinutes: number): Promise<MissedBlock[]> {
  return missedBlocks(tx, now, defaultMinutes);
}

/** How many blocks the person missed (inside a transaction as them). */
export async function countMissedBlocksIn(tx: Tx, now: Date, defaultMinutes: number): Promise<number> {
  const [row] = await tx<{ count: number }[]>`select count(*)::int as count from (${missedBlocks(tx, now, defaultMinutes)}) missed`;
  return row?.count ?? 0;
}

function missedBlocks(tx: Tx, now: Date, defaultMinutes: number) {
  // Materialised in this order so each task's schedule end is computed for the candidates only
  // (left to itself the planner checks it on every open task, then joins).
  return tx<MissedBlock[]>`
    with candidate as materialized (${missedCandidateIds(tx, now)}),
    scheduled as materialized (
      select t.id, t.title, t.start_at, ${taskEnd(tx, defaultMinutes)} as end_at, ${scheduleEnd(tx, defaultMinutes)} as work_end
      from candidate c
      join public.tasks t on t.id = c.id
      where ${openTask(tx)}
    )
    select m.id as task_id, m.title, coalesce(b.start_at, m.start_at) as start_at, coalesce(b.end_at, m.end_at) as end_at
    from scheduled m
    left join public.task_blocks b on b.task_id = m.id
    where ${endedInLookback(tx, tx`m.work_end`, now)}
    order by 3, 1`;
}
