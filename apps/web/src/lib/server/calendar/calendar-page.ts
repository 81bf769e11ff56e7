import type { Db } from '@ordo/supabase-client';
import { type DayColumn, dayColumn } from '$lib/calendar/day-column.ts';
import { type CalendarRange, calendarRange, mondayOf } from './calendar-range.ts';
import { type CalendarWeek, loadCalendarWeek } from './calendar-week.ts';

export interface CalendarPage extends CalendarWeek {
  range: CalendarRange;
  columns: DayColumn[];
  /** The person's zone (users.timezone), which every time on the page is in. */
  zone: string;
  /** Epoch ms the page was made at, for the current-time line until the browser ticks it on. */
  now: number;
  /** Links to the planner for the focused day and its week. */
  plan: { day: string; week: string };
}

/** Everything /calendar shows for its query, in the person's zone, never the browser's. */
export async function loadCalendarPage(db: Db, user: { id: string; timezone: string }, query: URLSearchParams, now: Date): Promise<CalendarPage> {
  const zone = user.timezone;
  const range = calendarRange(query, zone, now);
  const columns = range.days.map((date) => dayColumn(date, zone));
  const first = columns[0] as DayColumn;
  const last = columns.at(-1) as DayColumn;
  const week = await loadCalendarWeek(db, user.id, {
    from: new Date(first.start),
    to: new Date(last.end),
    firstDay: first.date,
    lastDay: last.date,
  });
  return {
    ...week,
    range,
    columns,
    zone,
    now: now.getTime(),
    plan: { day: `/plan?range=day&date=${range.focus}`, week: `/plan?range=week&date=${mondayOf(range.focus)}` },
  };
}
