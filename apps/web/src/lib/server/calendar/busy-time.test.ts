import { describe, expect, it } from 'vitest';
import { type BusyInterval, busyOnlyTime } from './busy-time.ts';

const timed = (start: string, end: string): BusyInterval => ({
  start_at: new Date(start),
  end_at: new Date(end),
  start_date: null,
  end_date: null,
  all_day: false,
});
const ms = (iso: string) => new Date(iso).getTime();

describe('busy-only time', () => {
  it('draws what no shown item accounts for, once for each shown item with the same times', () => {
    const intervals = [
      timed('2026-06-10T09:00:00Z', '2026-06-10T10:00:00Z'),
      timed('2026-06-10T09:00:00Z', '2026-06-10T10:00:00Z'),
      timed('2026-06-10T12:00:00Z', '2026-06-10T13:00:00Z'),
      { start_at: null, end_at: null, start_date: '2026-06-11', end_date: '2026-06-12', all_day: true },
      { start_at: null, end_at: null, start_date: '2026-06-12', end_date: '2026-06-13', all_day: true },
    ];
    const shown = [{ start: ms('2026-06-10T09:00:00Z'), end: ms('2026-06-10T10:00:00Z') }];
    const result = busyOnlyTime(intervals, shown, [{ startDate: '2026-06-11', endDate: '2026-06-12' }]);
    expect(result.timed.map((item) => [new Date(item.start).toISOString(), item.title, item.kind])).toEqual([
      ['2026-06-10T09:00:00.000Z', 'Busy', 'busy'],
      ['2026-06-10T12:00:00.000Z', 'Busy', 'busy'],
    ]);
    expect(result.allDay.map((item) => item.startDate)).toEqual(['2026-06-12']);
  });
});
