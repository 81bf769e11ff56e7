import { NOTIFICATION_DELIVERY_PURPOSE, type NotificationChannel } from '@ordo/shared-types';
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
  /** The deliveries row of this notification and the channel asked about, if any attempt wrote one. */
  delivery_id: string | null;
  delivery_status: string | null;
  delivery_error_class: 'transient' | 'permanent' | null;
  delivery_error: string | null;
  delivery_job_id: string | null;
  /** For push: the person's devices, oldest first; null for the other channels. */
  push_devices: PushDevice[] | null;
}

export interface PushDevice {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

/**
 * Locks the notification's row (and for SMS the person's cap lock) for the rest of the transaction,
 * then reads what the send on `channel` depends on, its deliveries row included. Two statements
 * sent together (one round trip): the read must take its snapshot after the locks are held. In the
 * locking statement itself it would see the rows as they were before a wait for the lock, missing
 * the `sending` row of the claim that held it, and send a second time.
 */
export async function readNotificationFacts(tx: Tx, notificationId: string, channel: NotificationChannel): Promise<NotificationFacts | null> {
  // The row first, then the cap lock (the subquery's rows come out of its row locking).
  const locked = tx`
    select pg_advisory_xact_lock(${SMS_CAP_LOCK}, hashtext(locked.user_id::text))
    from (select n.user_id from public.notifications n where n.id = ${notificationId} for update of n) as locked
    where ${channel} = 'sms'`;
  const read = tx<NotificationFacts[]>`
    select n.id, n.user_id, n.kind, n.title, n.body, n.link, n.channels, n.due_at, n.stale_at,
           u.email, u.timezone,
           coalesce(p.sms_enabled, false) as sms_enabled, coalesce(p.push_enabled, true) as push_enabled,
           p.quiet_start, p.quiet_end, coalesce(p.daily_sms_cap, 10) as daily_sms_cap,
           case when ph.verified_at is not null then ph.phone_e164 end as verified_phone,
           exists (select 1 from public.sms_opt_outs o where o.phone_e164 = ph.phone_e164) as phone_opted_out,
           coalesce(bp.email_disabled_reason = 'bounced' and not bp.email_enabled, false) as email_bounced,
           d.id as delivery_id, d.status as delivery_status, d.error_class as delivery_error_class,
           d.error as delivery_error, d.job_id as delivery_job_id,
           case when ${channel} = 'push' then coalesce((
             select json_agg(json_build_object('id', s.id, 'endpoint', s.endpoint, 'p256dh', s.p256dh, 'auth', s.auth) order by s.created_at, s.id)
             from public.push_subscriptions s where s.user_id = n.user_id), '[]'::json) end as push_devices
    from public.notifications n
    join public.users u on u.id = n.user_id
    left join public.notification_preferences p on p.user_id = n.user_id
    left join public.user_phones ph on ph.user_id = n.user_id
    left join public.brief_preferences bp on bp.user_id = n.user_id
    left join public.deliveries d on d.purpose = ${NOTIFICATION_DELIVERY_PURPOSE} and d.source_id = n.id and d.channel = ${channel}
    where n.id = ${notificationId}`;
  const [, [row]] = await Promise.all([locked, read]);
  return row ?? null;
}
