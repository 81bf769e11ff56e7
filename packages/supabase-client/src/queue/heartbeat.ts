import type { Sql, Tx } from '../db.ts';

export interface HeartbeatResult {
  /** Jobs whose lease was extended. Any job not listed is no longer held by this worker. */
  held: string[];
  /** Held jobs whose cancel was requested. */
  cancelRequested: string[];
}

/** Extends the leases of every job `workerId` holds among `jobIds`, in one statement. */
export async function heartbeat(sql: Sql | Tx, workerId: string, jobIds: readonly string[], leaseSeconds: number): Promise<HeartbeatResult> {
  if (jobIds.length === 0) return { held: [], cancelRequested: [] };
  const rows = await sql<{ id: string; cancel_requested: boolean }[]>`
    update public.queue_jobs
    set lease_expires_at = now() + make_interval(secs => ${leaseSeconds}), updated_at = now()
    where id = any(${jobIds as string[]}::uuid[]) and locked_by = ${workerId} and status = 'processing'
    returning id, cancel_requested_at is not null as cancel_requested`;
  return { held: rows.map((row) => row.id), cancelRequested: rows.filter((row) => row.cancel_requested).map((row) => row.id) };
}
