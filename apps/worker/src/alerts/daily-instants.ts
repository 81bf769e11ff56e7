import { dueBriefs, type InstantWindow } from '@ordo/shared-types';

export interface DailyTime {
  user_id: string;
  timezone: string;
  /** 'HH:MM' on the person's clock, every day. */
  time: string;
}

export interface DueDailyTime {
  user_id: string;
  /** The person's date ('YYYY-MM-DD') the instant belongs to. */
  local_date: string;
  at: Date;
}

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/**
 * Each person's daily wall-clock time that falls in (from, to], with its local date. Resolved by
 * the daily brief's dueBriefs, so both agree on DST: a time the spring change skips moves forward
 * by the gap, a time the autumn change repeats counts once (its first occurrence).
 */
export function dueDailyTimes(people: Iterable<DailyTime>, window: InstantWindow): DueDailyTime[] {
  const recipients = Array.from(people, (person) => ({
    user_id: person.user_id,
    email: '',
    timezone: person.timezone,
    preferences: { enabled: true, send_time: person.time, weekdays: EVERY_DAY, weekly_day: null },
  }));
  return dueBriefs(recipients, window).map((due) => ({ user_id: due.user_id, local_date: due.local_date, at: due.send_at }));
}
