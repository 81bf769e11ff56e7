import type { JSONValue } from 'postgres';
import type { Sql, Tx } from '../db.ts';

/** Stores a running job's progress (shown live to its owner), only for the lease holder. */
export async function reportProgress(sql: Sql | Tx, workerId: string, jobId: string, progress: unknown): Promise<boolean> {
  const rows = await sql`
    update public.queue_jobs set progress = ${sql.json((progress ?? null) as JSONValue)}, updated_at = now()
    where id = ${jobId} and locked_by = ${workerId} and status = 'processing'
    returning id`;
  return rows.length === 1;
}
