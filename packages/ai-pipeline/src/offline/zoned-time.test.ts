import { describe, expect, it } from 'vitest';
import { addDays, formatZonedIso, instantOfWallTime, isValidTimezone, offsetMinutesAt, wallTimeAt, weekdayOf } from './zoned-time.ts';

const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({ year, month, day, hour, minute });

describe('zoned time', () => {
  it('reads the offset a zone observes at an instant, DST included', () => {
    expect(offsetMinutesAt(new Date('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(offsetMinutesAt(new Date('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutesAt(new Date('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(offsetMinutesAt(new Date('2026-01-15T12:00:00Z'), 'Pacific/Auckland')).toBe(780);
    expect(offsetMinutesAt(new Date('2026-07-15T12:00:00Z'), 'Pacific/Auckland')).toBe(720);
    expect(offsetMinutesAt(new Date('2026-07-15T12:00:00Z'), 'Pacific/Honolulu')).toBe(-600);
    expect(offsetMinutesAt(new Date('2026-07-15T12:00:00Z'), 'Asia/Kathmandu')).toBe(345);
  });

  it('turns a wall-clock time into the instant it names on either side of a switch', () => {
    // Berlin springs forward on 29 March 2026 at 02:00 and falls back on 25 October at 03:00.
    expect(instantOfWallTime(wall(2026, 3, 28, 15), 'Europe/Berlin').toISOString()).toBe('2026-03-28T14:00:00.000Z');
    expect(instantOfWallTime(wall(2026, 3, 30, 15), 'Europe/Berlin').toISOString()).toBe('2026-03-30T13:00:00.000Z');
    expect(instantOfWallTime(wall(2026, 11, 2, 9), 'America/New_York').toISOString()).toBe('2026-11-02T14:00:00.000Z');
    expect(instantOfWallTime(wall(2026, 10, 31, 9), 'America/New_York').toISOString()).toBe('2026-10-31T13:00:00.000Z');
  });

  it('moves a time skipped by spring-forward on by the gap, and takes the first of a repeated time', () => {
    expect(formatZonedIso(instantOfWallTime(wall(2026, 3, 29, 2, 30), 'Europe/Berlin'), 'Europe/Berlin')).toBe('2026-03-29T03:30:00+02:00');
    expect(formatZonedIso(instantOfWallTime(wall(2026, 3, 8, 2, 30), 'America/New_York'), 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
    expect(formatZonedIso(instantOfWallTime(wall(2026, 11, 1, 1, 30), 'America/New_York'), 'America/New_York')).toBe('2026-11-01T01:30:00-04:00');
    expect(formatZonedIso(instantOfWallTime(wall(2026, 10, 25, 2, 30), 'Europe/Berlin'), 'Europe/Berlin')).toBe('2026-10-25T02:30:00+02:00');
  });

  it('formats negative and fractional offsets', () => {
    expect(formatZonedIso(new Date('2026-06-01T20:00:00Z'), 'Pacific/Honolulu')).toBe('2026-06-01T10:00:00-10:00');
    expect(formatZonedIso(new Date('2026-06-01T20:00:00Z'), 'Asia/Kathmandu')).toBe('2026-06-02T01:45:00+05:45');
    expect(formatZonedIso(new Date('2026-06-01T20:00:00Z'), 'America/St_Johns')).toBe('2026-06-01T17:30:00-02:30');
  });

  it('reads the calendar day in the zone, not on the machine', () => {
    const instant = new Date('2026-11-23T11:30:00Z');
    expect(wallTimeAt(instant, 'Pacific/Auckland')).toEqual(wall(2026, 11, 24, 0, 30));
    expect(wallTimeAt(instant, 'Pacific/Honolulu')).toEqual(wall(2026, 11, 23, 1, 30));
  });

  it('does calendar arithmetic on dates', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(weekdayOf('2026-11-23')).toBe(1);
  });

  it('knows which zone names exist', () => {
    expect(isValidTimezone('Europe/Berlin')).toBe(true);
    expect(isValidTimezone('Mars/Olympus_Mons')).toBe(false);
  });
});
