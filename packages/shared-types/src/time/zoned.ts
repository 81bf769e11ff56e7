import { tzOffset } from '@date-fns/tz/tzOffset';
import { type CalendarDate, formatDate } from './calendar-date.ts';

/**
 * The one place Ordo moves between instants and the wall clock of an IANA time zone, for the
 * browser, the web server, the worker and the AI pipeline alike. Zone rules come from
 * @date-fns/tz (the runtime's tz data through Intl); nothing here knows an offset by heart.
 *
 * A wall-clock time the zone skips (spring forward) moves forward by the gap: 02:30 on
 * 2026-03-08 in New York is 03:30 EDT. A wall-clock time the zone repeats (fall back) takes its
 * first occurrence: 01:30 on 2026-11-01 in New York is 01:30 EDT (05:30Z), not EST. This is
 * Temporal's "compatible" disambiguation; each local time resolves to exactly one instant.
 */

export interface WallTime extends CalendarDate {
  hour: number;
  minute: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Whether this runtime knows `zone` as an IANA time zone (canonical name or alias). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function readOffset(instant: Date, zone: string): number {
  const offset = tzOffset(zone, instant);
  if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone: ${zone}`);
  return offset;
}

/** A zone's offset through a whole UTC day, by zone and day; null for a day on which it changes. */
const steadyOffsets = new Map<string, number | null>();
/** How many zone-days the memo keeps before it starts afresh. */
const STEADY_OFFSETS_MAX = 10_000;
/** Beyond this, a day's last millisecond may fall outside the range of Date. */
const STEADY_INSTANT_MAX = 8.64e15 - DAY_MS;

/**
 * Minutes east of UTC that `zone` observes at `instant` (Berlin in winter: 60; St John's: -210).
 * Reading the zone's rules costs an Intl formatting: a day whose first and last milliseconds share
 * an offset keeps it throughout (no zone changes its offset twice within a day), so that answer
 * is remembered for the day.
 */
export function offsetMinutesAt(instant: Date, zone: string): number {
  const time = instant.getTime();
  if (!(Math.abs(time) <= STEADY_INSTANT_MAX)) return readOffset(instant, zone);
  const day = Math.floor(time / DAY_MS);
  const key = `${day} ${zone}`;
  let steady = steadyOffsets.get(key);
  if (steady === undefined) {
    const first = readOffset(new Date(day * DAY_MS), zone);
    steady = first === readOffset(new Date((day + 1) * DAY_MS - 1), zone) ? first : null;
    if (steadyOffsets.size >= STEADY_OFFSETS_MAX) steadyOffsets.clear();
    steadyOffsets.set(key, steady);
  }
  return steady ?? readOffset(instant, zone);
}

/** The wall clock in `zone` at `instant`, to the minute. */
export function wallTimeAt(instant: Date, zone: string): WallTime {
  const shifted = new Date(instant.getTime() + offsetMinutesAt(instant, zone) * MINUTE_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** The calendar day ('YYYY-MM-DD') it is in `zone` at `instant`. */
export function calendarDay(instant: Date, zone: string): string {
  return formatDate(wallTimeAt(instant, zone));
}

/** The instant `zone`'s wall clock names by `wall`, by the gap and overlap rule above. */
export function instantOfWallTime(wall: WallTime, zone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // No zone changes its offset twice within two days, so the offsets a day either side are the
  // only ones this wall time can carry.
  const before = offsetMinutesAt(new Date(asUtc - DAY_MS), zone);
  const after = offsetMinutesAt(new Date(asUtc + DAY_MS), zone);
  const readings = [before, after]
    .map((offset) => asUtc - offset * MINUTE_MS)
    .filter((candidate) => sameWallTime(wallTimeAt(new Date(candidate), zone), wall));
  // Nothing reads back in a gap: the offset from before it carries the time past the gap.
  return new Date(readings.length > 0 ? Math.min(...readings) : asUtc - before * MINUTE_MS);
}

function sameWallTime(a: WallTime, b: WallTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}

const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');

/** ISO 8601 with the zone's offset at that instant, e.g. 2026-03-30T15:00:00+02:00. */
export function formatZonedIso(instant: Date, zone: string): string {
  const offset = offsetMinutesAt(instant, zone);
  const sign = offset < 0 ? '-' : '+';
  return `${localDateTimeAt(instant, zone)}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** 'YYYY-MM-DDTHH:MM' (the value of an <input type="datetime-local">) as `zone`'s wall clock shows `instant`. */
export function localDateTimeAt(instant: Date, zone: string): string {
  const wall = wallTimeAt(instant, zone);
  return `${formatDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/**
 * The instant at which `zone`'s wall clock reads `local` ('YYYY-MM-DDTHH:MM'), or null when the
 * text is not such a value or names no real date.
 */
export function instantOfLocalDateTime(local: string, zone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = new Date(Date.UTC(year, month - 1, day, hour, minute));
  // Date.UTC rolls 30 February over into March; a real date reads back unchanged.
  if (Number.isNaN(asUtc.getTime()) || asUtc.toISOString().slice(0, 16) !== local) return null;
  return instantOfWallTime({ year, month, day, hour, minute }, zone);
}
