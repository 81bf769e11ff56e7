import { addDays, type BusyInterval, instantOfWallTime, type PlanRange, parseDate, weekdayOf, type WorkingHours } from '@ordo/shared-types';
import type { Interval } from './intervals.ts';

const MINUTE_MS = 60_000;

/** The instant local midnight begins `day` in `zone` (the first instant of the day, across DST). */
export function startOfLocalDay(day: string, zone: string): number {
  return instantOfWallTime({ ...parseDate(day), hour: 0, minute: 0 }, zone).getTime();
}

function atClockTime(day: string, clock: string, zone: string): number {
  const [hour, minute] = clock.split(':').map(Number) as [number, number];
  return instantOfWallTime({ ...parseDate(day), hour, minute }, zone).getTime();
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a local date. */
export function isoWeekday(day: string): number {
  return weekdayOf(day) || 7;
}

/**
 * The working hours of every working day in the range, as instants: each local day's start and
 * end wall-clock times converted in the person's zone, so a DST change moves them with the clock.
 */
export function workingWindows(range: PlanRange, hours: WorkingHours, zone: string): Interval[] {
  const days = new Set(hours.days);
  const windows: Interval[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
    if (!days.has(isoWeekday(day))) continue;
    const start = atClockTime(day, hours.start, zone);
    const end = atClockTime(day, hours.end, zone);
    if (end > start) windows.push({ start, end });
  }
  return windows;
}

/** A busy interval as instants (all-day ones from local midnight to local midnight); null when it takes no time. */
export function busyInterval(busy: BusyInterval, zone: string): Interval | null {
  const start = busy.kind === 'timed' ? busy.start_at.getTime() : startOfLocalDay(busy.start_date, zone);
  const end = busy.kind === 'timed' ? busy.end_at.getTime() : startOfLocalDay(busy.end_date, zone);
  return end > start ? { start, end } : null;
}

/** A busy interval as instants, widened by the buffer on both sides; null when it takes no time. */
export function busyWithBuffer(busy: BusyInterval, zone: string, bufferMinutes: number): Interval | null {
  const interval = busyInterval(busy, zone);
  return interval && { start: interval.start - bufferMinutes * MINUTE_MS, end: interval.end + bufferMinutes * MINUTE_MS };
}
