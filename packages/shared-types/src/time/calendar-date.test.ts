import { describe, expect, it } from 'vitest';
import { addDays, formatDate, parseDate, weekdayOf } from './calendar-date.ts';

describe('calendar dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('names the weekday of a date', () => {
    expect(weekdayOf('2026-11-23')).toBe(1);
    expect(weekdayOf('2026-11-29')).toBe(0);
  });

  it('formats and parses the same fields', () => {
    expect(formatDate({ year: 987, month: 3, day: 7 })).toBe('0987-03-07');
    expect(parseDate('2026-03-08')).toEqual({ year: 2026, month: 3, day: 8 });
  });
});
