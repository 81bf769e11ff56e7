import type { Logger } from '@ordo/config';
import type { Db } from '@ordo/supabase-client';
import { every, type Periodic } from '../queue/every.ts';
import { ALARM_CHECK_INTERVAL_MS } from '../queue/failure-alarm.ts';
import { type DeliveryAlarmRule, raiseDeliveryAlerts } from './raise-delivery-alerts.ts';

/**
 * Checks each channel's recent deliveries and, past the rule, logs an error-level alert and
 * records it in queue_alerts beside the job failure alarm's: a channel that fails every send
 * cannot fail quietly, even while its jobs are still retrying.
 */
export function startDeliveryAlarm(db: Db, rule: DeliveryAlarmRule, log: Logger, intervalMs = ALARM_CHECK_INTERVAL_MS): Periodic {
  return every(intervalMs, 'delivery alarm', log, async () => {
    for (const alert of await raiseDeliveryAlerts(db.sql, rule)) {
      log.error(
        { alert },
        `ALERT: ${alert.failures} of ${alert.settled} ${alert.channel} deliveries failed or are uncertain in the last ${alert.window_seconds} s (threshold ${rule.minFailures} and ${Math.round(rule.minShare * 100)}%)`,
      );
    }
  });
}
