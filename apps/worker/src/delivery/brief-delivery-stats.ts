import type { Sql } from '@ordo/supabase-client';
import { BRIEF_PURPOSE } from './claim-brief-delivery.ts';

/** A brief sent more than this after its send time counts as late. */
export const LATE_AFTER_MINUTES = 15;

/**
 * What became of the briefs due in a window, on one channel. Each due brief counts once, in the
 * first that applies: its delivery's status (sent, skipped, failed or bounced → failed, uncertain,
 * sending → pending), else its own (skipped by the scheduler, failed to generate, or not yet
 * delivered → pending). So due = sent + skipped + failed + uncertain + pending; late is part of sent.
 */
export interface ChannelBriefStats {
  channel: string;
  due: number;
  sent: number;
  late: number;
  skipped: number;
  failed: number;
  uncertain: number;
  pending: number;
}

export interface OpenDeliveryAlert {
  job_type: string;
  failures: number;
  threshold: number;
  window_seconds: number;
  created_at: Date;
}

export interface BriefDeliveryStats {
  from: Date;
  to: Date;
  lateAfterMinutes: number;
  channels: ChannelBriefStats[];
  /** Unacknowledged delivery alarms raised in the window. */
  alerts: OpenDeliveryAlert[];
}

/** Briefs with send_at in (from, to], per channel (email always; others once they have deliveries). */
export async function briefDeliveryStats(sql: Sql, from: Date, to: Date): Promise<BriefDeliveryStats> {
  const [channels, alerts] = await Promise.all([
    sql<ChannelBriefStats[]>`
      with due as (
        select id, send_at, status from public.daily_briefs where send_at > ${from} and send_at <= ${to}
      ),
      channels as (
        select 'email' as channel
        union
        select x.channel from public.deliveries x join due d on x.purpose = ${BRIEF_PURPOSE} and x.source_id = d.id
      )
      select c.channel,
        count(d.id)::int as due,
        count(*) filter (where x.status = 'sent')::int as sent,
        count(*) filter (where x.status = 'sent' and x.sent_at > d.send_at + make_interval(mins => ${LATE_AFTER_MINUTES}))::int as late,
        count(*) filter (where x.status = 'skipped' or (x.id is null and d.status = 'skipped'))::int as skipped,
        count(*) filter (where x.status in ('failed', 'bounced') or (x.id is null and d.status = 'failed'))::int as failed,
        count(*) filter (where x.status = 'uncertain')::int as uncertain,
        count(*) filter (where x.status = 'sending' or (x.id is null and d.status in ('pending', 'generating', 'ready')))::int as pending
      from channels c
      left join due d on true
      left join public.deliveries x on x.purpose = ${BRIEF_PURPOSE} and x.source_id = d.id and x.channel = c.channel
      group by c.channel
      order by c.channel`,
    sql<OpenDeliveryAlert[]>`
      select job_type, failures, threshold, window_seconds, created_at from public.queue_alerts
      where job_type like 'delivery.%' and acknowledged_at is null and created_at > ${from} and created_at <= ${to}
      order by created_at desc`,
  ]);
  return { from, to, lateAfterMinutes: LATE_AFTER_MINUTES, channels: [...channels], alerts: [...alerts] };
}
