import type { Sql, Tx } from '../db.ts';
import type { ClaimedJob } from './claim.ts';

/**
 * The holder name of jobs a dispatcher has handed to an external broker (BullMQ) and no worker
 * has taken yet. The rescuer leaves them to sweepLostHandOffs, which does not count an attempt.
 */
export const HANDED_OFF = 'handed-off';

/**
 * Broker workers take over handed-off jobs: from here each taker is the lease holder, with the same
 * rules as a direct claim. Returns the jobs taken; a job not (or no longer) waiting for a taker is
 * left out: a duplicate delivery, or a job the sweeper took back. One statement for many jobs.
 */
export async function takeOver(sql: Sql | Tx, workerId: string, jobIds: readonly string[], leaseSeconds: number): Promise<ClaimedJob[]> {
  if (jobIds.length === 0) return [];
  return sql<ClaimedJob[]>`
    update public.queue_jobs
    set locked_by = ${workerId}, lease_expires_at = now() + make_interval(secs => ${leaseSeconds}), started_at = now(), updated_at = now()
    where id = any(${jobIds as string[]}::uuid[]) and status = 'processing' and locked_by = ${HANDED_OFF}
    returning id, user_id, job_type, payload, priority, run_at, attempts, max_attempts, checkpoints, lease_expires_at`;
}

/** Hand-offs nobody took within their lease go back to pending at once, the attempt not counted. Returns how many. */
export async function sweepLostHandOffs(sql: Sql | Tx): Promise<number> {
  const rows = await sql`
    with lost as materialized (
      select id from public.queue_jobs
      where status = 'processing' and locked_by = ${HANDED_OFF} and lease_expires_at < now()
      limit 1000
      for update skip locked
    )
    update public.queue_jobs q
    set status = 'pending', attempts = greatest(q.attempts - 1, 0), run_at = now(), locked_by = null, lease_expires_at = null,
        updated_at = now()
    -- By primary key, not a join to the CTE (which can be planned as a scan of the whole table).
    where q.id = any(array(select id from lost))
    returning q.id`;
  return rows.length;
}
