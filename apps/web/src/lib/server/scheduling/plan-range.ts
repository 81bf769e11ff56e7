import { addDays, calendarDay, type PlanRange, type PlanRangeKind, weekdayOf } from '@ordo/shared-types';

/** The local dates a plan covers: the day of `date`, or its Monday-to-Sunday week; today when no date is given. */
export function planRangeOf(kind: PlanRangeKind, date: string | undefined, zone: string, now: Date): PlanRange {
  const day = date ?? calendarDay(now, zone);
  if (kind === 'day') return { from: day, to: day };
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
  return { from: monday, to: addDays(monday, 6) };
}
