import type { JSONValue } from 'postgres';
import type { Sql, Tx } from '../db.ts';

/**
 * Marks a job completed with its result, only while `workerId` holds its lease: a worker whose
 * lease expired (and whose job another worker may now hold) changes nothing. True when applied.
 */
export async function complete(sql: Sql | Tx, workerId: string, jobId: string, result: unknown = null): Promise<boolean> {
  const rows = await sql`
    update public.queue_jobs
    set status = 'completed', result = ${sql.json((result ?? null) as JSONValue)}, finished_at = now(),
        locked_by = null, lease_expires_at = null, updated_at = now()
    where id = ${jobId} and locked_by = ${workerId} and status = 'processing'
    returning id`;
  return rows.length === 1;
}
