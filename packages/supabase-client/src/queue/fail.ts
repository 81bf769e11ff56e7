import type { Sql, Tx } from '../db.ts';
import { type Backoff, DEFAULT_BACKOFF } from './backoff.ts';

export interface Failure {
  error: string;
  /** Do not retry: the job fails now whatever attempts remain. */
  permanent?: boolean;
  backoff?: Backoff;
}

export type FailOutcome = { status: 'pending'; runAt: Date } | { status: 'failed' };

const MAX_ERROR_LENGTH = 4000;

/**
 * Records a failed attempt, only while `workerId` holds the lease. The job goes back to pending
 * after a full-jitter exponential delay, or to failed when it is permanent or out of attempts.
 * Null when the worker no longer holds the job.
 */
export async function fail(sql: Sql | Tx, workerId: string, jobId: string, failure: Failure): Promise<FailOutcome | null> {
  const { baseMs, capMs } = failure.backoff ?? DEFAULT_BACKOFF;
  const [row] = await sql<{ status: 'pending' | 'failed'; run_at: Date }[]>`
    update public.queue_jobs
    set status = case when ${failure.permanent ?? false} or attempts >= max_attempts then 'failed' else 'pending' end,
        run_at = case when ${failure.permanent ?? false} or attempts >= max_attempts then run_at
                 else now() + make_interval(secs => random() * least(${capMs}::float8, ${baseMs}::float8 * 2 ^ (attempts - 1)) / 1000) end,
        finished_at = case when ${failure.permanent ?? false} or attempts >= max_attempts then now() end,
        last_error = ${failure.error.slice(0, MAX_ERROR_LENGTH)},
        locked_by = null, lease_expires_at = null, updated_at = now()
    where id = ${jobId} and locked_by = ${workerId} and status = 'processing'
    returning status, run_at`;
  if (!row) return null;
  return row.status === 'failed' ? { status: 'failed' } : { status: 'pending', runAt: row.run_at };
}
