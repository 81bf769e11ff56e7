import { type ClaimedJob, type Sql, takeOver } from '@ordo/supabase-client';

interface Waiting {
  id: string;
  resolve: (job: ClaimedJob | null) => void;
  reject: (error: unknown) => void;
}

// Take-over statements in flight at once; deliveries arriving meanwhile wait for the next one.
const MAX_IN_FLIGHT = 2;

/**
 * Batches the BullMQ driver's take-overs: the first delivery's is sent at once, and deliveries
 * arriving while statements are in flight go together in the next one. One statement per job was
 * the BullMQ driver's largest cost per job.
 */
export class TakeOverBatcher {
  private queue: Waiting[] = [];
  private inFlight = 0;

  constructor(
    private readonly sql: Sql,
    private readonly workerId: string,
    private readonly leaseSeconds: number,
  ) {}

  /** The job, now held by this worker; null when it is not waiting for a taker. */
  take(id: string): Promise<ClaimedJob | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id, resolve, reject });
      if (this.inFlight < MAX_IN_FLIGHT) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.inFlight++;
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        const taken = new Map((await takeOver(this.sql, this.workerId, batch.map((entry) => entry.id), this.leaseSeconds)).map((job) => [job.id, job]));
        for (const entry of batch) entry.resolve(taken.get(entry.id) ?? null);
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.inFlight--;
  }
}
