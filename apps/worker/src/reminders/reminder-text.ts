import { addDays, calendarDay, wallTimeAt } from '@ordo/shared-types';
import type { DueReminder } from '@ordo/supabase-client';

/** notifications.title and .body limits. */
const TITLE_MAX = 120;
const BODY_MAX = 480;

// GSM 03.38: the basic table, and the extension table whose characters take two septets.
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENDED = new Set('\f^{}\\[~]|€');

/** Septets in one GSM-7 segment, or UTF-16 code units in one UCS-2 segment. */
const GSM_SEGMENT = 160;
const UCS2_SEGMENT = 70;

/** Length in one SMS segment's units: GSM-7 septets, or null when the text needs UCS-2. */
function gsmSeptets(text: string): number | null {
  let septets = 0;
  for (const char of text) {
    if (GSM_BASIC.has(char)) septets += 1;
    else if (GSM_EXTENDED.has(char)) septets += 2;
    else return null;
  }
  return septets;
}

function fitsOneSegment(text: string): boolean {
  const septets = gsmSeptets(text);
  return septets === null ? text.length <= UCS2_SEGMENT : septets <= GSM_SEGMENT;
}

/** Cuts a title to `max` characters (whole code points) with an ellipsis GSM-7 can carry. */
function shorten(title: string, max: number): string {
  const chars = [...title];
  if (chars.length <= max) return title;
  return `${chars.slice(0, Math.max(0, max - 3)).join('').trimEnd()}...`;
}

/**
 * `prefix + title + suffix` in one SMS segment where shortening the title can make it fit (a GSM-7
 * text in 160 septets, else 70 UCS-2 units), never over BODY_MAX characters.
 */
export function fitOneSegment(prefix: string, title: string, suffix: string): string {
  const whole = `${prefix}${title}${suffix}`;
  if (fitsOneSegment(whole)) return whole;
  for (let max = [...title].length - 1; max >= 8; max -= 1) {
    const text = `${prefix}${shorten(title, max)}${suffix}`;
    if (fitsOneSegment(text)) return text;
  }
  return `${prefix}${shorten(title, Math.max(8, BODY_MAX - [...prefix].length - [...suffix].length))}${suffix}`;
}

const pad = (value: number) => String(value).padStart(2, '0');

const DAY_LABEL = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** 'Fri 12 Jun' for a calendar day 'YYYY-MM-DD'. */
function dayLabel(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return DAY_LABEL.format(new Date(Date.UTC(year, month - 1, date, 12)));
}

/** What the reminder says about the task, on the person's clock at the time it fires. */
function when(reminder: DueReminder): string {
  const zone = reminder.timezone;
  if (reminder.anchor === 'start' && reminder.task_start_at) {
    if (reminder.task_start_at.getTime() <= reminder.fire_at.getTime()) return ' starts now';
    const start = wallTimeAt(reminder.task_start_at, zone);
    const sameDay = calendarDay(reminder.task_start_at, zone) === calendarDay(reminder.fire_at, zone);
    const at = `${pad(start.hour)}:${pad(start.minute)}`;
    return sameDay ? ` starts at ${at}` : ` starts ${dayLabel(calendarDay(reminder.task_start_at, zone))} at ${at}`;
  }
  if ((reminder.anchor === 'due' || reminder.anchor === 'due_day') && reminder.task_due_date) {
    const today = calendarDay(reminder.fire_at, zone);
    if (reminder.task_due_date === today) return ' is due today';
    if (reminder.task_due_date === addDays(today, 1)) return ' is due tomorrow';
    return ` is due ${dayLabel(reminder.task_due_date)}`;
  }
  return '';
}

/** The notification's title and body for a reminder firing. */
export function reminderText(reminder: DueReminder): { title: string; body: string } {
  const title = `Reminder: ${shorten(reminder.task_title, TITLE_MAX - 'Reminder: '.length)}`;
  return { title, body: fitOneSegment('Reminder: ', reminder.task_title, when(reminder)) };
}
