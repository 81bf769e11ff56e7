import { fitSms } from '@ordo/notify';
import { addDays, calendarDay, shortDayLabel, wallTimeAt } from '@ordo/shared-types';
import type { DueReminder } from '@ordo/supabase-client';

/** notifications.title limit. */
const TITLE_MAX = 120;

/** Cuts a title to `max` characters (whole code points) with an ellipsis. */
function shorten(title: string, max: number): string {
  const chars = [...title];
  if (chars.length <= max) return title;
  return `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** What the reminder says about the task, on the person's clock at the time it fires. */
function when(reminder: DueReminder): string {
  const zone = reminder.timezone;
  if (reminder.anchor === 'start' && reminder.task_start_at) {
    if (reminder.task_start_at.getTime() <= reminder.fire_at.getTime()) return ' starts now';
    const start = wallTimeAt(reminder.task_start_at, zone);
    const sameDay = calendarDay(reminder.task_start_at, zone) === calendarDay(reminder.fire_at, zone);
    const at = `${pad(start.hour)}:${pad(start.minute)}`;
    return sameDay ? ` starts at ${at}` : ` starts ${shortDayLabel(calendarDay(reminder.task_start_at, zone))} at ${at}`;
  }
  if ((reminder.anchor === 'due' || reminder.anchor === 'due_day') && reminder.task_due_date) {
    const today = calendarDay(reminder.fire_at, zone);
    if (reminder.task_due_date === today) return ' is due today';
    if (reminder.task_due_date === addDays(today, 1)) return ' is due tomorrow';
    return ` is due ${shortDayLabel(reminder.task_due_date)}`;
  }
  return '';
}

/** The notification's title and body for a reminder firing. */
export function reminderText(reminder: DueReminder): { title: string; body: string } {
  const title = `Reminder: ${shorten(reminder.task_title, TITLE_MAX - 'Reminder: '.length)}`;
  return { title, body: fitSms({ prefix: 'Reminder: ', title: reminder.task_title, suffix: when(reminder) }) };
}
