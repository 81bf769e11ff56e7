/**
 * Calendar arithmetic in an IANA zone, independent of the machine's own zone. Intl supplies the
 * zone rules; everything else is plain UTC arithmetic on wall-clock fields.
 */

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

/** True when Intl knows the zone name. */
export function isValidTimezone(timezone: string): boolean {
  try {
    formatterFor(timezone);
    return true;
  } catch {
    return false;
  }
}

function zonedFields(instant: Date, timezone: string): WallTime & { second: number } {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timezone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 0,
    month: fields.month ?? 0,
    day: fields.day ?? 0,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** The wall clock in `timezone` at `instant`. */
export function wallTimeAt(instant: Date, timezone: string): WallTime {
  const { year, month, day, hour, minute } = zonedFields(instant, timezone);
  return { year, month, day, hour, minute };
}

/** Minutes east of UTC that `timezone` observes at `instant` (Berlin in winter: 60). */
export function offsetMinutesAt(instant: Date, timezone: string): number {
  const f = zonedFields(instant, timezone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / 60_000);
}

/**
 * The instant a wall-clock time names in `timezone`. A time skipped by a spring-forward gap moves
 * forward by the gap; a time repeated by a fall-back takes its first occurrence (as Temporal's
 * "compatible" disambiguation does).
 */
export function instantOfWallTime(wall: WallTime, timezone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const day = 86_400_000;
  const before = offsetMinutesAt(new Date(asUtc - day), timezone);
  const after = offsetMinutesAt(new Date(asUtc + day), timezone);
  const matching = [before, after]
    .map((offset) => asUtc - offset * 60_000)
    .filter((candidate) => wallEquals(wallTimeAt(new Date(candidate), timezone), wall));
  if (matching.length > 0) return new Date(Math.min(...matching));
  return new Date(asUtc - before * 60_000);
}

function wallEquals(a: WallTime, b: WallTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/** ISO 8601 with the zone's offset at that instant, e.g. 2026-03-30T15:00:00+02:00. */
export function formatZonedIso(instant: Date, timezone: string): string {
  const wall = wallTimeAt(instant, timezone);
  const offset = offsetMinutesAt(instant, timezone);
  const sign = offset < 0 ? '-' : '+';
  return `${formatDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** YYYY-MM-DD of a wall-clock date. */
export function formatDate(date: { year: number; month: number; day: number }): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Parses YYYY-MM-DD into calendar fields. */
export function parseDate(text: string): { year: number; month: number; day: number } {
  const [year, month, day] = text.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

/** Calendar arithmetic on a YYYY-MM-DD string; no zone is involved. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return formatDate({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

/** 0 = Sunday … 6 = Saturday, for a YYYY-MM-DD string. */
export function weekdayOf(date: string): number {
  const { year, month, day } = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
