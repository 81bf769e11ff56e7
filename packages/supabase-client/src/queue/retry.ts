import type { Sql, Tx } from '../db.ts';
import { QueueError } from './job.ts';

/**
 * Operator retry: a failed or cancelled job runs again now, with a fresh set of attempts.
 * Kept checkpoints mean finished steps are still skipped. False when the job is not failed or cancelled.
 */
export async function retry(sql: Sql | Tx, jobId: string): Promise<boolean> {
  try {
    const rows = await sql`
      update public.queue_jobs
      set status = 'pending', attempts = 0, run_at = now(), finished_at = null, cancel_requested_at = null, updated_at = now()
      where id = ${jobId} and status in ('failed', 'cancelled')
      returning id`;
    return rows.length === 1;
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new QueueError('another pending or running job holds the same dedup key; it runs instead');
    }
    throw error;
  }
}
