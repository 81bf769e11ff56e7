import { RRuleTemporal } from 'rrule-temporal';
import { z } from 'zod';
import { parseDate } from '../time/calendar-date.ts';

/**
 * The subset of RFC 5545 RRULE text a repeating task takes: whole days and longer (a task's time
 * of day comes from its start_at, so FREQ below DAILY and BYHOUR/BYMINUTE/BYSECOND are refused),
 * an end by UNTIL (a date) or COUNT, never both. DTSTART is not part of the text: the task's own
 * date is where the rule starts.
 */

export const RECURRENCE_FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];

export const RRULE_TEXT_MAX = 500;
export const RRULE_INTERVAL_MAX = 999;
/** More occurrences than anyone plans ahead; a larger COUNT is a typo. */
export const RRULE_COUNT_MAX = 1000;

const BY_PARTS = ['BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'BYYEARDAY', 'BYWEEKNO'] as const;
const KNOWN_PARTS = new Set<string>(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'WKST', ...BY_PARTS]);
const TIME_OF_DAY_PARTS = new Set(['BYHOUR', 'BYMINUTE', 'BYSECOND']);
const SUB_DAILY = new Set(['HOURLY', 'MINUTELY', 'SECONDLY']);

export interface RecurrenceRule {
  /** The canonical text: upper case, no `RRULE:` prefix. */
  text: string;
  freq: RecurrenceFrequency;
  interval: number;
  count: number | null;
  /** The last day an occurrence may fall on ('YYYY-MM-DD'), inclusive. */
  until: string | null;
  /** Every part as written, e.g. BYDAY → 'MO,WE'. */
  parts: ReadonlyMap<string, string>;
}

export type RruleReading = { ok: true; rule: RecurrenceRule } | { ok: false; problem: string };

const DAY_MS = 86_400_000;

/** A wide window any rule that can ever produce a date produces one in (leap days come every 4 years). */
const PROBE_START = '20260101T000000Z';
const PROBE_ITERATIONS = 3000;

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d{1,6}$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

function untilDate(text: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  const { year, month, day: dayOfMonth } = parseDate(day);
  const asDate = new Date(Date.UTC(year, month - 1, dayOfMonth));
  return asDate.toISOString().slice(0, 10) === day ? day : null;
}

/** Whether the rule, without its end, ever names a day: BYMONTH=2;BYMONTHDAY=30 never does. */
function producesADate(parts: ReadonlyMap<string, string>): boolean {
  const open = [...parts].filter(([key]) => key !== 'COUNT' && key !== 'UNTIL').map(([key, value]) => `${key}=${value}`);
  try {
    const rule = new RRuleTemporal({ rruleString: `DTSTART:${PROBE_START}\nRRULE:${open.join(';')}`, maxIterations: PROBE_ITERATIONS });
    return rule.next(new Date(Date.parse('2026-01-01T00:00:00Z') - DAY_MS), false) !== null;
  } catch {
    return false;
  }
}

/** Reads RRULE text, or says in one sentence what is wrong with it. */
export function readRrule(input: string): RruleReading {
  const text = input.trim().replace(/^RRULE:/i, '').toUpperCase();
  if (text === '') return { ok: false, problem: 'Write a rule such as FREQ=WEEKLY;BYDAY=MO' };
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    const match = /^([A-Z]+)=([A-Z0-9,+-]+)$/.exec(part);
    if (!match) return { ok: false, problem: `Each part is KEY=VALUE, and “${part}” is not` };
    const [, key = '', value = ''] = match;
    if (TIME_OF_DAY_PARTS.has(key)) return { ok: false, problem: `${key} is not supported: the time of day comes from the task's start time` };
    if (!KNOWN_PARTS.has(key)) return { ok: false, problem: `${key} is not a rule part Ordo supports` };
    if (parts.has(key)) return { ok: false, problem: `${key} appears twice` };
    parts.set(key, value);
  }
  const freq = parts.get('FREQ');
  if (!freq) return { ok: false, problem: 'FREQ is missing (DAILY, WEEKLY, MONTHLY or YEARLY)' };
  if (SUB_DAILY.has(freq)) return { ok: false, problem: `FREQ=${freq} repeats within a day; a task repeats at most daily` };
  if (!(RECURRENCE_FREQUENCIES as readonly string[]).includes(freq)) {
    return { ok: false, problem: `FREQ=${freq} is not one of DAILY, WEEKLY, MONTHLY, YEARLY` };
  }
  const intervalText = parts.get('INTERVAL');
  const interval = intervalText === undefined ? 1 : wholeNumber(intervalText, 1, RRULE_INTERVAL_MAX);
  if (interval === null) return { ok: false, problem: `INTERVAL must be a whole number from 1 to ${RRULE_INTERVAL_MAX}` };
  const countText = parts.get('COUNT');
  const count = countText === undefined ? null : wholeNumber(countText, 1, RRULE_COUNT_MAX);
  if (countText !== undefined && count === null) return { ok: false, problem: `COUNT must be a whole number from 1 to ${RRULE_COUNT_MAX}` };
  const untilText = parts.get('UNTIL');
  const until = untilText === undefined ? null : untilDate(untilText);
  if (untilText !== undefined && until === null) return { ok: false, problem: 'UNTIL must be a date written YYYYMMDD, such as 20271231' };
  if (count !== null && until !== null) return { ok: false, problem: 'Use COUNT or UNTIL, not both' };
  try {
    new RRuleTemporal({ rruleString: `DTSTART:${PROBE_START}\nRRULE:${text}` });
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : 'This rule cannot be read' };
  }
  if (!producesADate(parts)) return { ok: false, problem: 'This rule never produces a date' };
  return { ok: true, rule: { text, freq: freq as RecurrenceFrequency, interval, count, until, parts } };
}

/** The rule as text, or throws: for rules that were validated on the way in (stored ones). */
export function readValidRrule(text: string): RecurrenceRule {
  const reading = readRrule(text);
  if (!reading.ok) throw new Error(`invalid stored RRULE ${text}: ${reading.problem}`);
  return reading.rule;
}

/** Parts a from-completion rule may have: "3 days after I finish it" is FREQ=DAILY;INTERVAL=3. */
const FROM_COMPLETION_PARTS = new Set(['FREQ', 'INTERVAL', 'UNTIL']);

/** RRULE text, validated and put in canonical form (upper case, no `RRULE:` prefix). */
export const rruleTextSchema = z
  .string()
  .max(RRULE_TEXT_MAX)
  .transform((value, context) => {
    const reading = readRrule(value);
    if (!reading.ok) {
      context.addIssue({ code: 'custom', message: reading.problem });
      return z.NEVER;
    }
    return reading.rule.text;
  });

/** How a task repeats, as the API carries it. */
export const recurrenceSchema = z
  .strictObject({
    rrule: rruleTextSchema,
    /** Counted from the day it is completed ("3 days after I finish it") rather than from the calendar. */
    from_completion: z.boolean().default(false),
  })
  .superRefine((value, context) => {
    // Zod still runs this when the rule itself was refused (too long, unreadable): that issue stands alone.
    const reading = readRrule(value.rrule);
    if (!value.from_completion || !reading.ok) return;
    const extra = [...reading.rule.parts.keys()].filter((key) => !FROM_COMPLETION_PARTS.has(key));
    if (extra.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['rrule'],
        message: `A repeat counted from completion takes FREQ, INTERVAL and UNTIL only, not ${extra.join(', ')}`,
      });
    }
  });
export type Recurrence = z.infer<typeof recurrenceSchema>;
