import type { Sql, Tx } from '../db.ts';

/** The lease holder records that it stopped a job whose cancel was requested. True when applied. */
export async function finishCancelled(sql: Sql | Tx, workerId: string, jobId: string): Promise<boolean> {
  const rows = await sql`
    update public.queue_jobs
    set status = 'cancelled', finished_at = now(), locked_by = null, lease_expires_at = null,
        last_error = 'cancelled while running', updated_at = now()
    where id = ${jobId} and locked_by = ${workerId} and status = 'processing'
    returning id`;
  return rows.length === 1;
}
