import { addDays, calendarDay, dateOnlySchema, weekdayOf } from '@ordo/shared-types';

export type CalendarView = 'week' | 'day';

/** Which days the calendar page shows, from its query (?week=YYYY-MM-DD or ?day=YYYY-MM-DD). */
export interface CalendarRange {
  view: CalendarView;
  /**
   * True when the query chose no view: the page shows the week, and narrow screens show only
   * `focus` of it (a day view) until the person picks one.
   */
  automatic: boolean;
  /** 'YYYY-MM-DD', in order: seven from Monday, or one. */
  days: string[];
  /** The day a narrow screen or the day view shows: today when it is shown, else the first day. */
  focus: string;
  today: string;
  /** Query strings for the navigation links. */
  previous: string;
  next: string;
  /** The other view of the same time. */
  week: string;
  day: string;
}

const isDate = (value: string | null): value is string => value !== null && dateOnlySchema.safeParse(value).success;

/** The Monday of the week that holds `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/**
 * The range a query asks for, in the person's zone at `now`. A missing or malformed date means
 * this week (or today): a stale bookmark should still open the calendar.
 */
export function calendarRange(query: URLSearchParams, zone: string, now: Date): CalendarRange {
  const today = calendarDay(now, zone);
  const dayParam = query.get('day');
  const weekParam = query.get('week');
  if (isDate(dayParam)) {
    return {
      view: 'day',
      automatic: false,
      days: [dayParam],
      focus: dayParam,
      today,
      previous: `?day=${addDays(dayParam, -1)}`,
      next: `?day=${addDays(dayParam, 1)}`,
      week: `?week=${mondayOf(dayParam)}`,
      day: `?day=${dayParam}`,
    };
  }
  const monday = mondayOf(isDate(weekParam) ? weekParam : today);
  const days = Array.from({ length: 7 }, (_, index) => addDays(monday, index));
  const focus = days.includes(today) ? today : monday;
  return {
    view: 'week',
    automatic: !isDate(weekParam),
    days,
    focus,
    today,
    previous: `?week=${addDays(monday, -7)}`,
    next: `?week=${addDays(monday, 7)}`,
    week: `?week=${monday}`,
    day: `?day=${focus}`,
  };
}
