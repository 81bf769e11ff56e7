import type { Logger } from '@ordo/config';

const FIRST_DELAY_MS = 100;
const MAX_DELAY_MS = 2_000;

/**
 * Retries a write-back (completion, failure, checkpoint) through connection loss until `deadline`
 * (the lease's end; after it the job is someone else's to run). A job whose completion call failed
 * must not run again just because the database blinked.
 */
export async function persist<T>(what: string, deadline: number, log: Logger, write: () => Promise<T>): Promise<T> {
  let delay = FIRST_DELAY_MS;
  for (;;) {
    try {
      return await write();
    } catch (err) {
      if (Date.now() + delay > deadline) throw err;
      log.warn({ err, what }, 'queue write failed; retrying');
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  }
}
