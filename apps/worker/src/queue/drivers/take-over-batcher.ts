import { type ClaimedJob, type Sql, takeOver } from '@ordo/supabase-client';
import { WriteBatcher } from '../write-batcher.ts';

/**
 * The BullMQ driver's take-overs in batches (WriteBatcher): one statement per delivery was the
 * driver's largest cost per job.
 */
export class TakeOverBatcher {
  private readonly batcher: WriteBatcher<string, ClaimedJob | null>;

  constructor(sql: Sql, workerId: string, leaseSeconds: number) {
    this.batcher = new WriteBatcher(async (ids) => {
      const taken = new Map((await takeOver(sql, workerId, ids, leaseSeconds)).map((job) => [job.id, job]));
      return ids.map((id) => taken.get(id) ?? null);
    });
  }

  /** The job, now held by this worker; null when it is not waiting for a taker. */
  take(id: string): Promise<ClaimedJob | null> {
    return this.batcher.add(id);
  }
}
