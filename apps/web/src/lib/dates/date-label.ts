import { calendarDay } from '@ordo/shared-types';

// The one way the app shows dates and times: relative within the coming week ("Today",
// "Tomorrow", "Tue"), else "Fri Dec 4" (", 2027" outside this year), and "3:00 PM" for a time,
// always in the person's time zone. English throughout, like the rest of the interface.

export type DateTone = 'overdue' | 'today' | 'soon' | 'later';

export interface DateLabel {
  text: string;
  tone: DateTone;
}

const DAY_MS = 86_400_000;
const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'UTC' });
const weekdayMonthDay = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function utcDay(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Date.UTC(year as number, (month as number) - 1, date as number);
}

/** A calendar day ('YYYY-MM-DD') as it reads on `today` ('YYYY-MM-DD' in the person's zone). */
export function dayLabel(day: string, today: string): DateLabel {
  const at = utcDay(day);
  const days = Math.round((at - utcDay(today)) / DAY_MS);
  const tone: DateTone = days < 0 ? 'overdue' : days === 0 ? 'today' : days < 7 ? 'soon' : 'later';
  if (days === -1) return { text: 'Yesterday', tone };
  if (days === 0) return { text: 'Today', tone };
  if (days === 1) return { text: 'Tomorrow', tone };
  if (days > 1 && days < 7) return { text: weekday.format(at), tone };
  const text = weekdayMonthDay.format(at).replace(',', '');
  return { text: day.slice(0, 4) === today.slice(0, 4) ? text : `${text}, ${day.slice(0, 4)}`, tone };
}

/** The wall-clock time of an instant in a zone, "3:00 PM". */
export function timeLabel(instant: Date, timeZone: string): string {
  let format = timeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone });
    timeFormats.set(timeZone, format);
  }
  // Newer ICU puts a narrow no-break space before AM/PM; one plain space reads (and tests) the same everywhere.
  return format.format(instant).replace(/\s/g, ' ');
}

/** An instant (a Date, or its ISO text from JSON) as day and time: "Today at 3:00 PM". */
export function instantLabel(instant: Date | string, today: string, timeZone: string): DateLabel {
  const at = new Date(instant);
  const day = dayLabel(calendarDay(at, timeZone), today);
  return { text: `${day.text} at ${timeLabel(at, timeZone)}`, tone: day.tone };
}

/**
 * When a task is: its due day, with the start time when it starts that day (or has no due day);
 * a start on another day is added after the due day. Null for a task with neither.
 */
export function taskDateLabel(task: { due_date: string | null; start_at: Date | string | null }, today: string, timeZone: string): DateLabel | null {
  if (!task.start_at) return task.due_date ? dayLabel(task.due_date, today) : null;
  const start = instantLabel(task.start_at, today, timeZone);
  if (!task.due_date || task.due_date === calendarDay(new Date(task.start_at), timeZone)) return start;
  const due = dayLabel(task.due_date, today);
  return { text: `${due.text} (starts ${start.text})`, tone: due.tone };
}
