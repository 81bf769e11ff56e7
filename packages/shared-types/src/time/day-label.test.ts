import { describe, expect, it } from 'vitest';
import { shortDayLabel } from './day-label.ts';

describe('shortDayLabel', () => {
  it('writes weekday, day and month, and the year only when it is not the reference day’s', () => {
    expect(shortDayLabel('2026-12-03')).toBe('Thu 3 Dec');
    expect(shortDayLabel('2026-12-10', '2026-12-03')).toBe('Thu 10 Dec');
    expect(shortDayLabel('2027-01-02', '2026-12-31')).toBe('Sat 2 Jan 2027');
    expect(shortDayLabel('2024-02-29')).toBe('Thu 29 Feb');
  });

  it('writes every date of a leap year as en-GB does, but September as briefs write it (Sep)', () => {
    for (let day = 0; day < 366; day++) {
      const date = new Date(Date.UTC(2028, 0, 1 + day, 12));
      const month = date.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' }).replace('Sept', 'Sep');
      const expected = `${date.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' })} ${date.getUTCDate()} ${month}`;
      expect(shortDayLabel(date.toISOString().slice(0, 10))).toBe(expected);
    }
  });
});
