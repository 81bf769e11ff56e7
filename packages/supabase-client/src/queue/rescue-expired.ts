import type { Sql, Tx } from '../db.ts';
import { type Backoff, DEFAULT_BACKOFF } from './backoff.ts';
import { HANDED_OFF } from './hand-off.ts';

export interface RescueOptions {
  backoff?: Backoff;
  /** Most jobs per call (default 1000); the rescuer calls again while a batch comes back full. */
  batchSize?: number;
}

/**
 * Jobs whose lease ran out (their worker died or stalled) count the attempt as failed: back to
 * pending after the same backoff as a failure, or failed when out of attempts; a job whose cancel
 * was requested is cancelled. Returns how many jobs were rescued. Lost broker hand-offs are
 * sweepLostHandOffs' business (no attempt ran, so none is counted).
 */
export async function rescueExpired(sql: Sql | Tx, options: RescueOptions = {}): Promise<number> {
  const { baseMs, capMs } = options.backoff ?? DEFAULT_BACKOFF;
  const rows = await sql`
    with expired as materialized (
      select id from public.queue_jobs
      where status = 'processing' and lease_expires_at < now() and locked_by <> ${HANDED_OFF}
      order by lease_expires_at
      limit ${options.batchSize ?? 1000}
      for update skip locked
    )
    update public.queue_jobs q
    set status = case when q.cancel_requested_at is not null then 'cancelled'
                      when q.attempts >= q.max_attempts then 'failed' else 'pending' end,
        run_at = case when q.cancel_requested_at is null and q.attempts < q.max_attempts
                      then now() + make_interval(secs => random() * least(${capMs}::float8, ${baseMs}::float8 * 2 ^ (q.attempts - 1)) / 1000)
                      else q.run_at end,
        finished_at = case when q.cancel_requested_at is not null or q.attempts >= q.max_attempts then now() end,
        last_error = 'lease expired: worker ' || q.locked_by || ' stopped renewing it',
        locked_by = null, lease_expires_at = null, updated_at = now()
    -- By primary key, not a join to the CTE (which can be planned as a scan of the whole table).
    where q.id = any(array(select id from expired))
    returning q.id`;
  return rows.length;
}
