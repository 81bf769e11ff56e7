import { randomInt, randomUUID } from 'node:crypto';
import type { NotificationChannel } from '@ordo/shared-types';
import { createNotification, type Db, type NotificationInput } from '@ordo/supabase-client';

export interface SeededPerson {
  id: string;
  email: string;
  phone: string;
}

export interface PersonSettings {
  name?: string;
  timezone?: string;
  /** Verified unless false; null: no phone at all. */
  phoneVerified?: boolean | null;
  smsEnabled?: boolean;
  pushEnabled?: boolean;
  quiet?: { start: string; end: string } | null;
  dailySmsCap?: number;
}

/** A fresh number in the 555 test range, unique enough per test run. */
export function testPhone(): string {
  return `+1415${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
}

/** A person with a phone (verified by default), SMS on, and the given alert settings. */
export async function seedPerson(db: Db, settings: PersonSettings = {}): Promise<SeededPerson> {
  const name = settings.name ?? 'Ada';
  const email = `${name.toLowerCase()}-${randomUUID()}@example.test`;
  const phone = testPhone();
  return db.asService(async (tx) => {
    const [user] = await tx<{ id: string }[]>`
      insert into public.users (email, name, timezone) values (${email}, ${name}, ${settings.timezone ?? 'UTC'}) returning id`;
    if (!user) throw new Error('user insert returned no row');
    await tx`
      update public.notification_preferences set
        sms_enabled = ${settings.smsEnabled ?? true}, push_enabled = ${settings.pushEnabled ?? true},
        quiet_start = ${settings.quiet?.start ?? null}, quiet_end = ${settings.quiet?.end ?? null},
        daily_sms_cap = ${settings.dailySmsCap ?? 10}
      where user_id = ${user.id}`;
    if (settings.phoneVerified !== null) {
      // A new number is unverified whoever writes it (a trigger); verifying is a second step, as in the app.
      await tx`insert into public.user_phones (user_id, phone_e164) values (${user.id}, ${phone})`;
      if (settings.phoneVerified !== false) await tx`update public.user_phones set verified_at = now() where user_id = ${user.id}`;
    }
    return { id: user.id, email, phone };
  });
}

/** Stores a browser's subscription for the person; returns its id. */
export async function seedPushSubscription(db: Db, userId: string, keys: { endpoint: string; p256dh: string; auth: string }): Promise<string> {
  const [row] = await db.asService(
    (tx) => tx<{ id: string }[]>`
      insert into public.push_subscriptions (user_id, endpoint, p256dh, auth, label)
      values (${userId}, ${keys.endpoint}, ${keys.p256dh}, ${keys.auth}, 'Test browser') returning id`,
  );
  if (!row) throw new Error('subscription insert returned no row');
  return row.id;
}

export type TestNotification = Partial<Omit<NotificationInput, 'userId'>> & { channels: readonly NotificationChannel[] };

/** Creates a notification through the one producer path (createNotification), which enqueues its sends. */
export async function seedNotification(db: Db, userId: string, notification: TestNotification): Promise<string> {
  const created = await db.asService((tx) =>
    createNotification(tx, {
      userId,
      kind: 'reminder',
      dedupKey: randomUUID(),
      title: 'Call the bank',
      body: 'Reminder: call the bank before 17:00',
      link: '/tasks/00000000-0000-4000-8000-000000000001',
      dueAt: new Date(),
      ...notification,
    }),
  );
  return created.id;
}

/** An open task of the person starting at `startAt`, with one reminder at its start on `channels`. */
export async function seedTaskWithReminder(db: Db, userId: string, startAt: Date, channels: readonly NotificationChannel[]): Promise<{ taskId: string; reminderId: string }> {
  return db.asService(async (tx) => {
    const [task] = await tx<{ id: string }[]>`
      insert into public.tasks (user_id, title, start_at) values (${userId}, 'Call the bank', ${startAt}) returning id`;
    if (!task) throw new Error('task insert returned no row');
    const [reminder] = await tx<{ id: string }[]>`
      insert into public.task_reminders (user_id, task_id, anchor, offset_minutes, channels)
      values (${userId}, ${task.id}, 'start', 0, ${[...channels]}) returning id`;
    if (!reminder) throw new Error('reminder insert returned no row');
    return { taskId: task.id, reminderId: reminder.id };
  });
}
