import type { Sql } from '../db.ts';
import { type Enqueued, type EnqueueRequest, enqueueMany } from './enqueue-many.ts';

/**
 * Enqueues the job of one schedule tick unless that tick was already enqueued (by this or any
 * other worker), in one transaction: null when another worker got there first.
 */
export async function enqueueScheduleTick(sql: Sql, schedule: string, tickAt: Date, request: EnqueueRequest): Promise<Enqueued | null> {
  return (await sql.begin(async (tx) => {
    const claimed = await tx`
      insert into public.queue_schedule_ticks (schedule, tick_at) values (${schedule}, ${tickAt})
      on conflict do nothing returning tick_at`;
    if (claimed.length === 0) return null;
    const [job] = await enqueueMany(tx, [{ ...request, dedupKey: request.dedupKey ?? `schedule:${schedule}:${tickAt.toISOString()}` }]);
    await tx`update public.queue_schedule_ticks set job_id = ${job?.id as string} where schedule = ${schedule} and tick_at = ${tickAt}`;
    return job ?? null;
  })) as Enqueued | null;
}

/** The latest tick recorded for a schedule, or null if it never ran. */
export async function lastScheduleTick(sql: Sql, schedule: string): Promise<Date | null> {
  const [row] = await sql<{ tick_at: Date }[]>`select max(tick_at) as tick_at from public.queue_schedule_ticks where schedule = ${schedule}`;
  return row?.tick_at ?? null;
}

/** Forgets ticks older than keepSeconds (they only matter for catch-up and dedup of recent ticks). */
export async function pruneScheduleTicks(sql: Sql, keepSeconds: number): Promise<number> {
  const rows = await sql`delete from public.queue_schedule_ticks where tick_at < now() - make_interval(secs => ${keepSeconds}) returning tick_at`;
  return rows.length;
}
