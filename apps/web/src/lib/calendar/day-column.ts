import { instantOfWallTime, parseDate, addDays, wallTimeAt } from '@ordo/shared-types';

const MINUTE_MS = 60_000;

/** One day of the grid in the person's zone: from its local midnight to the next. */
export interface DayColumn {
  /** 'YYYY-MM-DD' */
  date: string;
  /** Epoch ms of the day's first instant (local midnight, or the end of a gap that skips it). */
  start: number;
  /** Epoch ms of the next day's first instant. */
  end: number;
  /** Elapsed minutes in the day: 1440, or 1380 / 1500 on the days clocks change. */
  minutes: number;
  /** A line each elapsed hour, with the wall-clock hour it shows (01 twice in autumn, no 02 in spring). */
  hours: { minute: number; hour: number; minuteOfHour: number }[];
}

function firstInstantOf(date: string, zone: string): number {
  return instantOfWallTime({ ...parseDate(date), hour: 0, minute: 0 }, zone).getTime();
}

/**
 * The column for `date` in `zone`. Positions are elapsed minutes from the day's start, never wall
 * minutes, so an item keeps its real length on a 23- or 25-hour day.
 */
export function dayColumn(date: string, zone: string): DayColumn {
  const start = firstInstantOf(date, zone);
  const end = firstInstantOf(addDays(date, 1), zone);
  const minutes = Math.round((end - start) / MINUTE_MS);
  const hours: DayColumn['hours'] = [];
  for (let minute = 0; minute < minutes; minute += 60) {
    const wall = wallTimeAt(new Date(start + minute * MINUTE_MS), zone);
    hours.push({ minute, hour: wall.hour, minuteOfHour: wall.minute });
  }
  return { date, start, end, minutes, hours };
}
