import { describe, expect, it } from 'vitest';
import { type CalendarEventRow, eventChange } from './event-rows.ts';

const timed = (start: string, end: string, extra: Record<string, unknown> = {}) =>
  eventChange({ id: 'e1', start: { dateTime: start }, end: { dateTime: end }, ...extra }, 'Europe/Berlin');

const row = (change: ReturnType<typeof eventChange>): CalendarEventRow => {
  if (change.kind !== 'upsert') throw new Error(`expected an event to store, got ${JSON.stringify(change)}`);
  return change.row;
};

describe('eventChange times', () => {
  it('keeps an RFC 3339 time with an offset as Google wrote it', () => {
    const stored = row(timed('2026-12-11T09:00:00-05:00', '2026-12-11T20:30:00.250+05:30', { updated: '2026-12-01T08:00:00.123Z' }));
    expect(stored).toMatchObject({ start_at: '2026-12-11T09:00:00-05:00', end_at: '2026-12-11T20:30:00.250+05:30', google_updated_at: '2026-12-01T08:00:00.123Z' });
  });

  it('writes out anew, in UTC, a time PostgreSQL would read otherwise than JavaScript or refuse', () => {
    // A day the month does not have (JavaScript rolls it over; PostgreSQL refuses it).
    expect(row(timed('2026-02-29T09:00:00Z', '2026-02-29T10:00:00Z')).start_at).toBe('2026-03-01T09:00:00.000Z');
    expect(row(timed('2026-04-31T09:00:00+02:00', '2026-04-31T10:00:00+02:00')).start_at).toBe('2026-05-01T07:00:00.000Z');
    // Microseconds, which PostgreSQL would round and JavaScript drops, and a lower-case t and z.
    expect(row(timed('2026-12-11T09:00:00.123456Z', '2026-12-11t10:00:00z'))).toMatchObject({
      start_at: '2026-12-11T09:00:00.123Z',
      end_at: '2026-12-11T10:00:00.000Z',
    });
    // A leap day stays as written.
    expect(row(timed('2028-02-29T09:00:00Z', '2028-02-29T10:00:00Z')).start_at).toBe('2028-02-29T09:00:00Z');
  });

  it('reads a time without an offset on the clock of the event zone, else the calendar zone', () => {
    expect(row(timed('2026-07-01T09:00:00', '2026-07-01T10:00:00')).start_at).toBe('2026-07-01T07:00:00.000Z');
    const inTokyo = eventChange({ id: 'e2', start: { dateTime: '2026-07-01T09:00:00', timeZone: 'Asia/Tokyo' }, end: { dateTime: '2026-07-01T10:00:00' } }, 'Europe/Berlin');
    expect(row(inTokyo)).toMatchObject({ start_at: '2026-07-01T00:00:00.000Z', end_at: '2026-07-01T01:00:00.000Z', time_zone: 'Asia/Tokyo' });
  });

  it('compares the instants, not the texts, to find an event that ends before it starts', () => {
    // 09:30 in New York is after 10:00 in London the same morning.
    expect(timed('2026-12-11T09:30:00-05:00', '2026-12-11T10:00:00+00:00')).toMatchObject({ kind: 'malformed', problem: 'the event ends before it starts' });
    expect(row(timed('2026-12-11T10:00:00+00:00', '2026-12-11T09:30:00-05:00')).end_at).toBe('2026-12-11T09:30:00-05:00');
    expect(timed('2026-12-11T25:00:00Z', '2026-12-11T26:00:00Z')).toMatchObject({ kind: 'malformed' });
  });
});
