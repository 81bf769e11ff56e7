import type { Logger } from '@ordo/config';
import { type Backoff, type Db, rescueExpired } from '@ordo/supabase-client';
import { every, type Periodic } from './every.ts';

export interface RescuerConfig {
  /** At most 10 s, so a job is back in the queue well within 30 s of its lease running out. */
  intervalMs: number;
  backoff: Backoff;
}

const BATCH_SIZE = 1000;

/** Puts jobs whose lease expired (dead or stalled worker) back in the queue. Every worker runs one; SKIP LOCKED keeps them apart. */
export function startRescuer(db: Db, config: RescuerConfig, log: Logger): Periodic {
  return every(config.intervalMs, 'rescue of expired jobs', log, async () => {
    let rescued: number;
    do {
      rescued = await rescueExpired(db.sql, { backoff: config.backoff, batchSize: BATCH_SIZE });
      if (rescued > 0) log.warn({ rescued }, 'rescued jobs whose lease expired');
    } while (rescued === BATCH_SIZE);
  });
}
