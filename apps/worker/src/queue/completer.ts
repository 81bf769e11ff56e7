import type { Logger } from '@ordo/config';
import { completeMany, type Sql } from '@ordo/supabase-client';
import { persist } from './persist.ts';

interface Pending {
  id: string;
  result: unknown;
  deadline: number;
  resolve: (held: boolean) => void;
  reject: (error: unknown) => void;
}

// Completion statements in flight at once: while one is being written the next batch can already
// go, so a slow commit does not stall the handlers feeding the batch (measured in bench:queue).
const MAX_IN_FLIGHT = 2;

/**
 * Writes completions in batches without waiting to fill one: the first completion is written at
 * once, and those that arrive while writes are in flight go together in the next statement. Under
 * load that is one statement for many jobs; when idle it adds no delay.
 */
export class Completer {
  private queue: Pending[] = [];
  private inFlight = 0;

  constructor(
    private readonly sql: Sql,
    private readonly workerId: string,
    private readonly log: Logger,
  ) {}

  /** Resolves true when the job was completed, false when this worker no longer held it. */
  complete(id: string, result: unknown, deadline: number): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id, result, deadline, resolve, reject });
      if (this.inFlight < MAX_IN_FLIGHT) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.inFlight++;
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      let deadline = Number.POSITIVE_INFINITY;
      for (const entry of batch) deadline = Math.min(deadline, entry.deadline);
      try {
        const held = new Set(
          await persist(`complete ${batch.length} job(s)`, deadline, this.log, () =>
            completeMany(this.sql, this.workerId, batch.map(({ id, result }) => ({ id, result }))),
          ),
        );
        for (const entry of batch) entry.resolve(held.has(entry.id));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.inFlight--;
  }
}
