import type { Sql, Tx } from '../db.ts';
import { heldJobs } from './held-jobs.ts';

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
    with ${heldJobs(sql, workerId, jobIds.join(','))}
    update public.queue_jobs q
    set lease_expires_at = now() + make_interval(secs => ${leaseSeconds}), updated_at = now()
    from held
    where q.id = held.id and held.status = 'processing'
    returning q.id, q.cancel_requested_at is not null as cancel_requested`;
  return { held: rows.map((row) => row.id), cancelRequested: rows.filter((row) => row.cancel_requested).map((row) => row.id) };
}
