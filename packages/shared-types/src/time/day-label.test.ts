import { describe, expect, it } from 'vitest';
import { shortDayLabel } from './day-label.ts';

describe('shortDayLabel', () => {
  it('writes weekday, day and month, and the year only when it is not the reference day’s', () => {
    expect(shortDayLabel('2026-12-03')).toBe('Thu 3 Dec');
    expect(shortDayLabel('2026-12-10', '2026-12-03')).toBe('Thu 10 Dec');
    expect(shortDayLabel('2027-01-02', '2026-12-31')).toBe('Sat 2 Jan 2027');
    expect(shortDayLabel('2024-02-29')).toBe('Thu 29 Feb');
  });
});
