import type { Logger } from '@ordo/config';
import { type Db, sweepExpiredRows } from '@ordo/supabase-client';
import { every, type Periodic } from './queue/every.ts';

export const EXPIRED_ROWS_SWEEP_INTERVAL_MS = 60 * 60_000;

/** Deletes expired sessions, links, codes, OAuth states and old usage every hour. */
export function startExpiredRowsSweeper(db: Db, log: Logger, intervalMs = EXPIRED_ROWS_SWEEP_INTERVAL_MS): Periodic {
  return every(intervalMs, 'expired rows sweep', log, async () => {
    const swept = await sweepExpiredRows(db.sql);
    if (Object.values(swept).some((count) => count > 0)) log.info({ swept }, 'swept expired rows');
  });
}
