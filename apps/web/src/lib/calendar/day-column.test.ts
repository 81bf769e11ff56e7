import { describe, expect, it } from 'vitest';
import { dayColumn } from './day-column.ts';

const wallHours = (date: string, zone: string) => dayColumn(date, zone).hours.map((line) => line.hour);

describe('a day column in the person’s zone', () => {
  it('runs from local midnight to local midnight, whatever zone the machine is in', () => {
    const day = dayColumn('2026-06-10', 'America/New_York');
    expect(new Date(day.start).toISOString()).toBe('2026-06-10T04:00:00.000Z');
    expect(new Date(day.end).toISOString()).toBe('2026-06-11T04:00:00.000Z');
    expect(day.minutes).toBe(1440);
    expect(wallHours('2026-06-10', 'America/New_York')).toEqual([...Array(24).keys()]);
    expect(new Date(dayColumn('2026-06-10', 'Asia/Kathmandu').start).toISOString()).toBe('2026-06-09T18:15:00.000Z');
  });

  it('has 23 hours on the spring change, skipping 02:00', () => {
    const day = dayColumn('2026-03-08', 'America/New_York');
    expect(day.minutes).toBe(23 * 60);
    expect(new Date(day.end).toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(wallHours('2026-03-08', 'America/New_York')).toEqual([0, 1, ...Array.from({ length: 21 }, (_, i) => i + 3)]);
  });

  it('has 25 hours on the autumn change, showing 01:00 twice', () => {
    const day = dayColumn('2026-11-01', 'America/New_York');
    expect(day.minutes).toBe(25 * 60);
    expect(wallHours('2026-11-01', 'America/New_York').slice(0, 4)).toEqual([0, 1, 1, 2]);
    expect(day.hours.at(-1)).toEqual({ minute: 24 * 60, hour: 23, minuteOfHour: 0 });
    expect(dayColumn('2026-10-25', 'Europe/Berlin').minutes).toBe(25 * 60);
  });

  it('starts at 01:00 where the spring change skips midnight itself', () => {
    // Santiago moves from 24:00 to 01:00 on 6 September 2026.
    const day = dayColumn('2026-09-06', 'America/Santiago');
    expect(day.minutes).toBe(23 * 60);
    expect(day.hours[0]).toEqual({ minute: 0, hour: 1, minuteOfHour: 0 });
  });
});
