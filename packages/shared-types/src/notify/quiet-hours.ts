import { addDays } from '../time/calendar-date.ts';
import { calendarDay, instantOfWallTime, wallTimeAt } from '../time/zoned.ts';

/** Wall-clock 'HH:MM' times in the person's timezone; start after end spans midnight ('22:00'–'07:00'). */
export interface QuietHours {
  start: string;
  end: string;
}

function minutesOf(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * When something due at `at` may reach the person: `at` itself outside quiet hours, else the
 * instant they end (on the wall clock of `zone`, so across a DST change the hour stays the hour
 * the person chose; an end time the zone skips moves forward by the gap). Equal start and end
 * mean no quiet hours.
 */
export function quietHoursRelease(at: Date, quiet: QuietHours | null, zone: string): Date {
  if (!quiet) return at;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return at;
  const wall = wallTimeAt(at, zone);
  const now = wall.hour * 60 + wall.minute;
  const inside = start < end ? now >= start && now < end : now >= start || now < end;
  if (!inside) return at;
  // Spanning midnight and before it: the quiet hours end tomorrow.
  const today = calendarDay(at, zone);
  const endDay = start > end && now >= start ? addDays(today, 1) : today;
  const [year, month, day] = endDay.split('-').map(Number) as [number, number, number];
  return instantOfWallTime({ year, month, day, hour: Math.floor(end / 60), minute: end % 60 }, zone);
}
