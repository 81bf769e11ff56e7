import type { Sql, Tx } from '../db.ts';
import { type Enqueued, type EnqueueRequest, enqueueMany } from './enqueue-many.ts';
import { QueueError } from './job.ts';

/** What a tick enqueues: worked out in the tick's transaction (`tx`), by the one worker that took the tick. */
export type TickJobs = (tx: Tx) => readonly EnqueueRequest[] | Promise<readonly EnqueueRequest[]>;

/**
 * Takes one schedule tick and enqueues its jobs, in one transaction; null when this or another
 * worker already took the tick. Each job's dedup key (default `schedule:<name>:<tick>`, fine for a
 * tick of one job) is enqueued once per schedule: keys an earlier tick enqueued are skipped, so a
 * fan-out tick may list everyone due and only the new ones are queued. Returns the jobs enqueued.
 */
export async function enqueueScheduleTick(sql: Sql, schedule: string, tickAt: Date, jobs: TickJobs): Promise<Enqueued[] | null> {
  return (await sql.begin(async (tx) => {
    const claimed = await tx`
      insert into public.queue_schedule_ticks (schedule, tick_at) values (${schedule}, ${tickAt})
      on conflict do nothing returning tick_at`;
    if (claimed.length === 0) return null;
    const requests = (await jobs(tx)).map((request) => ({ ...request, dedupKey: request.dedupKey ?? `schedule:${schedule}:${tickAt.toISOString()}` }));
    const keys = requests.map((request) => request.dedupKey);
    const repeated = keys.find((key, index) => keys.indexOf(key) !== index);
    if (repeated !== undefined) throw new QueueError(`schedule "${schedule}": two jobs of one tick have the dedup key "${repeated}"`);
    if (requests.length === 0) return [];
    const fresh = await tx<{ dedup_key: string }[]>`
      insert into public.queue_schedule_jobs (schedule, dedup_key, tick_at)
      select ${schedule}, key, ${tickAt} from unnest(${keys}::text[]) as key
      on conflict do nothing returning dedup_key`;
    const freshKeys = new Set(fresh.map((row) => row.dedup_key));
    const toEnqueue = requests.filter((request) => freshKeys.has(request.dedupKey));
    const enqueued = await enqueueMany(tx, toEnqueue);
    const ids = enqueued.map((job) => job.id);
    await tx`
      update public.queue_schedule_jobs as s set job_id = j.id
      from unnest(${toEnqueue.map((request) => request.dedupKey)}::text[], ${ids}::uuid[]) as j(dedup_key, id)
      where s.schedule = ${schedule} and s.dedup_key = j.dedup_key`;
    await tx`update public.queue_schedule_ticks set job_id = ${ids[0] ?? null} where schedule = ${schedule} and tick_at = ${tickAt}`;
    return enqueued;
  })) as Enqueued[] | null;
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
