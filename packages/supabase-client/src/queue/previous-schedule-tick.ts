import type { Sql, Tx } from '../db.ts';

/**
 * The latest tick a schedule recorded before `before`, or null. A tick reads it in its own
 * transaction, where its own row already exists: what happened since the previous tick is its
 * window (all of a worker's downtime).
 */
export async function previousScheduleTick(sql: Sql | Tx, schedule: string, before: Date): Promise<Date | null> {
  const [row] = await sql<{ tick_at: Date | null }[]>`
    select max(tick_at) as tick_at from public.queue_schedule_ticks where schedule = ${schedule} and tick_at < ${before}`;
  return row?.tick_at ?? null;
}
