import type { Sql } from '@ordo/supabase-client';

export interface DeliveryAlarmRule {
  /** At least this many deliveries of one channel failed, bounced, were undelivered or became uncertain in the window… */
  minFailures: number;
  /** …and they are at least this share (0–1) of that channel's settled deliveries in the window. */
  minShare: number;
  windowSeconds: number;
}

/**
 * Defaults: 5 bad deliveries and half of all in 15 minutes. Five keeps one person's dead mailbox
 * from paging anyone; half means a run of 220 failures out of 220 alarms within minutes, while
 * a few bounces in a busy morning's thousands do not.
 */
export const DEFAULT_DELIVERY_ALARM_RULE: DeliveryAlarmRule = { minFailures: 5, minShare: 0.5, windowSeconds: 900 };

export interface RaisedDeliveryAlert {
  id: string;
  /** `delivery.<channel>`, as recorded in queue_alerts.job_type. */
  job_type: string;
  channel: string;
  failures: number;
  settled: number;
  threshold: number;
  window_seconds: number;
}

/**
 * Records a queue_alerts row (job_type `delivery.<channel>`) for every channel whose deliveries
 * settled in the window are failing past the rule, unless an open alert for it was raised within
 * the window already. Under the same advisory lock as the job failure alarm, so two workers never
 * raise one alert twice. Counts delivery rows, not jobs: a send that fails transiently is retried
 * by a job that has not failed (yet), and an uncertain delivery's job completes. Per channel, so
 * email, SMS and push each alarm on their own; for SMS the provider's later verdict counts too
 * (`delivered`, or `undelivered` from Twilio's status callback).
 */
export async function raiseDeliveryAlerts(sql: Sql, rule: DeliveryAlarmRule): Promise<RaisedDeliveryAlert[]> {
  return sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext('ordo.queue_alerts'))`;
    return tx<RaisedDeliveryAlert[]>`
      with recent as (
        select channel,
               count(*) filter (where status in ('failed', 'bounced', 'uncertain', 'undelivered'))::int as failures,
               count(*)::int as settled
        from public.deliveries
        where status in ('sent', 'delivered', 'failed', 'bounced', 'uncertain', 'undelivered')
          and updated_at > now() - make_interval(secs => ${rule.windowSeconds})
        group by channel
      ),
      failing as (
        select 'delivery.' || channel as job_type, channel, failures, settled from recent
        where failures >= ${rule.minFailures} and failures >= ${rule.minShare}::float8 * settled
      ),
      raised as (
        insert into public.queue_alerts (job_type, window_seconds, failures, threshold)
        select f.job_type, ${rule.windowSeconds}, f.failures, ${rule.minFailures}
        from failing f
        where not exists (
          select 1 from public.queue_alerts a
          where a.job_type = f.job_type and a.acknowledged_at is null
            and a.created_at > now() - make_interval(secs => ${rule.windowSeconds})
        )
        returning id, job_type, failures, threshold, window_seconds
      )
      select r.id, r.job_type, f.channel, r.failures, f.settled, r.threshold, r.window_seconds
      from raised r join failing f using (job_type)`;
  }) as Promise<RaisedDeliveryAlert[]>;
}
