import type { BusyInterval } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';
import { openTask, taskEnd } from './schedule-sql.ts';

interface BusyRow {
  start_at: Date | null;
  end_at: Date | null;
  start_date: string | null;
  end_date: string | null;
  all_day: boolean;
}

/**
 * Everything that already takes the person's time between two instants (inside a transaction as
 * them): busy events of every synced calendar (calendar_busy_intervals: times only), open tasks
 * scheduled by start_at, and the blocks of open split tasks. Tasks in `exceptTaskIds` are left out
 * (the ones being placed again).
 */
export async function readBusyTime(tx: Tx, from: Date, to: Date, defaultMinutes: number, exceptTaskIds: string[] = []): Promise<BusyInterval[]> {
  const events = await tx<BusyRow[]>`
    select start_at, end_at, start_date, end_date, all_day from public.calendar_busy_intervals(${from}, ${to})`;
  const except = tx.array(exceptTaskIds);
  const tasks = await tx<{ start_at: Date; end_at: Date }[]>`
    select t.start_at, ${taskEnd(tx, defaultMinutes)} as end_at
    from public.tasks t
    where ${openTask(tx)} and t.start_at is not null and t.id <> all(${except}::uuid[])
      and not exists (select 1 from public.task_blocks b where b.task_id = t.id)
      and t.start_at < ${to} and ${taskEnd(tx, defaultMinutes)} > ${from}
    union all
    select b.start_at, b.end_at
    from public.task_blocks b
    join public.tasks t on t.id = b.task_id
    where ${openTask(tx)} and t.id <> all(${except}::uuid[]) and b.start_at < ${to} and b.end_at > ${from}`;
  const busy: BusyInterval[] = [];
  for (const event of events) {
    if (event.all_day && event.start_date && event.end_date) busy.push({ kind: 'all_day', start_date: event.start_date, end_date: event.end_date });
    else if (event.start_at && event.end_at) busy.push({ kind: 'timed', start_at: event.start_at, end_at: event.end_at });
  }
  for (const task of tasks) busy.push({ kind: 'timed', start_at: task.start_at, end_at: task.end_at });
  return busy;
}
