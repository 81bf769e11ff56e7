import { randomInt, randomUUID } from 'node:crypto';
import type { Db } from '@ordo/supabase-client';

/** Alert preferences a test sets (notification_preferences columns); the rest keep the table's defaults. */
export interface AlertSettings {
  sms_enabled?: boolean;
  push_enabled?: boolean;
  brief_ready?: boolean;
  task_due_soon?: boolean;
  due_soon_minutes?: number;
  event_soon?: boolean;
  event_soon_minutes?: number;
  overdue_digest?: boolean;
  overdue_digest_time?: string;
  quiet_start?: string | null;
  quiet_end?: string | null;
}

/** What can reach the person: their phone (default verified) and whether they have a push device (default yes). */
export interface AlertReach {
  phone?: 'verified' | 'unverified' | 'opted_out' | 'none';
  device?: boolean;
}

/**
 * A person in `timezone` with these alert settings (the row itself comes from the sign-up
 * trigger), and by default a verified phone and a push device, so their settings decide the channels.
 */
export async function seedAlertPerson(db: Db, timezone: string, settings: AlertSettings = {}, reach: AlertReach = {}): Promise<string> {
  const [user] = await db.sql<{ id: string }[]>`
    insert into public.users (email, timezone) values (${`alerts-${randomUUID()}@example.test`}, ${timezone}) returning id`;
  const id = (user as { id: string }).id;
  const phone = reach.phone ?? 'verified';
  if (phone !== 'none') {
    const number = `+4474${String(randomInt(10_000_000, 100_000_000))}`;
    await db.sql`insert into public.user_phones (user_id, phone_e164) values (${id}, ${number})`;
    if (phone !== 'unverified') await db.sql`update public.user_phones set verified_at = now() where user_id = ${id}`;
    if (phone === 'opted_out') await db.sql`insert into public.sms_opt_outs (phone_e164, source, keyword) values (${number}, 'keyword', 'STOP')`;
  }
  if (reach.device ?? true) {
    await db.sql`
      insert into public.push_subscriptions (user_id, endpoint, p256dh, auth)
      values (${id}, ${`https://push.example.test/${randomUUID()}`}, 'p256dh-key', 'auth-secret')`;
  }
  const columns = Object.keys(settings);
  if (columns.length > 0) {
    await db.sql`update public.notification_preferences set ${db.sql(settings as Record<string, string | number | boolean | null>, columns)} where user_id = ${id}`;
  }
  return id;
}

export interface SeededTask {
  title: string;
  start_at?: string | null;
  due_date?: string | null;
  status?: 'todo' | 'in_progress' | 'done' | 'cancelled';
}

export async function seedTask(db: Db, userId: string, task: SeededTask): Promise<string> {
  const status = task.status ?? 'todo';
  const [row] = await db.sql<{ id: string }[]>`
    insert into public.tasks (user_id, title, start_at, due_date, status, completed_at)
    values (${userId}, ${task.title}, ${task.start_at ?? null}, ${task.due_date ?? null}, ${status}, ${status === 'done' ? new Date() : null})
    returning id`;
  return (row as { id: string }).id;
}

export interface NotificationRow {
  id: string;
  kind: string;
  dedup_key: string;
  title: string;
  body: string;
  link: string | null;
  channels: string[];
  task_id: string | null;
  brief_id: string | null;
  due_at: Date;
  stale_at: Date | null;
}

export const notificationsOf = (db: Db, userId: string) =>
  db.sql<NotificationRow[]>`
    select id, kind, dedup_key, title, body, link, channels, task_id, brief_id, due_at, stale_at
    from public.notifications where user_id = ${userId} order by created_at, dedup_key`;

export interface SendJobRow {
  notification_id: string;
  channel: string;
  run_at: Date;
}

/** The notify.send jobs of a person, by notification and channel. */
export const sendJobsOf = (db: Db, userId: string) =>
  db.sql<SendJobRow[]>`
    select payload->>'notification_id' as notification_id, payload->>'channel' as channel, run_at
    from public.queue_jobs where job_type = 'notify.send' and user_id = ${userId}
    order by run_at, payload->>'notification_id', payload->>'channel'`;
