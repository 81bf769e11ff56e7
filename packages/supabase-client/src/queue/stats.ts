import type { JobStatus } from '@ordo/shared-types';
import type { Sql, Tx } from '../db.ts';

export interface QueueStats {
  /** Job counts by type and status. */
  counts: { job_type: string; status: JobStatus; count: number }[];
  /** Age of the oldest due pending job per type, in seconds. */
  oldestPending: { job_type: string; age_seconds: number }[];
}

export async function queueStats(sql: Sql | Tx): Promise<QueueStats> {
  const [counts, oldestPending] = await Promise.all([
    sql<QueueStats['counts']>`
      select job_type, status, count(*)::int as count from public.queue_jobs group by job_type, status order by job_type, status`,
    sql<QueueStats['oldestPending']>`
      select job_type, extract(epoch from now() - min(run_at))::float8 as age_seconds
      from public.queue_jobs where status = 'pending' and run_at <= now()
      group by job_type order by job_type`,
  ]);
  return { counts: [...counts], oldestPending: [...oldestPending] };
}
