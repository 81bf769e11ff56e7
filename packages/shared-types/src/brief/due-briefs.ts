import { addDays, parseDate, weekdayOf } from '../time/calendar-date.ts';
import { calendarDay, instantOfWallTime } from '../time/zoned.ts';
import type { BriefKind, BriefPreferences } from './preferences.ts';

/** Someone who may get a brief: their address, profile timezone and brief settings. */
export interface BriefRecipient {
  user_id: string;
  email: string;
  timezone: string;
  preferences: Pick<BriefPreferences, 'enabled' | 'send_time' | 'weekdays' | 'weekly_day'>;
}

/** A brief whose send instant falls in a window: for whom, which kind, for which of their dates, and when. */
export interface DueBrief {
  user_id: string;
  email: string;
  kind: BriefKind;
  /** The person's calendar date ('YYYY-MM-DD') in `timezone`. */
  local_date: string;
  timezone: string;
  send_at: Date;
}

/** A half-open window of instants, (from, to]: a tick covers what happened since the previous one, up to itself. */
export interface InstantWindow {
  from: Date;
  to: Date;
}

/** The queue's dedup key of a scheduled brief: one per person, kind and local date. */
export function briefDedupKey(userId: string, kind: BriefKind, localDate: string): string {
  return `brief:${userId}:${kind}:${localDate}`;
}

/**
 * The dedup key of a tick's brief.generate_batch job: its first person's brief key, so a later tick
 * listing the same batch again adds nothing. Each person's own once-only is their daily_briefs row.
 */
export function briefBatchDedupKey(first: { user_id: string; kind: BriefKind; local_date: string }): string {
  return `brief-batch:${first.user_id}:${first.kind}:${first.local_date}`;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
function isoWeekday(date: string): number {
  return weekdayOf(date) || 7;
}

/**
 * Which brief a person's settings give a local date: the weekly review on its day, instead of
 * that morning's daily brief (one email that morning), a daily brief on the chosen weekdays,
 * else none.
 */
export function briefKindOn(preferences: BriefRecipient['preferences'], localDate: string): BriefKind | null {
  return kindOnWeekday(preferences, isoWeekday(localDate));
}

function kindOnWeekday(preferences: BriefRecipient['preferences'], weekday: number): BriefKind | null {
  if (preferences.weekly_day === weekday) return 'weekly';
  return preferences.weekdays.includes(weekday) ? 'daily' : null;
}

/** A local date the window may reach in one zone, with the send instants resolved so far, by send time. */
interface ZoneDate {
  date: string;
  weekday: number;
  sendAt: Map<string, number>;
}

/**
 * Every brief whose send instant falls in (from, to], in send order. The send instant of a local
 * date is its send time on the zone's wall clock (zoned.ts): a time the spring change skips moves
 * forward by the gap, a time the autumn change repeats is its first occurrence, so each local
 * date has exactly one instant and a window sliding minute by minute meets it once.
 *
 * Many people share a zone and a send time: dates and instants are worked out once per zone,
 * date and time, not once per person.
 */
export function dueBriefs(people: Iterable<BriefRecipient>, window: InstantWindow): DueBrief[] {
  const from = window.from.getTime();
  const to = window.to.getTime();
  if (!(to > from)) return [];
  const zones = new Map<string, ZoneDate[]>();
  const due: DueBrief[] = [];
  for (const person of people) {
    const { preferences, timezone } = person;
    if (!preferences.enabled) continue;
    let dates = zones.get(timezone);
    if (!dates) {
      dates = candidateDates(window, timezone).map((date) => ({ date, weekday: isoWeekday(date), sendAt: new Map() }));
      zones.set(timezone, dates);
    }
    for (const zoneDate of dates) {
      const kind = kindOnWeekday(preferences, zoneDate.weekday);
      if (!kind) continue;
      let sendAt = zoneDate.sendAt.get(preferences.send_time);
      if (sendAt === undefined) {
        const [hour, minute] = preferences.send_time.split(':').map(Number) as [number, number];
        sendAt = instantOfWallTime({ ...parseDate(zoneDate.date), hour, minute }, timezone).getTime();
        zoneDate.sendAt.set(preferences.send_time, sendAt);
      }
      if (sendAt > from && sendAt <= to) {
        due.push({ user_id: person.user_id, email: person.email, kind, local_date: zoneDate.date, timezone, send_at: new Date(sendAt) });
      }
    }
  }
  // Plain comparison of ids: localeCompare costs a collation per call, too slow for 10,000 people.
  return due.sort((a, b) => a.send_at.getTime() - b.send_at.getTime() || (a.user_id < b.user_id ? -1 : a.user_id > b.user_id ? 1 : 0));
}

/**
 * The local dates whose send instant can fall in the window: from the day before the window
 * starts (a skipped wall time is pushed forward, possibly past midnight) to the day it ends.
 */
function candidateDates(window: InstantWindow, timezone: string): string[] {
  const last = calendarDay(window.to, timezone);
  const dates: string[] = [];
  for (let date = addDays(calendarDay(window.from, timezone), -1); date <= last; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** The next brief a person's settings give after `after` (within two weeks), or null when none is scheduled. */
export function nextBrief(person: BriefRecipient, after: Date): DueBrief | null {
  return dueBriefs([person], { from: after, to: new Date(after.getTime() + 14 * 86_400_000) })[0] ?? null;
}
