import type { Logger } from '@ordo/config';
import { type AlarmRule, type Db, raiseFailureAlerts } from '@ordo/supabase-client';
import { every, type Periodic } from './every.ts';

export const ALARM_CHECK_INTERVAL_MS = 60_000;

/**
 * Checks failure counts per job type and, past the threshold, logs an error-level alert and records
 * it in queue_alerts (once per window across all workers), so a job type that fails every time
 * cannot fail quietly.
 */
export function startFailureAlarm(db: Db, rule: AlarmRule, log: Logger, intervalMs = ALARM_CHECK_INTERVAL_MS): Periodic {
  return every(intervalMs, 'failure alarm', log, async () => {
    for (const alert of await raiseFailureAlerts(db.sql, rule)) {
      log.error({ alert }, `ALERT: ${alert.failures} ${alert.job_type} jobs failed in the last ${alert.window_seconds} s (threshold ${alert.threshold})`);
    }
  });
}
