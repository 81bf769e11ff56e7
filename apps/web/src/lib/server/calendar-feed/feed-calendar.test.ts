import { formatZonedIso, instantOfWallTime } from '@ordo/shared-types';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../../tests/parse-ics.ts';
import { type FeedEvent, sequenceOf, writeFeedCalendar } from './feed-calendar.ts';
import { escapeText, foldLine } from './ics-text.ts';

const NY = 'America/New_York';
const updatedAt = new Date('2026-02-01T10:00:00Z');
const nineInNewYork = (year: number, month: number, day: number) => instantOfWallTime({ year, month, day, hour: 9, minute: 0 }, NY);
const timed = (id: string, start: Date, minutes: number, summary = `Task ${id}`): FeedEvent => ({
  uid: `task-${id}@ordo.example`,
  summary,
  url: `https://ordo.example/tasks/${id}`,
  updatedAt,
  start,
  end: new Date(start.getTime() + minutes * 60_000),
});
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('the ICS feed writer, read back by ical.js', () => {
  it('writes every event’s start and end so another parser reads the same instants', () => {
    const events = [timed('a', new Date('2026-06-10T13:00:00Z'), 60), timed('b', new Date('2026-06-10T23:30:00Z'), 90)];
    const parsed = parseFeed(writeFeedCalendar(events, 'Ordo tasks'));
    expect(parsed.name).toBe('Ordo tasks');
    expect(parsed.events).toEqual([
      expect.objectContaining({ uid: 'task-a@ordo.example', allDay: false, start: '2026-06-10T13:00:00.000Z', end: '2026-06-10T14:00:00.000Z' }),
      expect.objectContaining({ uid: 'task-b@ordo.example', allDay: false, start: '2026-06-10T23:30:00.000Z', end: '2026-06-11T01:00:00.000Z' }),
    ]);
    expect(parsed.events[0]).toMatchObject({
      url: 'https://ordo.example/tasks/a',
      sequence: sequenceOf(updatedAt),
      lastModified: updatedAt.toISOString(),
      dtstamp: updatedAt.toISOString(),
    });
  });

  it('round-trips a task at 09:00 New York on both sides of both 2026 changes of clocks', () => {
    // Spring forward on 8 March, fall back on 1 November.
    const days = [
      [2026, 3, 7],
      [2026, 3, 9],
      [2026, 10, 31],
      [2026, 11, 2],
    ] as const;
    const events = days.map(([y, m, d]) => timed(`${m}-${d}`, nineInNewYork(y, m, d), 30));
    const parsed = parseFeed(writeFeedCalendar(events, 'Ordo tasks'));
    expect(parsed.events.map((event) => formatZonedIso(new Date(event.start), NY))).toEqual([
      '2026-03-07T09:00:00-05:00',
      '2026-03-09T09:00:00-04:00',
      '2026-10-31T09:00:00-04:00',
      '2026-11-02T09:00:00-05:00',
    ]);
    expect(parsed.events.map((event) => event.start)).toEqual([
      '2026-03-07T14:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
      '2026-10-31T13:00:00.000Z',
      '2026-11-02T14:00:00.000Z',
    ]);
  });

  it('writes a due date as an all-day event, the day after as its exclusive end', () => {
    const text = writeFeedCalendar([{ uid: 'task-d@ordo.example', summary: 'Pay rent', url: 'https://ordo.example/tasks/d', updatedAt, date: '2026-12-31' }], 'Ordo tasks');
    expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\n');
    expect(parseFeed(text).events[0]).toMatchObject({ allDay: true, start: '2026-12-31', end: '2027-01-01' });
  });

  it('escapes commas, semicolons, backslashes and line breaks so titles read back unchanged', () => {
    const summary = 'Buy milk, eggs; bread\nthen call C:\\Users\\Bob\r\nabout it';
    expect(escapeText(summary)).toBe('Buy milk\\, eggs\\; bread\\nthen call C:\\\\Users\\\\Bob\\nabout it');
    const parsed = parseFeed(writeFeedCalendar([timed('e', new Date('2026-06-10T13:00:00Z'), 30, summary)], 'Ordo tasks'));
    expect(parsed.events[0]?.summary).toBe('Buy milk, eggs; bread\nthen call C:\\Users\\Bob\nabout it');
  });

  it('folds long lines at 75 octets without splitting a character, CRLF throughout', () => {
    const summary = `Plan the ${'very '.repeat(20)}long offsite — café, naïve 日本語 planning 🗓️ with everyone`.repeat(2);
    const text = writeFeedCalendar([timed('f', new Date('2026-06-10T13:00:00Z'), 30, summary)], 'Ordo tasks');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    expect(parseFeed(text).events[0]?.summary).toBe(summary);
    // A character of four octets is never cut in two.
    const folded = foldLine(`SUMMARY:${'🗓'.repeat(40)}`);
    for (const line of folded.split('\r\n').slice(0, -1)) expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
  });

  it('gives a later edit a higher SEQUENCE that fits in 32 bits', () => {
    expect(sequenceOf(new Date('2026-02-01T10:00:01Z'))).toBe(sequenceOf(updatedAt) + 1);
    expect(sequenceOf(new Date('2087-12-31T00:00:00Z'))).toBeLessThan(2 ** 31);
  });
});
