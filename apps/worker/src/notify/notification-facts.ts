import type { NotificationChannel } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';

/** Advisory lock class of a person's SMS daily cap (the other key is the hashed user id). */
export const SMS_CAP_LOCK = 0x736d7363; // 'smsc'

/** A notification and what its person's settings say at send time, read under the notification's row lock. */
export interface NotificationFacts {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  channels: NotificationChannel[];
  due_at: Date;
  stale_at: Date | null;
  email: string;
  timezone: string;
  sms_enabled: boolean;
  push_enabled: boolean;
  quiet_start: string | null;
  quiet_end: string | null;
  daily_sms_cap: number;
  /** The person's phone when verified, else null. */
  verified_phone: string | null;
  /** The verified phone answered STOP (or Twilio reported 21610). */
  phone_opted_out: boolean;
  /** Mail to this person bounced hard often enough that email was turned off for them. */
  email_bounced: boolean;
  /**
   * For SMS: the person's notification texts sent, or possibly sent, on their calendar day of the
   * request's `now` (23 or 25 hours across DST); null for the other channels.
   */
  sms_sent_today: number | null;
  /** The deliveries row of this notification and the channel asked about, if any attempt wrote one. */
  delivery_id: string | null;
  delivery_status: string | null;
  delivery_error_class: 'transient' | 'permanent' | null;
  delivery_error: string | null;
  delivery_job_id: string | null;
  /** The job that wrote the row is running (processing) now. */
  delivery_job_running: boolean;
  /** For push: the person's devices, oldest first; null for the other channels. */
  push_devices: PushDevice[] | null;
  /**
   * For a task's reminder or "starting soon" alert: how the task has changed since it fired, so
   * that it no longer applies (deleted, completed, cancelled, or moved to another time); null when
   * it still applies or the notification is not about a task.
   */
  task_change: TaskChange | null;
  /** When moved: the reminder's new time, or the task's new start for an alert; null when it has none. */
  task_moved_to: Date | null;
}

export type TaskChange = 'deleted' | 'done' | 'cancelled' | 'moved';

export interface PushDevice {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface FactsRequest {
  notificationId: string;
  channel: NotificationChannel;
  /** The send's time: the SMS daily cap counts the person's calendar day of it. */
  now: Date;
}

/**
 * Locks the notifications' rows and, for SMS, their people's cap locks for the rest of the
 * transaction, then reads what each send depends on, its deliveries row included. Answers in the
 * order of `requests` (null for a notification that does not exist).
 *
 * Two statements sent together (one round trip). The read takes its snapshot after the locks are
 * held: in the locking statement itself it would see rows as they were before a wait for a lock,
 * missing the `sending` row (or the SMS) of the claim that held it, and send a second time. Rows
 * are locked in id order, then the cap locks in key order, so claims of any batches never deadlock.
 */
export async function readNotificationFacts(tx: Tx, requests: readonly FactsRequest[]): Promise<(NotificationFacts | null)[]> {
  // Ids as comma-joined texts, as the queue's batched statements pass them: postgres.js would escape each element of an array.
  const ids = requests.map((request) => request.notificationId).join(',');
  const smsIds = requests.flatMap((request) => (request.channel === 'sms' ? [request.notificationId] : [])).join(',');
  const channels = requests.map((request) => request.channel).join(',');
  const nows = requests.map((request) => request.now.toISOString()).join(',');
  // DISTINCT and the row locking keep both subqueries whole: every row is locked before the first cap lock.
  const locked = tx`
    select pg_advisory_xact_lock(${SMS_CAP_LOCK}, cap.key)
    from (
      select distinct hashtext(locked.user_id::text) as key
      from (
        select n.id, n.user_id from public.notifications n
        where n.id = any(string_to_array(${ids}::text, ',')::uuid[])
        order by n.id
        for update of n
      ) as locked
      where locked.id = any(string_to_array(${smsIds}::text, ',')::uuid[])
      order by 1
    ) as cap`;
  // Each delivery row looked up per notification (LIMIT 1 keeps the subquery from being merged into
  // the join, which was planned, while the table was new and unanalysed, as a scan of every
  // notification delivery, each one's job looked up), and the purpose written out rather than
  // passed, so the pool's generic plan can use the partial index of texts. The row is found by
  // its notification id (deliveries_notification_id_idx): by source_id and channel alone, the
  // generic plan made on a new table walked every delivery of the channel for each claim. Its job
  // is found by id alone and its status read from the row: with the status in the condition, the
  // generic plan walked the whole partial lease index (every job claimed since the last vacuum)
  // for each row found, filtering on the id; a retry's claim found a row every time.
  const read = tx<(NotificationFacts & { ord: number })[]>`
    select r.ord::int as ord, n.id, n.user_id, n.kind, n.title, n.body, n.link, n.channels, n.due_at, n.stale_at,
           u.email, u.timezone,
           coalesce(p.sms_enabled, false) as sms_enabled, coalesce(p.push_enabled, true) as push_enabled,
           p.quiet_start, p.quiet_end, coalesce(p.daily_sms_cap, 10) as daily_sms_cap,
           case when ph.verified_at is not null then ph.phone_e164 end as verified_phone,
           exists (select 1 from public.sms_opt_outs o where o.phone_e164 = ph.phone_e164) as phone_opted_out,
           coalesce(bp.email_disabled_reason = 'bounced' and not bp.email_enabled, false) as email_bounced,
           texts.sent_today as sms_sent_today,
           d.id as delivery_id, d.status as delivery_status, d.error_class as delivery_error_class,
           d.error as delivery_error, d.job_id as delivery_job_id, coalesce(d.job_running, false) as delivery_job_running,
           case when r.channel = 'push' then coalesce((
             select json_agg(json_build_object('id', s.id, 'endpoint', s.endpoint, 'p256dh', s.p256dh, 'auth', s.auth) order by s.created_at, s.id)
             from public.push_subscriptions s where s.user_id = n.user_id), '[]'::json) end as push_devices,
           case
             when t.id is null then null
             when t.deleted_at is not null then 'deleted'
             when t.status = 'done' then 'done'
             when t.status = 'cancelled' then 'cancelled'
             -- A reminder fired for the fire_at it had (its due_at, through a JavaScript Date: to the
             -- millisecond); moving the task or editing the reminder gave it another, or none.
             when n.kind = 'reminder' and rm.id is not null
               and date_trunc('milliseconds', rm.fire_at) is distinct from date_trunc('milliseconds', n.due_at) then 'moved'
             -- A "starting soon" alert's dedup key names the start it was made for (task-soon-alerts.ts).
             when n.kind = 'task_due_soon'
               and n.dedup_key is distinct from 'task-soon:' || t.id || ':' || to_char(t.start_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') then 'moved'
           end as task_change,
           case when n.kind = 'reminder' then rm.fire_at else t.start_at end as task_moved_to
    from unnest(
      string_to_array(${ids}::text, ',')::uuid[],
      string_to_array(${channels}::text, ','),
      string_to_array(${nows}::text, ',')::timestamptz[]
    ) with ordinality as r(notification_id, channel, at, ord)
    join public.notifications n on n.id = r.notification_id
    join public.users u on u.id = n.user_id
    left join public.notification_preferences p on p.user_id = n.user_id
    left join public.user_phones ph on ph.user_id = n.user_id
    left join public.brief_preferences bp on bp.user_id = n.user_id
    -- The task and reminder a notification is about, as they are now (soft-deleted rows included).
    left join public.tasks t on t.id = n.task_id
    left join public.task_reminders rm on rm.id = n.reminder_id
    left join lateral (
      select d.id, d.status, d.error_class, d.error, d.job_id,
             coalesce((select q.status = 'processing' from public.queue_jobs q where q.id = d.job_id), false) as job_running
      from public.deliveries d
      where d.notification_id = n.id and d.purpose = 'notification' and d.source_id = n.id and d.channel = r.channel
      limit 1
    ) as d on true
    -- The person's texts of their calendar day of the request's time: the date on their wall clock,
    -- as calendarDay reads it (23 or 25 hours across DST). Found by deliveries_notification_sms_by_user_idx,
    -- whose predicate this repeats, within two days either side (any instant of that day is), then
    -- kept by their own date: no function call per row (instant_of_wall_time for the day's bounds
    -- was a SQL function run anew for each text claimed). Every status but those that never went
    -- out (failed, bounced, skipped), written so no index on status competes.
    left join lateral (
      select count(*)::int as sent_today
      from public.deliveries c
      where r.channel = 'sms' and c.user_id = n.user_id and c.purpose || ':' || c.channel = 'notification:sms'
        and c.status not in ('failed', 'bounced', 'skipped')
        and coalesce(c.sent_at, c.updated_at) > r.at - interval '2 days'
        and coalesce(c.sent_at, c.updated_at) < r.at + interval '2 days'
        and (coalesce(c.sent_at, c.updated_at) at time zone u.timezone)::date = (r.at at time zone u.timezone)::date
    ) as texts on r.channel = 'sms'`;
  const [, rows] = await Promise.all([locked, read]);
  const answers: (NotificationFacts | null)[] = requests.map(() => null);
  for (const { ord, ...facts } of rows) answers[ord - 1] = facts;
  return answers;
}
