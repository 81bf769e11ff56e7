import { NOTIFICATION_CHANNELS, NOTIFICATION_DELIVERY_PURPOSE } from '@ordo/shared-types';
import type { Sql } from '@ordo/supabase-client';
import type { OpenDeliveryAlert } from '../delivery/brief-delivery-stats.ts';

/**
 * What became of the notifications due in a window, on one channel. Each (notification, channel)
 * counts once, by its delivery's status: sent (the provider took it, no later report), delivered
 * and undelivered (Twilio's status callback), skipped, failed (failed or bounced), uncertain, and
 * pending (being sent, waiting for quiet hours to end, or not tried yet). They add up to due.
 */
export interface ChannelNotificationStats {
  channel: string;
  due: number;
  sent: number;
  delivered: number;
  undelivered: number;
  skipped: number;
  failed: number;
  uncertain: number;
  pending: number;
}

export interface NotificationDeliveryStats {
  from: Date;
  to: Date;
  channels: ChannelNotificationStats[];
  /** Unacknowledged delivery alarms raised in the window. */
  alerts: OpenDeliveryAlert[];
}

/** Notifications with due_at in (from, to], per channel (every channel listed, even with none due). */
export async function notificationDeliveryStats(sql: Sql, from: Date, to: Date): Promise<NotificationDeliveryStats> {
  const [channels, alerts] = await Promise.all([
    sql<ChannelNotificationStats[]>`
      with due as (
        select n.id, c.channel from public.notifications n cross join lateral unnest(n.channels) as c(channel)
        where n.due_at > ${from} and n.due_at <= ${to}
      )
      select c.channel,
        count(d.id)::int as due,
        count(*) filter (where x.status = 'sent')::int as sent,
        count(*) filter (where x.status = 'delivered')::int as delivered,
        count(*) filter (where x.status = 'undelivered')::int as undelivered,
        count(*) filter (where x.status = 'skipped')::int as skipped,
        count(*) filter (where x.status in ('failed', 'bounced'))::int as failed,
        count(*) filter (where x.status = 'uncertain')::int as uncertain,
        count(*) filter (where d.id is not null and (x.id is null or x.status = 'sending'))::int as pending
      from unnest(${[...NOTIFICATION_CHANNELS]}::text[]) as c(channel)
      left join due d on d.channel = c.channel
      left join public.deliveries x on x.purpose = ${NOTIFICATION_DELIVERY_PURPOSE} and x.source_id = d.id and x.channel = d.channel
      group by c.channel
      order by c.channel`,
    sql<OpenDeliveryAlert[]>`
      select job_type, failures, threshold, window_seconds, created_at from public.queue_alerts
      where job_type like 'delivery.%' and acknowledged_at is null and created_at > ${from} and created_at <= ${to}
      order by created_at desc`,
  ]);
  return { from, to, channels: [...channels], alerts: [...alerts] };
}
