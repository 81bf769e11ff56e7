import { recurrenceSchema } from '@ordo/shared-types';
import type { Token } from './priority.ts';
import { type Clock, momentAt } from './when.ts';
import { matchesOf } from './text-ranges.ts';

/** A repeat as the task API takes it: RRULE text, and whether it counts from completion. */
export interface RepeatValue {
  rrule: string;
  from_completion: boolean;
}

type Parts = [key: string, value: string][];

const END = '(?![\\p{L}\\p{N}])';
const WEEKDAYS: [string, string][] = [
  ['monday|mon', 'MO'],
  ['tuesday|tues|tue', 'TU'],
  ['wednesday|weds|wed', 'WE'],
  ['thursday|thurs|thur|thu', 'TH'],
  ['friday|fri', 'FR'],
  ['saturday|sat', 'SA'],
  ['sunday|sun', 'SU'],
];
const WEEKDAY = `(?:${WEEKDAYS.map(([names]) => names).join('|')})s?${END}`;
const WEEKDAY_LIST = `${WEEKDAY}(?:\\s*(?:,\\s*and|,|and|&|/)\\s*${WEEKDAY})*`;
const MONTHS = ['jan(?:uary)?', 'feb(?:ruary)?', 'mar(?:ch)?', 'apr(?:il)?', 'may', 'june?', 'july?', 'aug(?:ust)?', 'sep(?:t(?:ember)?)?', 'oct(?:ober)?', 'nov(?:ember)?', 'dec(?:ember)?'];
const MONTH = `(?:${MONTHS.join('|')})${END}`;
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const COUNT = `(\\d{1,3}|other|${NUMBER_WORDS.join('|')})`;
const UNIT = '(day|week|month|year)s?';
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const DAY_OF_MONTH = '(\\d{1,2})(?:st|nd|rd|th)?';

const FREQUENCIES: Record<string, string> = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY', year: 'YEARLY' };

const PLURAL_S = /s$/;
// Built once: a pattern made per call is compiled again whenever V8's cache has let it go.
const EACH_WEEKDAY = new RegExp(WEEKDAY, 'giu');
const WEEKDAY_WORDS: [RegExp, string][] = WEEKDAYS.map(([names, code]) => [new RegExp(`^(?:${names})$`), code]);

function weekdayCodes(list: string): string {
  const codes: string[] = [];
  for (const match of matchesOf(EACH_WEEKDAY, list)) {
    const word = match[0].toLowerCase().replace(PLURAL_S, '');
    const code = WEEKDAY_WORDS.find(([pattern]) => pattern.test(word))?.[1];
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes.join(',');
}

function intervalOf(count: string): number {
  const lower = count.toLowerCase();
  if (lower === 'other') return 2;
  const word = NUMBER_WORDS.indexOf(lower);
  return word >= 0 ? word + 2 : Number(lower);
}

const MONTH_STARTS = MONTHS.map((pattern) => new RegExp(`^(?:${pattern})`));

function monthOf(text: string): number {
  const lower = text.toLowerCase();
  return MONTH_STARTS.findIndex((pattern) => pattern.test(lower)) + 1;
}

const LEADING_ON_THE = /^(?:on\s+)?(?:the\s+)?/i;
const LAST_DAY = /^last day$/i;
const WEEKDAYS_ONLY = new RegExp(`^${WEEKDAY_LIST}$`, 'iu');
const NTH_WEEKDAY = new RegExp(`^(first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+(${WEEKDAY})$`, 'iu');
const DAY_OF_MONTH_ONLY = new RegExp(`^${DAY_OF_MONTH}$`, 'i');

/** "on monday", "on the 15th", "on the last day", "on the last friday", "on dec 24": what narrows "every week/month/year". */
function onParts(on: string | undefined, freq: string): Parts | null {
  if (on === undefined) return [];
  const text = on.trim().replace(LEADING_ON_THE, '');
  if (freq === 'WEEKLY' && WEEKDAYS_ONLY.test(text)) return [['BYDAY', weekdayCodes(text)]];
  if (freq !== 'MONTHLY' && freq !== 'YEARLY') return null;
  if (freq === 'MONTHLY') {
    if (LAST_DAY.test(text)) return [['BYMONTHDAY', '-1']];
    const nth = NTH_WEEKDAY.exec(text);
    if (nth?.[1] && nth[2]) return [['BYDAY', `${ORDINALS[nth[1].toLowerCase()]}${weekdayCodes(nth[2])}`]];
    const day = DAY_OF_MONTH_ONLY.exec(text);
    return day?.[1] ? [['BYMONTHDAY', String(Number(day[1]))]] : null;
  }
  const date = yearlyDate(text);
  return date ? [['BYMONTH', String(date.month)], ['BYMONTHDAY', String(date.day)]] : null;
}

const MONTH_THEN_DAY = new RegExp(`^(${MONTH})\\s+${DAY_OF_MONTH}$`, 'iu');
const DAY_THEN_MONTH = new RegExp(`^${DAY_OF_MONTH}\\s+(?:of\\s+)?(${MONTH})$`, 'iu');

function yearlyDate(text: string): { month: number; day: number } | null {
  const monthFirst = MONTH_THEN_DAY.exec(text);
  const dayFirst = DAY_THEN_MONTH.exec(text);
  const [monthText, dayText] = monthFirst ? [monthFirst[1], monthFirst[2]] : dayFirst ? [dayFirst[2], dayFirst[1]] : [];
  if (!monthText || !dayText) return null;
  return { month: monthOf(monthText), day: Number(dayText) };
}

const ON = `(\\s+on\\s+(?:the\\s+)?(?:last\\s+day|(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+${WEEKDAY}|${WEEKDAY_LIST}|${MONTH}\\s+${DAY_OF_MONTH}${END}|${DAY_OF_MONTH}(?:\\s+(?:of\\s+)?${MONTH})?${END}))?`;

interface Form {
  pattern: RegExp;
  /** Whether "every!" (from completion) takes it: only plain intervals. */
  fromCompletion: boolean;
  parts: (match: RegExpExecArray) => Parts | null;
}

/** What may follow "every", tried in order; each matches at the start of what follows. */
const FORMS: Form[] = [
  {
    // every 3 days, every other week, every two months on the 1st
    pattern: new RegExp(`^${COUNT}\\s+${UNIT}${END}${ON}`, 'iu'),
    fromCompletion: true,
    parts: (match) => {
      const freq = FREQUENCIES[(match[2] ?? '').toLowerCase()] ?? 'DAILY';
      const on = onParts(match[3], freq);
      return on && [['FREQ', freq], ['INTERVAL', String(intervalOf(match[1] ?? '1'))], ...on];
    },
  },
  {
    // every day, every week on monday, every month on the last day, every year on dec 24
    pattern: new RegExp(`^${UNIT}${END}${ON}`, 'iu'),
    fromCompletion: true,
    parts: (match) => {
      const freq = FREQUENCIES[(match[1] ?? '').toLowerCase()] ?? 'DAILY';
      const on = onParts(match[2], freq);
      return on && [['FREQ', freq], ...on];
    },
  },
  { pattern: new RegExp(`^(?:week|work)days?${END}`, 'iu'), fromCompletion: false, parts: () => [['FREQ', 'WEEKLY'], ['BYDAY', 'MO,TU,WE,TH,FR']] },
  { pattern: new RegExp(`^weekends?${END}`, 'iu'), fromCompletion: false, parts: () => [['FREQ', 'WEEKLY'], ['BYDAY', 'SA,SU']] },
  {
    // every last friday (of the month), every 2nd tuesday
    pattern: new RegExp(`^(first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+(${WEEKDAY})(?:\\s+of\\s+(?:the|each|every)\\s+month${END})?`, 'iu'),
    fromCompletion: false,
    parts: (match) => [['FREQ', 'MONTHLY'], ['BYDAY', `${ORDINALS[(match[1] ?? '').toLowerCase()]}${weekdayCodes(match[2] ?? '')}`]],
  },
  {
    pattern: new RegExp(`^last\\s+day(?:\\s+of\\s+(?:the|each|every)\\s+month)?${END}`, 'iu'),
    fromCompletion: false,
    parts: () => [['FREQ', 'MONTHLY'], ['BYMONTHDAY', '-1']],
  },
  {
    // every monday, every other friday, every mon, wed and fri
    pattern: new RegExp(`^(other\\s+)?(${WEEKDAY_LIST})`, 'iu'),
    fromCompletion: false,
    parts: (match) => [['FREQ', 'WEEKLY'], ...(match[1] ? ([['INTERVAL', '2']] as Parts) : []), ['BYDAY', weekdayCodes(match[2] ?? '')]],
  },
  {
    // every dec 24, every 24 december, every 24th of december
    pattern: new RegExp(`^(?:${MONTH}\\s+${DAY_OF_MONTH}|${DAY_OF_MONTH}\\s+(?:of\\s+)?${MONTH})${END}`, 'iu'),
    fromCompletion: false,
    parts: (match) => {
      const date = yearlyDate(match[0]);
      return date && [['FREQ', 'YEARLY'], ['BYMONTH', String(date.month)], ['BYMONTHDAY', String(date.day)]];
    },
  },
  {
    // every 15th (of the month)
    pattern: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)(?:\\s+(?:day\\s+)?of\\s+(?:the|each|every)\\s+month)?${END}`, 'iu'),
    fromCompletion: false,
    parts: (match) => [['FREQ', 'MONTHLY'], ['BYMONTHDAY', String(Number(match[1]))]],
  },
];

const EVERY = /(?<![\p{L}\p{N}])every(!?)\s+/giu;
const UNTIL = /^\s+(?:until|till)\s+/i;
const TIMES = /^\s+(?:for\s+)?(\d{1,4})\s+times(?![\p{L}\p{N}])/iu;

/**
 * The first "every …" (a calendar repeat) or "every! …" (counted from completion: "every! 3
 * days" is three days after it is done), with an optional end: "until <date>" or "N times".
 * A phrase that makes no valid repeat ("every! monday": from completion takes intervals only)
 * is left as text.
 */
export function findRecurrence(text: string, clock: Clock): Token<RepeatValue> | null {
  for (const every of matchesOf(EVERY, text)) {
    const fromCompletion = every[1] === '!';
    const specStart = every.index + every[0].length;
    const spec = text.slice(specStart);
    for (const form of FORMS) {
      if (fromCompletion && !form.fromCompletion) continue;
      const match = form.pattern.exec(spec);
      const parts = match && form.parts(match);
      if (!match || !parts) continue;
      let end = specStart + match[0].length;
      const until = UNTIL.exec(text.slice(end));
      const untilDay = until ? momentAt(text, end + until[0].length, clock) : null;
      const times = TIMES.exec(text.slice(end));
      if (untilDay) {
        parts.push(['UNTIL', untilDay.day.replaceAll('-', '')]);
        end = untilDay.end;
      } else if (times?.[1] && !fromCompletion) {
        parts.push(['COUNT', times[1]]);
        end += times[0].length;
      }
      const read = recurrenceSchema.safeParse({ rrule: parts.map(([key, value]) => `${key}=${value}`).join(';'), from_completion: fromCompletion });
      if (read.success) return { start: every.index, end, value: read.data };
      break;
    }
  }
  return null;
}
