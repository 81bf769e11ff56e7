import { describe, expect, it } from 'vitest';
import { calendarDay } from './calendar-day.ts';

describe('calendarDay', () => {
  it("gives the date in the user's time zone, not the server's", () => {
    const now = new Date('2026-11-23T12:30:00Z');
    expect(calendarDay(now, 'UTC')).toBe('2026-11-23');
    expect(calendarDay(now, 'Pacific/Auckland')).toBe('2026-11-24');
    expect(calendarDay(new Date('2026-11-23T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-22');
  });

  it('keeps answering per zone once the zone\'s formatter is kept', () => {
    const late = new Date('2026-12-31T23:30:00Z');
    expect(calendarDay(late, 'Europe/Berlin')).toBe('2027-01-01');
    expect(calendarDay(late, 'America/New_York')).toBe('2026-12-31');
    expect(calendarDay(new Date('2027-01-01T00:30:00Z'), 'America/New_York')).toBe('2026-12-31');
    expect(calendarDay(new Date('2027-01-01T05:30:00Z'), 'America/New_York')).toBe('2027-01-01');
  });
});
