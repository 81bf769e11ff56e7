import type { JobStatus } from '@ordo/shared-types';
import type { Sql, Tx } from '../db.ts';

export interface QueueStats {
  /** Job counts by type and status (with `finished: false`, pending, processing and failed only). */
  counts: { job_type: string; status: JobStatus; count: number }[];
  /** Age of the oldest due pending job per type, in seconds. */
  oldestPending: { job_type: string; age_seconds: number }[];
}

export interface QueueStatsOptions {
  /**
   * Also count completed and cancelled jobs. Those are kept for their retention period and have no
   * index by status, so counting them reads the whole table: for an operator's occasional look,
   * not for a metrics scrape every few seconds. Default false.
   */
  finished?: boolean;
}

/**
 * The queue's state by job type. Without `finished`, each count is read through the partial index
 * of its status (claim, lease, failed), so its cost follows the live and failed jobs, not the
 * completed rows kept. Pending jobs are read once, for their count and their oldest due job.
 */
export async function queueStats(sql: Sql | Tx, options: QueueStatsOptions = {}): Promise<QueueStats> {
  const finished = options.finished
    ? sql`
      union all
      select job_type, status, count(*)::int, null from public.queue_jobs
      where status in ('completed', 'cancelled') group by job_type, status`
    : sql``;
  const rows = await sql<(QueueStats['counts'][number] & { age_seconds: number | null })[]>`
    select job_type, status, count, age_seconds from (
      select job_type, 'pending' as status, count(*)::int as count,
             extract(epoch from now() - min(run_at) filter (where run_at <= now()))::float8 as age_seconds
      from public.queue_jobs where status = 'pending' group by job_type
      union all
      select job_type, 'processing', count(*)::int, null from public.queue_jobs
      where status = 'processing' group by job_type
      union all
      select job_type, 'failed', count(*)::int, null from public.queue_jobs
      where status = 'failed' group by job_type
      ${finished}
    ) as counted
    order by job_type, status`;
  return {
    counts: rows.map(({ job_type, status, count }) => ({ job_type, status, count })),
    oldestPending: rows.flatMap(({ job_type, age_seconds }) => (age_seconds === null ? [] : [{ job_type, age_seconds }])),
  };
}
