import { reminderNotificationDedupKey } from '@ordo/shared-types';
import {
  claimDueReminders,
  createNotifications,
  type DueReminder,
  type EnqueueRequest,
  type NotificationInput,
  previousScheduleTick,
  type ReminderFiring,
  recordReminderFirings,
} from '@ordo/supabase-client';
import type { Schedule, ScheduleTick } from './queue/scheduler.ts';
import { reminderText } from './reminders/reminder-text.ts';

export const REMINDER_SCHEDULE_NAME = 'reminder.schedule';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * A reminder the scheduler reaches more than this after its time (the worker was down) is
 * recorded as missed, not sent: a nudge hours late misleads more than it helps.
 */
export const REMINDER_LATENESS_MAX_MS = 6 * HOUR_MS;
/**
 * How far before the previous tick a reminder's time may lie and still fire: covers a task edit
 * that committed just after that tick read, moving a reminder into the minute it had covered.
 * Older times were already past when the reminder was set (or its task moved or reopened): missed.
 */
export const REMINDER_SET_LATE_GRACE_MS = 2 * MINUTE_MS;
/** A notification held longer than this past its reminder's time (quiet hours) is dropped by the sender. */
export const REMINDER_STALE_AFTER_MS = 6 * HOUR_MS;
/** At most this many reminders a tick; more wait for the next minute's tick. */
export const REMINDERS_PER_TICK_MAX = 5_000;
/** Notifications recorded by one statement batch (createNotifications). */
const NOTIFICATIONS_PER_BATCH = 1_000;

/**
 * One tick of the reminder schedule: every armed reminder whose fire_at has come, locked (SKIP
 * LOCKED, so an overlapping tick on another worker fires each once), becomes one notification
 * through createNotifications (dedup key `reminder:<id>:<fire_at>`, which enqueues its notify.send
 * jobs) and is marked fired for that fire_at, all in the tick's transaction. Times that fell in
 * the window since the previous tick (all of a downtime) fire unless later than
 * REMINDER_LATENESS_MAX_MS; older ones are recorded as missed. Enqueues nothing of its own.
 */
export async function fireDueReminders({ at, tx }: ScheduleTick): Promise<EnqueueRequest[]> {
  const previous = await previousScheduleTick(tx, REMINDER_SCHEDULE_NAME, at);
  const windowStart = (previous?.getTime() ?? at.getTime() - MINUTE_MS) - REMINDER_SET_LATE_GRACE_MS;
  const due = await claimDueReminders(tx, at, REMINDERS_PER_TICK_MAX);
  const inTime = (reminder: DueReminder) =>
    reminder.fire_at.getTime() > windowStart && at.getTime() - reminder.fire_at.getTime() <= REMINDER_LATENESS_MAX_MS;
  const toNotify = due.filter(inTime);
  // A few statements a batch, not a few a reminder; any failure still rolls back the whole tick.
  for (let start = 0; start < toNotify.length; start += NOTIFICATIONS_PER_BATCH) {
    await createNotifications(tx, toNotify.slice(start, start + NOTIFICATIONS_PER_BATCH).map(notificationOf));
  }
  const firings: ReminderFiring[] = due.map((reminder) => ({ id: reminder.id, fireAt: reminder.fire_at, outcome: inTime(reminder) ? 'notified' : 'missed' }));
  await recordReminderFirings(tx, firings, at);
  return [];
}

function notificationOf(reminder: DueReminder): NotificationInput {
  const { title, body } = reminderText(reminder);
  return {
    userId: reminder.user_id,
    kind: 'reminder',
    dedupKey: reminderNotificationDedupKey(reminder.id, reminder.fire_at),
    title,
    body,
    link: `/tasks/${reminder.task_id}`,
    channels: reminder.channels,
    dueAt: reminder.fire_at,
    staleAt: new Date(reminder.fire_at.getTime() + REMINDER_STALE_AFTER_MS),
    taskId: reminder.task_id,
    reminderId: reminder.id,
  };
}

/**
 * Every minute, the reminders whose time has come. After downtime the catch-up tick at start-up
 * covers everything since the last recorded tick, up to the lateness limit.
 */
export const reminderSchedule: Schedule = {
  name: REMINDER_SCHEDULE_NAME,
  cron: '* * * * *',
  jobs: fireDueReminders,
  missed: 'latest',
};
