import type { Sql, Tx } from '../db.ts';

export interface Retention {
  /** Completed and cancelled jobs are deleted this long after they finished. */
  completedSeconds: number;
  /** Failed jobs are kept longer, for diagnosis. */
  failedSeconds: number;
  /** Most rows per call (default 5000), so one call never holds locks for long. */
  batchSize?: number;
}

export const DEFAULT_RETENTION: Retention = { completedSeconds: 7 * 86_400, failedSeconds: 30 * 86_400 };

/** Deletes finished jobs past their retention; returns how many. */
export async function prune(sql: Sql | Tx, retention: Retention = DEFAULT_RETENTION): Promise<number> {
  const rows = await sql`
    with old as materialized (
      select id from public.queue_jobs
      where (status in ('completed', 'cancelled') and finished_at < now() - make_interval(secs => ${retention.completedSeconds}))
         or (status = 'failed' and finished_at < now() - make_interval(secs => ${retention.failedSeconds}))
      limit ${retention.batchSize ?? 5000}
      for update skip locked
    )
    -- By primary key, not a join to the CTE (which can be planned as a scan of the whole table).
    delete from public.queue_jobs q where q.id = any(array(select id from old))
    returning q.id`;
  return rows.length;
}
