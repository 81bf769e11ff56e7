import { dateValue, escapeText, foldLine, utcDateTime } from './ics-text.ts';

/** One VEVENT of the feed. */
export type FeedEvent = {
  /** Stable across fetches and edits: task-<id>@<host> or block-<id>@<host>. */
  uid: string;
  summary: string;
  /** The task's page in Ordo. */
  url: string;
  /** What DTSTAMP, LAST-MODIFIED and SEQUENCE are taken from. */
  updatedAt: Date;
} & ({ start: Date; end: Date } | { date: string });

// SEQUENCE counts seconds from here, so it grows with every edit and stays well inside the 32-bit
// integers some clients keep it in until 2088 (Unix seconds pass 2^31 in 2038).
const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1);

/** SEQUENCE for a version last changed at `updatedAt`: later edits always have higher numbers. */
export function sequenceOf(updatedAt: Date): number {
  return Math.max(0, Math.floor((updatedAt.getTime() - SEQUENCE_EPOCH_MS) / 1000));
}

/**
 * The feed as an iCalendar object. Times are written in UTC (form #2), not with TZID and a
 * VTIMEZONE: tasks are stored as instants, every client shows UTC times in its viewer's own
 * zone, and a hand-written VTIMEZONE would have to restate the zone's rules and go stale when
 * they change. All-day events are DATE values, which belong to no zone. Nothing in the output
 * depends on when it is made, so an unchanged feed is byte-for-byte the same (and its ETag too).
 */
export function writeFeedCalendar(events: readonly FeedEvent[], name: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ordo//Task calendar feed//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `NAME:${escapeText(name)}`,
    // How often to fetch again (RFC 7986, and Outlook's older name for it).
    'REFRESH-INTERVAL;VALUE=DURATION:PT15M',
    'X-PUBLISHED-TTL:PT15M',
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcDateTime(event.updatedAt)}`,
      `LAST-MODIFIED:${utcDateTime(event.updatedAt)}`,
      `SEQUENCE:${sequenceOf(event.updatedAt)}`,
    );
    if ('date' in event) {
      const next = new Date(`${event.date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      lines.push(`DTSTART;VALUE=DATE:${dateValue(event.date)}`, `DTEND;VALUE=DATE:${dateValue(next.toISOString().slice(0, 10))}`, 'TRANSP:TRANSPARENT');
    } else {
      lines.push(`DTSTART:${utcDateTime(event.start)}`, `DTEND:${utcDateTime(event.end)}`, 'TRANSP:OPAQUE');
    }
    lines.push(`SUMMARY:${escapeText(event.summary)}`, `URL:${event.url}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('');
}
