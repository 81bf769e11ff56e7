import { RRuleTemporal } from 'rrule-temporal';
import { addDays, daysBetween, formatDate, parseDate } from '../time/calendar-date.ts';
import { instantOfWallTime, wallTimeAt } from '../time/zoned.ts';
import { type RecurrenceRule, readValidRrule } from './rrule-text.ts';

/**
 * When a repeating task comes next. Rules run on calendar days, never instants: an occurrence is
 * a day of the person's calendar, and its start time is that day's wall-clock time in their zone
 * (through zoned.ts), so a 09:00 task stays at 09:00 local across DST changes (09:00 EST, then
 * 09:00 EDT), and a start time a DST gap skips moves forward by the gap on that day only.
 */

export interface SeriesRule {
  rrule: string;
  fromCompletion: boolean;
  /** The day the rule counts from (RFC 5545 DTSTART): COUNT counts occurrences from it. */
  startsOn: string;
}

export interface OccurrenceContext {
  /** The day the rule gave the occurrence being closed (its anchor, not where it was moved to). */
  anchor: string;
  /** The person's calendar day now: the day it is completed or skipped. */
  today: string;
}

const DAY_MS = 86_400_000;

const compactDate = (day: string) => day.replaceAll('-', '');
const dayAtMidnightUtc = (day: string) => new Date(`${day}T00:00:00Z`);

// The calendar case: the first rule day after the anchor and not before today. Occurrences that
// passed while the task sat overdue are not made (they still count toward COUNT).
function nextCalendarDate(rule: RecurrenceRule, series: SeriesRule, context: OccurrenceContext): string | null {
  // Without COUNT, the anchor is itself a rule day (or the day the rule starts from), so counting
  // from it walks fewer periods and names the same days; COUNT must count from the first one.
  const from = rule.count === null ? context.anchor : series.startsOn;
  const yesterday = addDays(context.today, -1);
  // The later of the two: 'YYYY-MM-DD' text sorts as the days do.
  const after = [context.anchor, yesterday].toSorted()[1] as string;
  try {
    const iterator = new RRuleTemporal({ rruleString: `DTSTART:${compactDate(from)}T000000Z\nRRULE:${rule.text}` });
    const next = iterator.next(new Date(dayAtMidnightUtc(after).getTime() + DAY_MS - 1), false);
    return next ? formatDate({ year: next.year, month: next.month, day: next.day }) : null;
  } catch {
    // The library gives up on rules whose next day lies thousands of periods away: for a task
    // that is no next day.
    return null;
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// "N months after I finish it" lands on the same day of the month, or the month's last day when
// it is shorter (completed 31 January, one month later is 28 or 29 February).
function addMonths(day: string, months: number): string {
  const { year, month, day: dayOfMonth } = parseDate(day);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatDate({ year: targetYear, month: targetMonth, day: Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth)) });
}

function nextFromCompletion(rule: RecurrenceRule, context: OccurrenceContext): string {
  switch (rule.freq) {
    case 'DAILY':
      return addDays(context.today, rule.interval);
    case 'WEEKLY':
      return addDays(context.today, rule.interval * 7);
    case 'MONTHLY':
      return addMonths(context.today, rule.interval);
    case 'YEARLY':
      return addMonths(context.today, rule.interval * 12);
  }
}

/** The day of the occurrence after the one being closed, or null when the rule has ended. */
export function nextOccurrenceDate(series: SeriesRule, context: OccurrenceContext): string | null {
  const rule = readValidRrule(series.rrule);
  const next = series.fromCompletion ? nextFromCompletion(rule, context) : nextCalendarDate(rule, series, context);
  if (next === null || (rule.until !== null && next > rule.until)) return null;
  return next;
}

/** What an occurrence's timing copies from the series, relative to its day. */
export interface OccurrenceTiming {
  /** Wall-clock start ('HH:MM') in the person's zone, or null for a task without a start time. */
  startTime: string | null;
  /** Days from the occurrence's day to its start's day (usually 0). */
  startOffsetDays: number;
  /** Days from the occurrence's day to its deadline, or null for no deadline. */
  deadlineOffsetDays: number | null;
}

export interface OccurrenceDates {
  due_date: string;
  start_at: Date | null;
  deadline: string | null;
}

/** The due date, start instant and deadline of the occurrence on `day`, in `zone`. */
export function occurrenceDates(day: string, timing: OccurrenceTiming, zone: string): OccurrenceDates {
  let startAt: Date | null = null;
  if (timing.startTime !== null) {
    const [hour = 0, minute = 0] = timing.startTime.split(':').map(Number);
    startAt = instantOfWallTime({ ...parseDate(addDays(day, timing.startOffsetDays)), hour, minute }, zone);
  }
  return {
    due_date: day,
    start_at: startAt,
    deadline: timing.deadlineOffsetDays === null ? null : addDays(day, timing.deadlineOffsetDays),
  };
}

/** The timing a task's dates give its series: its start's wall time and day, and its deadline, relative to `day`. */
export function occurrenceTiming(
  day: string,
  task: { start_at: Date | null; deadline: string | null },
  zone: string,
): OccurrenceTiming {
  if (task.start_at === null) {
    return { startTime: null, startOffsetDays: 0, deadlineOffsetDays: task.deadline === null ? null : daysBetween(day, task.deadline) };
  }
  const wall = wallTimeAt(task.start_at, zone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    startTime: `${pad(wall.hour)}:${pad(wall.minute)}`,
    startOffsetDays: daysBetween(day, formatDate(wall)),
    deadlineOffsetDays: task.deadline === null ? null : daysBetween(day, task.deadline),
  };
}
