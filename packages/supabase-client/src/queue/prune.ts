import type { Sql, Tx } from '../db.ts';

export interface Retention {
  /** Completed and cancelled jobs are deleted this long after they finished. */
  completedSeconds: number;
  /** Failed jobs are kept longer, for diagnosis. */
  failedSeconds: number;
  /** Most rows of each kind (completed or cancelled, failed) per call (default 5000), so one call never holds locks for long. */
  batchSize?: number;
}

export const DEFAULT_RETENTION: Retention = { completedSeconds: 7 * 86_400, failedSeconds: 30 * 86_400 };

/**
 * Deletes finished jobs past their retention; returns how many. Completed and cancelled jobs have no
 * index of their own (a completion would pay for its entry): they are found by primary key, since a
 * job finished before the cutoff was created before it and ids are time-ordered (UUID v7). Failed
 * jobs come from their own small index.
 */
export async function prune(sql: Sql | Tx, retention: Retention = DEFAULT_RETENTION): Promise<number> {
  const limit = retention.batchSize ?? 5000;
  const rows = await sql`
    with done as materialized (
      select id from public.queue_jobs
      where id < public.uuid_v7_floor(now() - make_interval(secs => ${retention.completedSeconds}))
        and status in ('completed', 'cancelled') and finished_at < now() - make_interval(secs => ${retention.completedSeconds})
      limit ${limit}
      for update skip locked
    ),
    failed as materialized (
      select id from public.queue_jobs
      where status = 'failed' and finished_at < now() - make_interval(secs => ${retention.failedSeconds})
      limit ${limit}
      for update skip locked
    )
    -- By primary key, not a join to the CTEs (which can be planned as a scan of the whole table).
    delete from public.queue_jobs q where q.id = any(array(select id from done union all select id from failed))
    returning q.id`;
  return rows.length;
}
