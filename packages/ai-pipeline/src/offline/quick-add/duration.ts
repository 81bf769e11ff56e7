import { TASK_DURATION_MINUTES_MAX } from '@ordo/shared-types';
import { matchesOf } from './text-ranges.ts';
import type { Token } from './priority.ts';

const HOURS = '(?:h|hrs?|hours?)';
const MINUTES = '(?:m|mins?|minutes?)';
const WORD_AMOUNTS: Record<string, number> = { 'an hour and a half': 90, 'half an hour': 30, 'a quarter of an hour': 15, 'an hour': 60 };

/**
 * An amount of time as people write one: "2h", "1.5 hours", "1h30m", "1h 30", "90 min", "45m",
 * "an hour", "half an hour". Shared by quick add ("for 2h") and the brain-dump reader, which
 * accepts more ways of leading into it ("takes", "~", "(…)").
 */
export const DURATION_AMOUNT = new RegExp(
  [
    `(\\d{1,3})\\s*${HOURS}\\s*(\\d{1,2})(?:\\s*${MINUTES})?`,
    `(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*${HOURS}`,
    `(\\d{1,4})\\s*${MINUTES}`,
    `(${Object.keys(WORD_AMOUNTS).join('|')})`,
  ]
    .map((form) => `(?:${form})`)
    .join('|')
    .replace(/^.*$/, (forms) => `(?:${forms})(?![\\p{L}\\p{N}])`),
  'iu',
);

/** Minutes of a DURATION_AMOUNT match, or null when none or more than a day. */
export function minutesOf(match: RegExpMatchArray): number | null {
  const [, hours, extraMinutes, decimalHours, minutes, words] = match;
  let total: number;
  if (hours !== undefined) total = Number(hours) * 60 + Number(extraMinutes);
  else if (decimalHours !== undefined) total = Math.round(Number(decimalHours.replace(',', '.')) * 60);
  else if (minutes !== undefined) total = Number(minutes);
  else total = WORD_AMOUNTS[(words ?? '').toLowerCase()] ?? 0;
  return total >= 1 && total <= TASK_DURATION_MINUTES_MAX ? total : null;
}

const FOR_DURATION = new RegExp(`(?<![\\p{L}\\p{N}])for\\s+(?:${DURATION_AMOUNT.source})`, 'giu');

/** "for 30m", "for 2h", "for 1h30m", "for 90 min", "for an hour": the first one in the text. */
export function findDuration(text: string): Token<number> | null {
  for (const match of matchesOf(FOR_DURATION, text)) {
    const value = minutesOf(match);
    if (value !== null) return { start: match.index, end: match.index + match[0].length, value };
  }
  return null;
}
