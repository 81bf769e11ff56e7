import type { Logger } from '@ordo/config';
import { type Db, prune, pruneScheduleTicks, type Retention } from '@ordo/supabase-client';
import { every, type Periodic } from './every.ts';

export const CLEANER_INTERVAL_MS = 10 * 60_000;
// Schedule ticks matter only for catching up after downtime (a day at most) and deduplicating.
const KEEP_SCHEDULE_TICKS_SECONDS = 7 * 86_400;
const BATCH_SIZE = 5000;

/** Deletes finished jobs past their retention (completed soon, failed later), in batches, and old schedule ticks. */
export function startCleaner(db: Db, retention: Retention, log: Logger, intervalMs = CLEANER_INTERVAL_MS): Periodic {
  return every(intervalMs, 'job retention', log, async () => {
    let deleted: number;
    do {
      deleted = await prune(db.sql, { ...retention, batchSize: BATCH_SIZE });
      if (deleted > 0) log.info({ deleted }, 'pruned finished jobs');
    } while (deleted === BATCH_SIZE);
    await pruneScheduleTicks(db.sql, KEEP_SCHEDULE_TICKS_SECONDS);
  });
}
