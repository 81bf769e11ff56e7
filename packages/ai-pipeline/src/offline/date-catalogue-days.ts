import { describe, expect, it } from 'vitest';
import type { DraftContext } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

/*
 * The days a date catalogue expects, worked out with plain UTC arithmetic (never the parser's
 * code), and the check that runs its entries on many `today`s. Shared by date-catalogue.test.ts
 * and date-phrasings.test.ts.
 */

const DAY_MS = 86_400_000;

function toTime(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1);
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function plus(today: string, days: number): string {
  return fromTime(toTime(today) + days * DAY_MS);
}

/** 0 for Sunday to 6 for Saturday. */
function dayOfWeek(date: string): number {
  return new Date(toTime(date)).getUTCDay();
}

export const SUN = 0;
export const MON = 1;
export const TUE = 2;
export const WED = 3;
export const THU = 4;
export const FRI = 5;
export const SAT = 6;

/** The weekday on or after today. */
export function coming(today: string, weekday: number): string {
  return plus(today, (weekday - dayOfWeek(today) + 7) % 7);
}

/** Monday of the week after today's (weeks start on Monday; on a Sunday that is tomorrow). */
export function mondayNextWeek(today: string): string {
  const weekday = dayOfWeek(today);
  return plus(today, weekday === SUN ? 1 : 8 - weekday);
}

/** That weekday in next week. */
export function inNextWeek(today: string, weekday: number): string {
  return plus(mondayNextWeek(today), (weekday + 6) % 7);
}

/** Friday of this week; Saturday: today; Sunday: the Friday ahead. */
export function fridayThisWeek(today: string): string {
  return dayOfWeek(today) === SAT ? today : coming(today, FRI);
}

/** The coming Saturday; on a Sunday, today. */
export function weekendDay(today: string): string {
  return dayOfWeek(today) === SUN ? today : coming(today, SAT);
}

export function lastOfMonth(today: string): string {
  const date = new Date(toTime(today));
  return fromTime(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
}

/** The next date on or after today with this day of the month, skipping months without it. */
export function dayOfMonth(today: string, day: number): string {
  const date = new Date(toTime(today));
  for (let ahead = 0; ahead <= 12; ahead++) {
    const candidate = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + ahead, day));
    if (candidate.getUTCDate() === day && fromTime(candidate.getTime()) >= today) return fromTime(candidate.getTime());
  }
  throw new Error(`no ${day} after ${today}`);
}

export function firstOfNextMonth(today: string): string {
  return plus(lastOfMonth(today), 1);
}

/** The last day of a month, this year's or, once it has passed, next year's. */
export function endOfNamedMonth(today: string, month: number): string {
  const year = new Date(toTime(today)).getUTCFullYear();
  const thisYear = fromTime(Date.UTC(year, month, 0));
  return thisYear >= today ? thisYear : fromTime(Date.UTC(year + 1, month, 0));
}

/** The next date on or after today that is this month and day. */
export function monthDay(today: string, month: number, day: number): string {
  const year = new Date(toTime(today)).getUTCFullYear();
  const thisYear = fromTime(Date.UTC(year, month - 1, day));
  return thisYear >= today ? thisYear : fromTime(Date.UTC(year + 1, month - 1, day));
}

/**
 * Every weekday in the week clocks go forward in Europe (Sunday 29 March 2026), the end of a
 * 30-day month (a Thursday), the end of February (a Saturday) and the end of the year (a Thursday).
 */
const TODAYS = ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29', '2026-04-30', '2026-02-28', '2026-12-31'];

export interface Entry {
  /** The task line; `{}` is where the date goes in. */
  line: string;
  expected: (today: string) => string | null;
  timezone?: string;
  /** The title left once the date is cut out. */
  title?: string;
}

function readLine(line: string, today: string, timezone = 'Europe/Berlin'): { title: string; due: string | null } | null {
  const context: DraftContext = { today, timezone, projects: [], tasks: [] };
  const created = parseDump(line, context).find((operation) => operation.op === 'create_task');
  return created && created.op === 'create_task' ? { title: created.title, due: created.due_date } : null;
}

/** Checks an entry on every `today`; the misses are listed so a failure says which days. */
function missesOf(entry: Entry): string[] {
  const misses: string[] = [];
  for (const today of TODAYS) {
    const read = readLine(entry.line, today, entry.timezone);
    const expected = entry.expected(today);
    if (!read) misses.push(`${today}: no task`);
    else if (read.due !== expected) misses.push(`${today}: ${read.due} (expected ${expected})`);
    else if (entry.title !== undefined && read.title !== entry.title) misses.push(`${today}: title "${read.title}"`);
  }
  return misses;
}

export function check(kind: string, entries: Entry[]): void {
  describe(kind, () => {
    for (const entry of entries) {
      it(entry.timezone ? `${entry.line} (${entry.timezone})` : entry.line, () => {
        expect(missesOf(entry)).toEqual([]);
      });
    }
  });
}
