import type { JobStatus } from '@ordo/shared-types';
import type { Sql, Tx } from '../db.ts';
import type { QueueJob } from './job.ts';

export interface ListFilter {
  status?: JobStatus;
  type?: string;
  /** Default 50. */
  limit?: number;
}

/** Newest jobs first, optionally of one status and/or type. */
export async function listJobs(sql: Sql | Tx, filter: ListFilter = {}): Promise<QueueJob[]> {
  return sql<QueueJob[]>`
    select * from public.queue_jobs
    where (${filter.status ?? null}::text is null or status = ${filter.status ?? null})
      and (${filter.type ?? null}::text is null or job_type = ${filter.type ?? null})
    order by created_at desc, id
    limit ${filter.limit ?? 50}`;
}
