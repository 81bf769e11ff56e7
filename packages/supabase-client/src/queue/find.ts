import type { Sql, Tx } from '../db.ts';
import type { QueueJob } from './job.ts';

export async function findJob(sql: Sql | Tx, jobId: string): Promise<QueueJob | null> {
  const [row] = await sql<QueueJob[]>`select * from public.queue_jobs where id = ${jobId}`;
  return row ?? null;
}
