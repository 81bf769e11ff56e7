import { parseDate, weekdayOf } from './calendar-date.ts';

// How briefs and their emails write a calendar day, for people and for the check that reads it
// back: "Thu 10 Dec", the same whatever the server's locale or zone.
export const SHORT_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** 'YYYY-MM-DD' → "Thu 10 Dec", with the year when it differs from `today`'s (when given). */
export function shortDayLabel(day: string, today: string = day): string {
  const { year, month, day: dayOfMonth } = parseDate(day);
  const label = `${SHORT_WEEKDAYS[weekdayOf(day)]} ${dayOfMonth} ${SHORT_MONTHS[month - 1]}`;
  return year === parseDate(today).year ? label : `${label} ${year}`;
}
