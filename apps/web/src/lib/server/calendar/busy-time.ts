import type { AllDayItem, TimedItem } from '$lib/calendar/calendar-item.ts';

/** A row of calendar_busy_intervals(): every synced calendar's busy time, with no titles. */
export interface BusyInterval {
  start_at: Date | null;
  end_at: Date | null;
  start_date: string | null;
  end_date: string | null;
  all_day: boolean;
}

/**
 * The busy time that nothing already on the page accounts for, as untitled "Busy" items. The
 * function returns shown calendars' busy events too, and Ordo's own copies of scheduled tasks; an
 * interval is taken as one of those when an item already shown has exactly its times, each
 * shown item accounting for one interval. (Where a busy-only event has exactly the times of a
 * shown one, it is not drawn twice; the conflict with a task is still shown once.)
 */
export function busyOnlyTime(
  intervals: readonly BusyInterval[],
  shownTimed: readonly { start: number; end: number }[],
  shownAllDay: readonly { startDate: string; endDate: string }[],
): { timed: TimedItem[]; allDay: AllDayItem[] } {
  const unclaimed = new Map<string, number>();
  const claim = (key: string) => unclaimed.set(key, (unclaimed.get(key) ?? 0) + 1);
  for (const item of shownTimed) claim(`${item.start}/${item.end}`);
  for (const item of shownAllDay) claim(`${item.startDate}/${item.endDate}`);
  const accountedFor = (key: string) => {
    const left = unclaimed.get(key) ?? 0;
    if (left > 0) unclaimed.set(key, left - 1);
    return left > 0;
  };

  const timed: TimedItem[] = [];
  const allDay: AllDayItem[] = [];
  intervals.forEach((interval, index) => {
    if (interval.all_day && interval.start_date && interval.end_date) {
      if (accountedFor(`${interval.start_date}/${interval.end_date}`)) return;
      allDay.push({ key: `busy:${index}`, kind: 'busy', id: null, title: 'Busy', color: null, startDate: interval.start_date, endDate: interval.end_date });
    } else if (interval.start_at && interval.end_at) {
      const start = interval.start_at.getTime();
      const end = interval.end_at.getTime();
      if (accountedFor(`${start}/${end}`)) return;
      timed.push({ key: `busy:${index}`, kind: 'busy', id: null, taskId: null, title: 'Busy', color: null, start, end, blocksTime: true });
    }
  });
  return { timed, allDay };
}
