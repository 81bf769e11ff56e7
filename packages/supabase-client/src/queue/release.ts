import type { Sql, Tx } from '../db.ts';
import { heldJobs } from './held-jobs.ts';

/**
 * Hands jobs back on shutdown: pending again at once, and the interrupted attempt is not
 * counted (the job did not fail; the worker left). Lease holder only; returns the ids released.
 */
export async function release(sql: Sql | Tx, workerId: string, jobIds: readonly string[]): Promise<string[]> {
  if (jobIds.length === 0) return [];
  const rows = await sql<{ id: string }[]>`
    with ${heldJobs(sql, workerId, jobIds.join(','))}
    update public.queue_jobs q
    set status = 'pending', attempts = greatest(q.attempts - 1, 0), run_at = now(), locked_by = null, lease_expires_at = null, updated_at = now()
    from held
    where q.id = held.id and held.status = 'processing'
    returning q.id`;
  return rows.map((row) => row.id);
}
