import { parseDate, SHORT_MONTHS as MONTHS, SHORT_WEEKDAYS as WEEKDAYS } from '@ordo/shared-types';

// A brief writes days as shortDayLabel does ("Thu 10 Dec"); the check reads them back from prose.

/** A date a text mentions: the day it names and, when it names one, the weekday it claims. */
export interface MentionedDate {
  text: string;
  day: string | null;
  weekday: number | null;
}

const monthPattern = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const weekdayPattern = 'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';
// "Thu 10 Dec", "10 December 2026", "Thursday, 10th Dec", "Dec 10", "December 10th, 2026", "2026-12-10".
const datePattern = new RegExp(
  [
    String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`,
    String.raw`\b(?:(${weekdayPattern})[a-z]*\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(${monthPattern})[a-z]*\.?(?:,?\s+(\d{4}))?\b`,
    String.raw`\b(?:(${weekdayPattern})[a-z]*\.?,?\s+)?(${monthPattern})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`,
  ].join('|'),
  'gi',
);

const pad = (value: number) => String(value).padStart(2, '0');

function weekdayNumber(name: string | undefined): number | null {
  if (!name) return null;
  return WEEKDAYS.findIndex((weekday) => name.toLowerCase().startsWith(weekday.toLowerCase()));
}

function monthNumber(name: string): number {
  return MONTHS.findIndex((month) => name.toLowerCase().startsWith(month.toLowerCase())) + 1;
}

/** The real calendar day of these fields, or null (31 Nov). */
function realDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A day without a year is the one nearest `today` (so "2 Jan" in a late-December brief is next year's). */
function nearestYear(month: number, day: number, today: string): string | null {
  const { year } = parseDate(today);
  const base = Date.UTC(parseDate(today).year, parseDate(today).month - 1, parseDate(today).day);
  let best: { day: string; distance: number } | null = null;
  for (const candidate of [year - 1, year, year + 1]) {
    const text = realDay(candidate, month, day);
    if (!text) continue;
    const distance = Math.abs(Date.UTC(candidate, month - 1, day) - base);
    if (!best || distance < best.distance) best = { day: text, distance };
  }
  return best?.day ?? null;
}

/** Every date `text` spells out, as calendar days (null when it names no real day). */
export function mentionedDates(text: string, today: string): MentionedDate[] {
  const found: MentionedDate[] = [];
  for (const match of text.matchAll(datePattern)) {
    const [whole, isoYear, isoMonth, isoDay, w1, d1, m1, y1, w2, m2, d2, y2] = match;
    if (isoYear) {
      found.push({ text: whole, day: realDay(Number(isoYear), Number(isoMonth), Number(isoDay)), weekday: null });
      continue;
    }
    const weekdayName = w1 ?? w2;
    const month = monthNumber((m1 ?? m2) as string);
    const dayOfMonth = Number(d1 ?? d2);
    const year = y1 ?? y2;
    const day = year ? realDay(Number(year), month, dayOfMonth) : nearestYear(month, dayOfMonth, today);
    found.push({ text: whole, day, weekday: weekdayNumber(weekdayName) });
  }
  return found;
}
