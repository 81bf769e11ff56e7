import { googleEventSchema, ORDO_TASK_PROPERTY } from '@ordo/google';
import { instantOfWallTime, isTimeZone } from '@ordo/shared-types';
import { z } from 'zod';

/** One event as a calendar_events row (without its calendar and owner). */
export interface CalendarEventRow {
  google_event_id: string;
  recurring_event_id: string | null;
  ical_uid: string | null;
  status: 'confirmed' | 'tentative';
  title: string | null;
  location: string | null;
  html_link: string | null;
  all_day: boolean;
  /** RFC 3339 instants with an offset (timed events). */
  start_at: string | null;
  end_at: string | null;
  /** Calendar days, end exclusive (all-day events). */
  start_date: string | null;
  end_date: string | null;
  time_zone: string | null;
  busy: boolean;
  /** The task the event says it stands for; stored only when that task is the same person's. */
  task_id: string | null;
  etag: string | null;
  google_updated_at: string | null;
}

/** What one listed event means for the stored copy. */
export type EventChange =
  | { kind: 'upsert'; row: CalendarEventRow }
  | { kind: 'cancelled'; googleEventId: string }
  | { kind: 'malformed'; googleEventId: string | null; problem: string };

// The table's column limits: a longer text is cut rather than failing the whole sync.
const TEXT_MAX = 2000;
const ETAG_MAX = 200;
const ZONE_MAX = 100;
const ID_MAX = 1024;

// PostgreSQL text cannot hold NUL (one would fail the whole page's COPY): shown texts lose theirs;
// an identifier with one is not the identifier any more, so it is not kept.
const NUL = '\u0000';
const cut = (text: string | undefined, max: number) => (text === undefined ? null : (text.includes(NUL) ? text.replaceAll(NUL, '') : text).slice(0, max));
const fits = (text: string | undefined, max: number) => (text !== undefined && text.length <= max && !text.includes(NUL) ? text : null);
const uuid = z.uuid();

// Each zone name is checked once per process: Intl is slow to build, and a sync meets few zones.
const knownZones = new Map<string, boolean>();
function knownZone(zone: string | null | undefined): string | null {
  if (!zone) return null;
  let known = knownZones.get(zone);
  if (known === undefined) {
    known = isTimeZone(zone);
    knownZones.set(zone, known);
  }
  return known ? zone : null;
}

/** An instant: as stored (text PostgreSQL reads as timestamptz) and in milliseconds. */
interface Instant {
  text: string;
  ms: number;
}

// RFC 3339 with an offset as Google writes it, within what both Date.parse and PostgreSQL read
// alike: a real day of the month (checked below), hours to 23, an offset within ±14:59, and no
// finer than milliseconds (PostgreSQL would round microseconds that Date.parse drops).
const PLAIN_INSTANT = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,3})?(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * An RFC 3339 time as an instant. Google sends an offset; such a time is stored as written
 * (re-formatting each one cost more than the rest of reading an event). A time without an offset
 * is read on the clock of the event's zone (else the calendar's), as Google itself reads it.
 */
function instantOf(text: string, zone: string | null): Instant | null {
  const plain = PLAIN_INSTANT.exec(text);
  if (plain && plain[1] !== '0000') {
    const day = Number(plain[3]);
    const ms = Date.parse(text);
    if ((day <= 28 || day <= daysInMonth(Number(plain[1]), Number(plain[2]))) && !Number.isNaN(ms)) return { text, ms };
  }
  if (/(Z|[+-]\d{2}:\d{2})$/i.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : { text: new Date(ms).toISOString(), ms };
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(text);
  if (!match || !zone) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const ms = instantOfWallTime({ year, month, day, hour, minute }, zone).getTime() + second * 1000;
  return { text: new Date(ms).toISOString(), ms };
}

/**
 * Reads one item of an events.list page. Never throws: an item Ordo cannot store is `malformed`,
 * named by its id when it has one, for the caller to log and skip.
 */
export function eventChange(item: unknown, calendarZone: string | null): EventChange {
  const parsed = googleEventSchema.safeParse(item);
  if (!parsed.success) {
    const id = typeof (item as { id?: unknown } | null)?.id === 'string' ? ((item as { id: string }).id as string) : null;
    const problem = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'event'}: ${issue.message}`).join('; ');
    return { kind: 'malformed', googleEventId: id, problem };
  }
  const event = parsed.data;
  if (event.status === 'cancelled') return { kind: 'cancelled', googleEventId: event.id };
  const malformed = (problem: string): EventChange => ({ kind: 'malformed', googleEventId: event.id, problem });
  const { start, end } = event;
  if (!start || !end) return malformed('start and end are required');
  const zone = knownZone(start.timeZone) ?? knownZone(calendarZone);
  let times: Pick<CalendarEventRow, 'all_day' | 'start_at' | 'end_at' | 'start_date' | 'end_date'>;
  if (start.date !== undefined || end.date !== undefined) {
    if (start.date === undefined || end.date === undefined) return malformed('an all-day event needs start.date and end.date');
    if (end.date <= start.date) return malformed('an all-day event ends after the day it starts (end.date is exclusive)');
    times = { all_day: true, start_at: null, end_at: null, start_date: start.date, end_date: end.date };
  } else {
    if (start.dateTime === undefined || end.dateTime === undefined) return malformed('start.dateTime and end.dateTime are required');
    const from = instantOf(start.dateTime, zone);
    const to = instantOf(end.dateTime, knownZone(end.timeZone) ?? zone);
    if (!from || !to) return malformed('start.dateTime and end.dateTime must be RFC 3339 times');
    if (to.ms < from.ms) return malformed('the event ends before it starts');
    times = { all_day: false, start_at: from.text, end_at: to.text, start_date: null, end_date: null };
  }
  const taskId = event.extendedProperties?.private?.[ORDO_TASK_PROPERTY];
  return {
    kind: 'upsert',
    row: {
      google_event_id: event.id,
      recurring_event_id: fits(event.recurringEventId, ID_MAX),
      ical_uid: fits(event.iCalUID, ID_MAX),
      status: event.status,
      title: cut(event.summary, TEXT_MAX),
      location: cut(event.location, TEXT_MAX),
      html_link: fits(event.htmlLink, TEXT_MAX),
      ...times,
      time_zone: fits(zone ?? undefined, ZONE_MAX),
      busy: event.transparency !== 'transparent',
      task_id: taskId !== undefined && uuid.safeParse(taskId).success ? taskId : null,
      etag: fits(event.etag, ETAG_MAX),
      google_updated_at: event.updated ? (instantOf(event.updated, null)?.text ?? null) : null,
    },
  };
}
