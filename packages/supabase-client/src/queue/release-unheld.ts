import type { Sql, Tx } from '../db.ts';

/**
 * Hands back the jobs a worker holds in the database but not in memory: those of a claim that
 * committed but whose answer was lost with its connection. Without this they would wait out their
 * lease. Pending again at once, with run_at and priority as they were and the attempt not counted
 * (the job never started); a job whose cancel was requested meanwhile is cancelled. The caller must
 * have no claim in flight, whose jobs would look unheld. Returns the ids handed back.
 */
export async function releaseUnheld(sql: Sql | Tx, workerId: string, heldIds: readonly string[]): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    update public.queue_jobs
    set status = case when cancel_requested_at is null then 'pending' else 'cancelled' end,
        attempts = greatest(attempts - 1, 0),
        finished_at = case when cancel_requested_at is null then null else now() end,
        locked_by = null, lease_expires_at = null, updated_at = now()
    where status = 'processing' and locked_by = ${workerId} and not (id = any(${heldIds as string[]}::uuid[]))
    returning id`;
  return rows.map((row) => row.id);
}
