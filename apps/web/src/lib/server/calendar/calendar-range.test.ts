import { describe, expect, it } from 'vitest';
import { calendarRange, mondayOf } from './calendar-range.ts';

const query = (text: string) => new URLSearchParams(text);
// 23:30 UTC on Sunday 8 November 2026 is already Monday 9 November in Berlin.
const now = new Date('2026-11-08T23:30:00Z');

describe('the calendar page’s range', () => {
  it('shows this week, Monday first, in the person’s zone', () => {
    const berlin = calendarRange(query(''), 'Europe/Berlin', now);
    expect(berlin).toMatchObject({ view: 'week', automatic: true, today: '2026-11-09', focus: '2026-11-09' });
    expect(berlin.days).toEqual(['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15']);
    const newYork = calendarRange(query(''), 'America/New_York', now);
    expect(newYork.days[0]).toBe('2026-11-02');
    expect(newYork.focus).toBe('2026-11-08');
  });

  it('reads ?week= as any day of the week, with links a week either side', () => {
    const range = calendarRange(query('week=2026-03-11'), 'UTC', now);
    expect(range).toMatchObject({ view: 'week', automatic: false, previous: '?week=2026-03-02', next: '?week=2026-03-16', focus: '2026-03-09', day: '?day=2026-03-09' });
    expect(range.days.at(-1)).toBe('2026-03-15');
  });

  it('reads ?day= as the day view, with links a day either side and to its week', () => {
    expect(calendarRange(query('day=2027-01-01'), 'UTC', now)).toMatchObject({
      view: 'day',
      days: ['2027-01-01'],
      previous: '?day=2026-12-31',
      next: '?day=2027-01-02',
      week: '?week=2026-12-28',
    });
  });

  it('falls back to this week for a date that is not one', () => {
    expect(calendarRange(query('day=2026-02-30'), 'UTC', now).view).toBe('week');
    expect(calendarRange(query('week=soon'), 'UTC', now).days[0]).toBe('2026-11-02');
  });

  it('finds Monday across a year end', () => {
    expect(mondayOf('2027-01-03')).toBe('2026-12-28');
    expect(mondayOf('2026-12-28')).toBe('2026-12-28');
  });
});
