import type { JSONValue } from 'postgres';
import type { Sql, Tx } from '../db.ts';

/** Stores the output of a finished step, so a retry of the job skips it. Lease holder only. */
export async function saveCheckpoint(sql: Sql | Tx, workerId: string, jobId: string, step: string, output: unknown): Promise<boolean> {
  const rows = await sql`
    update public.queue_jobs
    set checkpoints = checkpoints || jsonb_build_object(${step}::text, ${sql.json((output ?? null) as JSONValue)}::jsonb), updated_at = now()
    where id = ${jobId} and locked_by = ${workerId} and status = 'processing'
    returning id`;
  return rows.length === 1;
}
