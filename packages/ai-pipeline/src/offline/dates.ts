import type * as chrono from 'chrono-node';
import {
  addDays,
  formatDate,
  formatZonedIso,
  instantOfWallTime,
  offsetMinutesAt,
  parseDate,
  wallTimeAt,
  weekdayOf,
} from '@ordo/shared-types';
import { MONTH_NAMES, MONTHS, WEEKDAY_NAMES } from './calendar-words.ts';
import { FATHERS_DAY, type HolidayDay, LABOUR_DAY, localHoliday, MOTHERS_DAY, THANKSGIVING } from './national-holidays.ts';
import { clockHour } from './day-half.ts';
import { DUTCH, ENGLISH, ENGLISH_DAY_FIRST, FRENCH, GERMAN, SPANISH } from './readers.ts';
import { matchesOf } from './quick-add/text-ranges.ts';
import { ruleUnion } from './rule-union.ts';
import { tillIsNounAfter } from './till.ts';
import { startsWithVerb } from './verbs.ts';
import { weekdayNamesThing } from './weekday-modifiers.ts';
import { writesMonthFirst } from './zones.ts';

/** The person's day and zone; `now` serves only spans counted from the clock, and only on `today`. */
export interface DateReference {
  today: string;
  timezone: string;
  now?: Date | undefined;
}

/** A date phrase found in a piece of text, with the span to cut out of the title. */
export interface FoundDate {
  index: number;
  length: number;
  due_date: string;
  start_at: string | null;
  /** Only a time of day was given ("at 10"); the day is today unless the context names one. */
  timeOnly: boolean;
  /** The day names the occasion the task is for ("the Friday meeting"): its words stay in the title. */
  occasion?: boolean;
}

interface Rule {
  pattern: RegExp;
  /** The day the match names, or null when it names none (a 31st of April, a 0th). */
  resolve: (match: RegExpExecArray, today: string, timezone: string) => string | null;
  /** Qualifies a date next to it ("end of day Wednesday") rather than naming one. */
  qualifier?: boolean;
  /** Names a single day, which "before" and "after" move by one. */
  shiftable?: boolean;
  /** Names a weekday, so "before" it said on that day means next week's. */
  weekly?: boolean;
  /** Names an hour only ("by 5"): today, or the day the surroundings give. */
  timeOnly?: boolean;
}

const SATURDAY = 6;
const FRIDAY = 5;
const WEDNESDAY = 3;

/** The first date on or after `today` that falls on `weekday`. */
function onOrAfter(today: string, weekday: number): string {
  return addDays(today, (weekday - weekdayOf(today) + 7) % 7);
}

/** Monday of the week after today's (weeks start on Monday). */
function nextMonday(today: string): string {
  return addDays(today, ((8 - weekdayOf(today)) % 7) || 7);
}

/** A weekday: the coming one, or with "next" that day of next week (weeks start on Monday). */
function comingOrNext(today: string, weekday: number, next: boolean): string {
  return next ? addDays(nextMonday(today), (weekday + 6) % 7) : onOrAfter(today, weekday);
}

/** Friday of this week, or today on a Saturday; on a Sunday, the week meant is the one ahead. */
function endOfWeek(today: string): string {
  return weekdayOf(today) === SATURDAY ? today : onOrAfter(today, FRIDAY);
}

/** The same day of the month `months` on (back, when negative), or that month's last day when it is shorter. */
export function monthsLater(today: string, months: number): string {
  const { day } = parseDate(today);
  const last = endOfMonth(today, months);
  return Number(last.slice(8)) < day ? last : `${last.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

function endOfMonth(today: string, monthsAhead: number): string {
  const { year, month } = parseDate(today);
  const last = new Date(Date.UTC(year, month + monthsAhead, 0));
  return formatDate({ year: last.getUTCFullYear(), month: last.getUTCMonth() + 1, day: last.getUTCDate() });
}

/** A weekday as people write it: "Thursday", "thurs", "Fri". */
const WEEKDAY = '(?:mon|tues?|wed(?:nes|s)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?';

/** 0 for Sunday to 6 for Saturday, from a weekday as written. */
function weekdayNumber(written: string): number {
  return ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'].indexOf(written.slice(0, 2).toLowerCase());
}

/** A month written out or shortened: "December", "Dec", "Sept". */
export const MONTH_WORDS = MONTHS.map((name) => `${name.slice(0, 3)}${name === 'september' ? '(?:t|tember)?' : `(?:${name.slice(3)})?`}`).join('|');

/** 1 for January to 12 for December, from a month as written ("Dec", "Sept", "June"). */
function monthNumber(written: string): number {
  return MONTHS.findIndex((name) => name.startsWith(written.toLowerCase().slice(0, 3))) + 1;
}

/** The next 1st of the named month after today ("Dec" names December). */
function firstOfMonth(today: string, monthName: string): string {
  const { year, month } = parseDate(today);
  const target = monthNumber(monthName);
  return formatDate({ year: target > month ? year : year + 1, month: target, day: 1 });
}

/** The last day of the named month, this year's unless it is past. */
function lastOfMonth(today: string, monthName: string): string {
  const { year } = parseDate(today);
  const target = monthNumber(monthName);
  const thisYear = endOfMonth(formatDate({ year, month: target, day: 1 }), 0);
  return thisYear >= today ? thisYear : endOfMonth(formatDate({ year: year + 1, month: target, day: 1 }), 0);
}

/** Holidays on a fixed day, by month and day. */
const FIXED_HOLIDAYS: [RegExp, number, number][] = [
  [/christmas eve|xmas eve|heiligabend|wigilia|nochebuena|vigilia di natale|v[ée]spera de natal|veille de no[ëe]l|kerstavond/i, 12, 24],
  [/boxing day/i, 12, 26],
  [/new year'?s eve|nye|silvester|hogmanay|nochevieja|san silvestro|saint-sylvestre|oudejaarsavond/i, 12, 31],
  [/new year|a[ñn]o nuevo|capodanno|jour de l'an|nouvel an|neujahr|nieuwjaar|ano novo/i, 1, 1],
  [/christmas|xmas|natale|navidad|no[ëe]l|weihnachten|natal|kerstmis|kerst/i, 12, 25],
  [/ferragosto/i, 8, 15],
  [/pakjesavond/i, 12, 5],
  [/halloween/i, 10, 31],
  [/valentine'?s day/i, 2, 14],
  [/canada day/i, 7, 1],
  [/australia day/i, 1, 26],
  [/waitangi day/i, 2, 6],
  [/anzac day/i, 4, 25],
  [/independence day|(?:the )?4th of july|fourth of july/i, 7, 4],
  [/st\.? patrick'?s day/i, 3, 17],
  [/juneteenth/i, 6, 19],
  [/veterans'? day|remembrance day|armistice day/i, 11, 11],
  [/bonfire night|guy fawkes(?: night| day)?/i, 11, 5],
  [/bastille day/i, 7, 14],
];
/** Holidays on the nth weekday of a month (n = -1: the last): month, weekday (0 = Sunday), n. */
const FLOATING_HOLIDAYS: [RegExp, number, number, number][] = [
  [THANKSGIVING, 11, 4, 4],
  [LABOUR_DAY, 9, 1, 1],
  [/memorial day/i, 5, 1, -1],
  // The Monday before 25 May: the second-last Monday of May.
  [/victoria day/i, 5, 1, -2],
  [/presidents'? day|washington'?s birthday/i, 2, 1, 3],
  [/(?:mlk|martin luther king(?: jr\.?)?) day/i, 1, 1, 3],
  [/columbus day|indigenous peoples'? day/i, 10, 1, 2],
  [MOTHERS_DAY, 5, 0, 2],
  [FATHERS_DAY, 6, 0, 3],
];
/** Holidays counted from Easter Sunday, in days. */
const EASTER_HOLIDAYS: [RegExp, number][] = [
  [/shrove tuesday|fat tuesday|pancake day|mardi gras/i, -47],
  [/ash wednesday|aschermittwoch/i, -46],
  [/palm sunday|palmsonntag/i, -7],
  [/maundy thursday|holy thursday|gr[üu]ndonnerstag/i, -3],
  [/good friday|karfreitag/i, -2],
  [/holy saturday|easter saturday|karsamstag/i, -1],
  [/easter monday|ostermontag/i, 1],
  [/easter(?: sunday)?|ostern/i, 0],
  [/ascension day|christi himmelfahrt/i, 39],
  [/whit monday|pfingstmontag/i, 50],
  [/whit sunday|whitsun|pentecost|pfingsten|pfingstsonntag/i, 49],
  [/corpus christi|fronleichnam/i, 60],
];
// A holiday is a date when it is introduced as one ("on Father's Day", "before xmas:", "vor
// Weihnachten", "antes de Navidad", "entro Natale") or stands first as a label ("NYE: fireworks");
// "Christmas cards", "flights for Christmas" and "regali per Natale" name no day. A holiday named by its weekday
// ("hot cross buns for Good Friday") is one wherever it stands: its weekday alone would be read as the coming one.
const HOLIDAY_LEAD =
  "on|by|before|b4|after|until|till|over|from|due|vor|bis|nach|zu|an|über|avant|après|jusqu'à|d'ici|à|antes de|después de|hasta|en|entro|prima di|dopo|até|antes do|depois do|voor|na|met|tot";
const HOLIDAY = new RegExp(
  `(?:(?<![a-zà-ÿ])(?:easter (?:sunday|monday)|shrove tuesday|fat tuesday|ash wednesday|palm sunday|maundy thursday|holy thursday|good friday|holy saturday|easter saturday|whit sunday|whit monday)|(?:^|(?<=(?<![a-zà-ÿ])(?:${HOLIDAY_LEAD})\\s+(?:(?:the|la|el|le|il|o|de)\\s+)?))(?:christmas eve|xmas eve|heiligabend|wigilia|nochebuena|vigilia di natale|v[ée]spera de natal|veille de no[ëe]l|kerstavond|boxing day|new year'?s eve|nye|silvester|hogmanay|nochevieja|san silvestro|saint-sylvestre|oudejaarsavond|new year'?s day|a[ñn]o nuevo|capodanno|jour de l'an|neujahr|nieuwjaarsdag|ano novo|(?<=[\\s\\S])(?:new year|nouvel an|nieuwjaar)|christmas|xmas|natale|navidad|no[ëe]l|weihnachten|natal|kerstmis|kerst|ferragosto|pakjesavond|halloween|valentine'?s day|canada day|australia day|waitangi day|anzac day|independence day|(?:the )?4th of july|fourth of july|st\\.? patrick'?s day|thanksgiving|labou?r day|memorial day|victoria day|presidents'? day|washington'?s birthday|(?:mlk|martin luther king(?: jr\\.?)?) day|columbus day|indigenous peoples'? day|juneteenth|veterans'? day|remembrance day|armistice day|bonfire night|guy fawkes(?: night| day)?|bastille day|mother'?s day|father'?s day|pancake day|mardi gras|aschermittwoch|palmsonntag|gr[üu]ndonnerstag|karfreitag|karsamstag|easter(?: sunday| monday)?|ostern|ostermontag|ascension day|christi himmelfahrt|whitsun|pentecost|pfingstmontag|pfingstsonntag|pfingsten|corpus christi|fronleichnam))(?![a-zà-ÿ])`,
  'i',
);

/** The nth weekday of a month in a year (n = -1: the last one). */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  if (n < 0) {
    const last = formatDate({ year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() });
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7) + (n + 1) * 7);
  }
  const first = formatDate({ year, month, day: 1 });
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7);
}

/** Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian computus). */
export function easterSunday(year: number): string {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const ofCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const correction = Math.floor((century - Math.floor((century + 8) / 25) + 1) / 3);
  const epact = (19 * golden + century - leapCenturies - correction + 15) % 30;
  const weekdayShift = (32 + 2 * (century % 4) + 2 * Math.floor(ofCentury / 4) - epact - (ofCentury % 4)) % 7;
  const lateShift = Math.floor((golden + 11 * epact + 22 * weekdayShift) / 451);
  const count = epact + weekdayShift - 7 * lateShift + 114;
  return formatDate({ year, month: Math.floor(count / 31), day: (count % 31) + 1 });
}

/** The day a holiday's name gives where no country's own day differs. */
function holidayDay(name: string): HolidayDay | undefined {
  const fixed = FIXED_HOLIDAYS.find(([pattern]) => pattern.test(name));
  if (fixed) return { fixed: [fixed[1], fixed[2]] };
  const floating = FLOATING_HOLIDAYS.find(([pattern]) => pattern.test(name));
  if (floating) return { nth: [floating[1], floating[2], floating[3]] };
  const easter = EASTER_HOLIDAYS.find(([pattern]) => pattern.test(name));
  return easter ? { fromEaster: easter[1] } : undefined;
}

/** The coming date of a named holiday (this year's, or next year's once it has passed). */
function holidayOn(today: string, name: string, timezone: string): string {
  const { year } = parseDate(today);
  const day = localHoliday(name, timezone) ?? holidayDay(name);
  for (const candidateYear of [year, year + 1]) {
    const date = day?.fixed
      ? formatDate({ year: candidateYear, month: day.fixed[0], day: day.fixed[1] })
      : day?.nth
        ? nthWeekday(candidateYear, ...day.nth)
        : day?.fromEaster !== undefined
          ? addDays(easterSunday(candidateYear), day.fromEaster)
          : today;
    if (date >= today) return date;
  }
  return today;
}

const FRENCH_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const SPANISH_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** The month (0 January) a French, Spanish or German month name names. */
function monthOfForeign(name: string): number {
  for (const names of [FRENCH_MONTHS, SPANISH_MONTHS, GERMAN_MONTHS]) {
    const at = names.indexOf(name);
    if (at >= 0) return at;
  }
  return 0;
}
const GERMAN_MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
/** Dutch month names chrono's English and German readers do not know ("april", "november" they do). */
const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'mei', 'juni', 'juli', 'augustus', 'oktober'];
const DUTCH_MONTH_NUMBERS = [1, 2, 3, 5, 6, 7, 8, 10];

/** A month's name, English or German, written out or shortened ("Dec", "Sept", "Okt", "März"), opening the text. */
export const MONTH_NAME_START = new RegExp(`^(?:${MONTH_WORDS}|${GERMAN_MONTHS.join('|')}|okt|dez)(?![a-zà-ÿ])`, 'i');

/** 'YYYY-MM-DD' of a day that exists on the calendar; null for "31.04", "30 de febrero", "00.10". */
function calendarDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? formatDate({ year, month, day }) : null;
}

/** The next date on or after today that is this day of this month (a 29th of February may be years ahead); null when none exists. */
function nextDayOfYear(today: string, month: number, day: number): string | null {
  const { year } = parseDate(today);
  for (let ahead = 0; ahead <= 8; ahead++) {
    const date = calendarDay(year + ahead, month, day);
    if (date && date >= today) return date;
  }
  return null;
}

/** The next date on or after today with this day of the month, skipping months too short for it. */
function nextDayOfMonth(today: string, day: number): string {
  const { year, month, day: current } = parseDate(today);
  for (let ahead = day >= current ? 0 : 1; ahead <= 12; ahead++) {
    const candidate = new Date(Date.UTC(year, month - 1 + ahead, day));
    if (candidate.getUTCDate() === day) {
      return formatDate({ year: candidate.getUTCFullYear(), month: candidate.getUTCMonth() + 1, day });
    }
  }
  return today;
}

/** That day of this month (0) or next (1), or null when the month has none. */
function dayOfMonthAhead(today: string, monthsAhead: number, day: number): string | null {
  const { year, month } = parseDate(today);
  const first = new Date(Date.UTC(year, month - 1 + monthsAhead, 1));
  return calendarDay(first.getUTCFullYear(), first.getUTCMonth() + 1, day);
}

/** The next date on or after today with this day of the month that falls on `weekday` (this month or the next), or null. */
function agreeingDay(today: string, weekday: number, day: number): string | null {
  for (let ahead = 0; ahead <= 1; ahead++) {
    const date = dayOfMonthAhead(today, ahead, day);
    if (date && date >= today && weekdayOf(date) === weekday) return date;
  }
  return null;
}

const ORDINAL_COUNTS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1, final: -1 };

/**
 * The month an "of the month", "of next month" or "of June" phrase names (groups `which` and
 * `named` of the match), as year and month; "the month" moves on to the next once `passed`
 * says its day is gone, a named month to next year's.
 */
function monthAhead(today: string, which: string | undefined, named: string | undefined, passed: (year: number, month: number) => boolean): { year: number; month: number } {
  const { year, month } = parseDate(today);
  if (named) {
    const target = monthNumber(named);
    return passed(year, target) ? { year: year + 1, month: target } : { year, month: target };
  }
  const ahead = (which ?? '').toLowerCase() === 'next' || passed(year, month) ? 1 : 0;
  const first = new Date(Date.UTC(year, month - 1 + ahead, 1));
  return { year: first.getUTCFullYear(), month: first.getUTCMonth() + 1 };
}

/** The last Monday-to-Friday day of a month. */
function lastWeekday(year: number, month: number): string {
  const last = endOfMonth(formatDate({ year, month, day: 1 }), 0);
  const weekday = weekdayOf(last);
  return addDays(last, weekday === SATURDAY ? -1 : weekday === 0 ? -2 : 0);
}

/** "the last Friday of the month": groups 1 the count, 3 "the/this/next", 4 a month's name. */
function nthWeekdayAhead(today: string, match: RegExpExecArray, weekday: number): string {
  const n = ORDINAL_COUNTS[(match[1] ?? '').toLowerCase()] ?? 1;
  const { year, month } = monthAhead(today, match[3], match[4], (y, m) => nthWeekday(y, m, weekday, n) < today);
  return nthWeekday(year, month, weekday, n);
}

/** "the second week of January": groups 1 the count, 2 "the/this/next", 3 a month's name. */
function weekOfMonthAhead(today: string, match: RegExpExecArray): string {
  const n = ORDINAL_COUNTS[(match[1] ?? '').toLowerCase()] ?? 1;
  const startIn = (year: number, month: number): string =>
    n < 0 ? addDays(endOfMonth(formatDate({ year, month, day: 1 }), 0), -6) : formatDate({ year, month, day: 1 + (n - 1) * 7 });
  const { year, month } = monthAhead(today, match[2], match[3], (y, m) => addDays(startIn(y, m), 6) < today);
  return startIn(year, month);
}

/** Weekdays in German, French, Spanish and Dutch, Monday first. */
const FOREIGN_WEEKDAY_NAMES = [
  ['montag', 'lundi', 'lunes', 'maandag'],
  ['dienstag', 'mardi', 'martes', 'dinsdag'],
  ['mittwoch', 'mercredi', 'miércoles', 'woensdag'],
  ['donnerstag', 'jeudi', 'jueves', 'donderdag'],
  ['freitag', 'vendredi', 'viernes', 'vrijdag'],
  ['samstag', 'samedi', 'sábado', 'zaterdag'],
  ['sonntag', 'dimanche', 'domingo', 'zondag'],
];
const FOREIGN_WEEKDAYS = FOREIGN_WEEKDAY_NAMES.flat().join('|');

/** 0 for Sunday to 6 for Saturday, from a weekday written in any of the languages read. */
function foreignOrEnglishWeekday(written: string): number {
  const row = FOREIGN_WEEKDAY_NAMES.findIndex((names) => names.includes(written.toLowerCase()));
  return row >= 0 ? (row + 1) % 7 : weekdayNumber(written);
}

/** Italian weekdays, Monday first, with or without the accent people often leave off ("venerdi"). */
const ITALIAN_WEEKDAYS = ['luned[iì]', 'marted[iì]', 'mercoled[iì]', 'gioved[iì]', 'venerd[iì]', 'sabato', 'domenica'];
/** Portuguese weekdays from Monday to Friday ("sábado" and "domingo" are Spanish too, which chrono reads). */
const PORTUGUESE_WEEKDAYS = ['segunda', 'ter[cç]a', 'quarta', 'quinta', 'sexta'];
// "segunda" is also "second" and "quinta" a farm: without "-feira" the word is a day only after a
// word that dates it ("até sexta", "na quinta", "próxima segunda") or before "que vem" (next).
const PORTUGUESE_DAY_LEAD = '(?:até|ate|na|nesta|nessa|esta|essa|pra|para|antes de|depois de|a partir de|próxima|proxima)\\s+(?:a\\s+)?';

const ROMANCE_WEEKDAY_ROWS = [...ITALIAN_WEEKDAYS.map((pattern) => new RegExp(`^${pattern}$`, 'i')), ...PORTUGUESE_WEEKDAYS.map((pattern) => new RegExp(`^${pattern}`, 'i'))];

/** The row of a weekday written in Italian or Portuguese, Monday first. */
function romanceWeekdayRow(written: string): number {
  return ROMANCE_WEEKDAY_ROWS.findIndex((pattern) => pattern.test(written)) % ITALIAN_WEEKDAYS.length;
}

/** The day an Italian or Portuguese weekday rule names: group 2 the weekday, 1 or 3 the word for "next". */
function romanceWeekdayDate(match: RegExpExecArray, today: string): string {
  return comingOrNext(today, (romanceWeekdayRow(match[2] ?? '') + 1) % 7, match[1] !== undefined || match[3] !== undefined);
}

/** Polish weekdays, Monday first, in the forms after "w" (on), "do" (by) and "przed" (before), with or without their diacritics. */
const POLISH_WEEKDAYS = ['poniedzia[łl](?:ek|ku|kiem)', 'wtor(?:ek|ku|kiem)', '[śs]rod[aęeyą]', 'czwart(?:ek|ku|kiem)', 'pi[ąa]t(?:ek|ku|kiem)', 'sobot[aęyą]', 'niedziel[aęią]'];
const POLISH_WEEKDAY_ROWS = POLISH_WEEKDAYS.map((form) => new RegExp(`^${form}$`, 'i'));
/** Polish months in the genitive a date takes ("10 lutego"), January first. */
const POLISH_MONTHS = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'wrze[śs]nia', 'pa[źz]dziernika', 'listopada', 'grudnia'];
const POLISH_MONTH_ROWS = POLISH_MONTHS.map((form) => new RegExp(`^${form}$`, 'i'));
/** "o 16", "o 9:30": an hour after a Polish day, cut with it. */
const POLISH_HOUR = '(?: o (?:godz\\. )?\\d{1,2}(?:[:.]\\d\\d)?)?';
/** Turkish weekdays, Monday first, with or without their diacritics ("salı" only with its dotless ı: "Sali" is a name; "cumartesi" is tried after "cuma" fails at a letter). */
const TURKISH_WEEKDAYS = ['pazartesi', 'salı', '[çc]ar[şs]amba', 'per[şs]embe', 'cuma', 'cumartesi', 'pazar'];
const TURKISH_WEEKDAY_ROWS = TURKISH_WEEKDAYS.map((form) => new RegExp(`^${form}$`, 'i'));
/** Turkish months, January first. */
const TURKISH_MONTHS = ['ocak', '[şs]ubat', 'mart', 'nisan', 'may[ıi]s', 'haziran', 'temmuz', 'a[ğg]ustos', 'eyl[üu]l', 'ekim', 'kas[ıi]m', 'aral[ıi]k'];
const TURKISH_MONTH_ROWS = TURKISH_MONTHS.map((form) => new RegExp(`^${form}$`, 'i'));
/** What follows a Turkish day: "-(y)a kadar" (by), "günü" (on the day), "sabah"/"akşam" (its morning, evening), "'a" after a number. */
const TURKISH_DAY_AFTER = "(?:['’]?y?[ae](?= kadar))?(?: kadar| g[üu]n[üu])?(?: (?:sabah|ak[şs]am|[öo][ğg]leden sonra))?";
const AFTER_TURKISH_WORD = '(?![a-zà-ÿçğıöşü])';

/** Swahili weekdays, Monday first. */
const SWAHILI_WEEKDAYS = ['jumatatu', 'jumanne', 'jumatano', 'alhamisi', 'ijumaa', 'jumamosi', 'jumapili'];
/** "asubuhi", "saa nne asubuhi" (ten in the morning, in Swahili time): a part of a Swahili day, cut with it. */
const SWAHILI_DAY_PART = '(?: (?:saa [a-z]+(?: na (?:nusu|robo))? )?(?:asubuhi|mchana|jioni|usiku))?';
const AFTER_POLISH_WORD = '(?![a-zà-ÿąćęłńóśźż])';

/** The weekday (0 = Sunday) a word names, by its language's Monday-first forms. */
function weekdayByRow(rows: readonly RegExp[], written: string): number {
  return (rows.findIndex((row) => row.test(written)) + 1) % 7;
}

/** The month (1 = January) a word names, by its language's January-first forms. */
function monthByRow(rows: readonly RegExp[], written: string): number {
  return rows.findIndex((row) => row.test(written)) + 1;
}

/** Italian and Portuguese month names, January first (Spanish, French, German and Dutch ones chrono reads). */
const ROMANCE_MONTHS = [
  ['gennaio', 'janeiro'],
  ['febbraio', 'fevereiro'],
  ['marzo', 'março'],
  ['aprile', 'abril'],
  ['maggio', 'maio'],
  ['giugno', 'junho'],
  ['luglio', 'julho'],
  ['agosto'],
  ['settembre', 'setembro'],
  ['ottobre', 'outubro'],
  ['novembre', 'novembro'],
  ['dicembre', 'dezembro'],
];
const ROMANCE_MONTH_WORDS = ROMANCE_MONTHS.flat().join('|');
/** A month's first letters in any language read, to tell "dia 15" from "dia 15 de julho". */
const ANY_MONTH_START = '(?:jan|gen|ene|feb|fev|mar|apr|abr|mag|mai|may|mei|giu|jun|lug|jul|ago|aug|set|sep|ott|out|oct|okt|nov|dic|dez|dec)';

/** Counts written out, as far as people write them for days and weeks ahead. */
const COUNT_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, zehn: 10,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, dix: 10,
  una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, diez: 10,
  een: 1, twee: 2, drie: 3, vijf: 5, tien: 10,
};
const COUNT = `(\\d{1,2}|${Object.keys(COUNT_WORDS).join('|')})`;

/**
 * "in 2 wks", "in zwei Wochen", "dans deux semaines", "en dos semanas", "over twee weken": days or
 * weeks counted from today, with the count written out or shortened (chrono reads digits only).
 */
const SPAN_AHEAD = new RegExp(
  [
    `\\b(?:in|within) ${COUNT} (days?|weeks?|wks?)(?:(?:['’]s?)? time)?\\b`,
    `\\b(?:in|innerhalb von) ${COUNT} (tagen?|wochen?)(?![a-zà-ÿ])`,
    `\\bdans ${COUNT} (jours?|semaines?)\\b`,
    `\\ben ${COUNT} (días?|semanas?)(?![a-zà-ÿ])`,
    `\\b(?:over|binnen) ${COUNT} (dagen|dag|weken|week)\\b`,
  ].join('|'),
  'i',
);
const WEEK_UNIT = /^(?:w|sem)/i;

function spanDays(match: RegExpExecArray): number {
  for (let group = 1; group < match.length; group += 2) {
    const count = match[group];
    const unit = match[group + 1];
    if (count && unit) return (COUNT_WORDS[count.toLowerCase()] ?? Number(count)) * (WEEK_UNIT.test(unit) ? 7 : 1);
  }
  return 0;
}

/**
 * Phrases chrono reads differently from how people plan (its "next week" is today + 7; "end of
 * week" it does not know) or misses (typos). They are tried first; the earliest match wins.
 */
const RULES: Rule[] = [
  // "end of play", "close of play" (British, from cricket), "EOB": the end of the working day.
  { pattern: /\b(?:end of (?:the )?(?:working |business )?day|end of play|close of (?:business|play)|eod|eob|eop|cob)\b/i, resolve: (_, today) => today, qualifier: true },
  // "dentist @ 4", "call Sam @10:30": a texter's "at", before an hour chrono takes only after "at" (with am or pm it reads it).
  {
    pattern: /(?<![\p{L}\d])@\s?(?:[01]?\d|2[0-3])(?::[0-5]\d)?(?=\s*(?:$|[,;!)]|\.(?!\d)|(?:on|and|then|so|today|tonight|tomorrow|tmrw)\b))/iu,
    resolve: (_, today) => today,
    qualifier: true,
    timeOnly: true,
  },
  // "pick up the pies by 5", "new notes from the bank before 3": a bare hour, today unless a day is named beside it
  // (not an amount: "cut it by 5", "down by 2").
  {
    pattern:
      /(?<!\b(?:reduced?|increased?|cut|drop(?:ped)?|raised?|lower(?:ed)?|grow|grew|shrink|multiplied|divided|won|lost|beat)\b[^,.;\n]*|\b(?:up|down|off|out|short|late|behind|ahead|over|under)\s)\b(?:by|before|b4)\s+(?:[1-9]|1[0-2])(?=\s*(?:$|[,;!)]|\.(?!\d)|(?:and|then|so|or|today|tonight|latest)\b))/i,
    resolve: (_, today) => today,
    qualifier: true,
    timeOnly: true,
  },
  { pattern: /\b(?:(?:the )?end of next (?:week|wk)|eonw)\b/i, resolve: (_, today) => addDays(nextMonday(today), 4) },
  { pattern: /\b(?:(?:the )?end of (?:the |this )?(?:week|wk)|eow)\b/i, resolve: (_, today) => endOfWeek(today) },
  // "next month on the 5th": that day of next month (before "next month" alone, which would take the words first).
  {
    pattern: /\b(next|this) month,? on the ([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b/i,
    resolve: (match, today) => dayOfMonthAhead(today, (match[1] ?? '').toLowerCase() === 'next' ? 1 : 0, Number(match[2])),
    shiftable: true,
  },
  { pattern: /\b(?:(?:the )?end of next month)\b/i, resolve: (_, today) => endOfMonth(today, 1) },
  { pattern: /\b(?:(?:the )?end of (?:the |this )?month|eom)\b/i, resolve: (_, today) => endOfMonth(today, 0) },
  // "by month end", "before month-end", "by year end": after a word that leads in a day (the "month-end close" is a process).
  // A noun after it makes it the thing's name: "before the year-end run".
  { pattern: /(?<=\b(?:by|before|b4|until|till|due|around|for)\s(?:the\s)?)month[\s-]end\b(?![\s-]+(?!(?:please|pls|latest|at|and|or|then|if|so|to|too|as|by|but|with)\b)[a-z])/i, resolve: (_, today) => endOfMonth(today, 0) },
  { pattern: /(?<=\b(?:by|before|b4|until|till|due|around|for)\s(?:the\s)?)year[\s-]end\b(?![\s-]+(?!(?:please|pls|latest|at|and|or|then|if|so|to|too|as|by|but|with)\b)[a-z])/i, resolve: (_, today) => `${today.slice(0, 4)}-12-31` },
  // "end of Q1": the calendar quarter's last day, this year's or (once past) next year's.
  { pattern: /\b(?:the )?end of (?:the )?q([1-4])\b/i, resolve: (match, today) => lastOfMonth(today, MONTHS[Number(match[1]) * 3 - 1] ?? 'december') },
  // "before the end of the year", "EOY": the last day of this year ("year-end report" names a report).
  { pattern: /\b(?:(?:the )?end of (?:the |this )?year|eoy)\b/i, resolve: (_, today) => `${today.slice(0, 4)}-12-31` },
  // "wk" is how people shorten it; "weak" how they misspell it (no one means "next weak" otherwise).
  // "next week Tuesday", "volgende week dinsdag", "Thurs next week", "Friday next": that day of next week.
  {
    pattern: new RegExp(
      `(?<![a-zà-ÿ])(?:(?:next (?:week|wk),? (?:on )?|nächste woche |volgende week )(${WEEKDAY}|${FOREIGN_WEEKDAYS})|(${WEEKDAY}),? next(?: (?:week|wk))?(?! (?:month|year|to|door|time)\b))(?![a-zà-ÿ])`,
      'i',
    ),
    resolve: (match, today) => comingOrNext(today, foreignOrEnglishWeekday(match[1] ?? match[2] ?? ''), true),
    shiftable: true,
  },
  { pattern: /\b(?:(?:early |(?:the )?(?:start|beginning) of )?next (?:week|wk|weak))\b/i, resolve: (_, today) => nextMonday(today) },
  { pattern: /\b(?:(?:early |(?:the )?(?:start|beginning) of )next month)\b/i, resolve: (_, today) => addDays(endOfMonth(today, 0), 1) },
  {
    pattern: /(?<![a-zà-ÿ])(?:nächsten monat|(?:le )?mois prochain|el (?:mes que viene|próximo mes)|volgende maand)(?![a-zà-ÿ])/i,
    resolve: (_, today) => addDays(endOfMonth(today, 0), 1),
  },
  {
    // "avant la fin du mois", "d'ici la fin du mois", "antes de fin de mes", "tegen het einde van de maand", "entro fine mese":
    // the words leading to it are part of the date.
    pattern: /\b(?:(?:(?:avant|d['’]ici|pour|jusqu['’]à|à)\s+la\s+)?fin (?:du|de) mois|ende (?:des|dieses) monats|monatsende|(?:(?:antes de|para|a)\s+(?:(?:el|la)\s+)?)?fin de(?:l)? mes|(?:(?:tegen|voor|vóór)\s+(?:het\s+)?)?einde? van de maand|(?:(?:entro|prima del(?:la)?|per)\s+(?:la\s+)?)?fine (?:del )?mese)(?![a-zà-ÿ])/i,
    resolve: (_, today) => endOfMonth(today, 0),
  },
  {
    pattern: /(?<![a-zà-ÿ])(?:diese woche|cette semaine|esta semana|deze week|ende (?:der|dieser) woche|fin de (?:la |cette )?semaine|(?:(?:tegen|voor|vóór)\s+(?:het\s+)?)?einde? van de(?:ze)? week)(?![a-zà-ÿ])/i,
    resolve: (_, today) => endOfWeek(today),
  },
  {
    pattern: /\b(?:(?:anfang )?nächste(?:r|n)? woche|la semaine prochaine|(?:la )?semana que viene|la próxima semana|volgende week)\b/i,
    resolve: (_, today) => nextMonday(today),
  },
  // "avant juin", "antes de junio", "vor Juni": the last day before that month, as "before June".
  {
    pattern: new RegExp(`(?<![a-zà-ÿ])(?:avant|antes de|vor) (${[...FRENCH_MONTHS, ...SPANISH_MONTHS, ...GERMAN_MONTHS].join('|')})(?![a-zà-ÿ])(?! \\d)`, 'i'),
    resolve: (match, today) => addDays(firstOfMonth(today, MONTHS[monthOfForeign((match[1] ?? '').toLowerCase())] ?? 'january'), -1),
  },
  {
    pattern: new RegExp(`\\bende (${GERMAN_MONTHS.join('|')})\\b`, 'i'),
    resolve: (match, today) => addDays(firstOfMonth(today, MONTHS[GERMAN_MONTHS.indexOf((match[1] ?? '').toLowerCase()) + 1] ?? 'january'), -1),
  },
  // "bis 14.02", "deadline 30.11": day and month with dots, as written across Europe.
  // A month without its zero needs its final dot ("Geburtstag 8.9.") or a word that makes it a date
  // ("vor 10.9", "by 3.4"): "run 10.5", "up the dose to 2.5", "10.5 km", "£4.5" are no dates, and
  // neither is a version ("v0.9.3", "release 1.2.3").
  {
    pattern: /(?<![A-Za-zÀ-ÿ\d.$£€])([0-2]?\d|3[01])\.(0[1-9]|1[0-2]|[1-9](?=\.)|(?<=\b(?:vor|bis|ab|am|zum|on|by|due|until|till|before|after|deadline|voor|op|avant|le|el|antes del|hasta)\s+\d{1,2}\.)[1-9])(?:\.(20\d\d)(?!\d))?\.?(?![\d])(?!\.\d)/,
    resolve: (match, today) =>
      match[3] ? calendarDay(Number(match[3]), Number(match[2]), Number(match[1])) : nextDayOfYear(today, Number(match[2]), Number(match[1])),
    shiftable: true,
  },
  // "am 8. September", "bis 15. März": a day with its dot before a German month's name.
  {
    pattern: new RegExp(`(?<![\\d.])([12]\\d|3[01]|0?[1-9])\\. (${GERMAN_MONTHS.join('|')})(?![a-zà-ÿ])`, 'i'),
    resolve: (match, today) => nextDayOfYear(today, GERMAN_MONTHS.indexOf((match[2] ?? '').toLowerCase()) + 1, Number(match[1])),
    shiftable: true,
  },
  // "vóór 10 mei", "op 3 maart": a day before a Dutch month's name.
  {
    pattern: new RegExp(`(?<![\\d.])([12]\\d|3[01]|0?[1-9]) (${DUTCH_MONTHS.join('|')})(?![a-zà-ÿ])`, 'i'),
    resolve: (match, today) => nextDayOfYear(today, DUTCH_MONTH_NUMBERS[DUTCH_MONTHS.indexOf((match[2] ?? '').toLowerCase())] ?? 1, Number(match[1])),
    shiftable: true,
  },
  // British: "Thursday week", "a week on Friday", "a week Friday" are a week after the coming one,
  // "Tuesday fortnight", "two weeks on Tuesday" two; "tomorrow week", "a week tomorrow" count from tomorrow.
  {
    pattern: new RegExp(`\\b(?:${COUNT} (weeks?|wks?|fortnights?) (?:(?:on|from|come) )?(${WEEKDAY}|today|tomorrow)|(${WEEKDAY}|tomorrow) (week|fortnight))\\b`, 'i'),
    resolve: (match, today) => {
      const count = match[1] === undefined ? 1 : (COUNT_WORDS[match[1].toLowerCase()] ?? Number(match[1]));
      const unit = (match[2] ?? match[5] ?? '').toLowerCase();
      const day = (match[3] ?? match[4] ?? '').toLowerCase();
      const from = day === 'today' ? today : day === 'tomorrow' ? addDays(today, 1) : onOrAfter(today, weekdayNumber(day));
      return addDays(from, count * (unit.startsWith('f') ? 14 : 7));
    },
  },
  { pattern: /\b(?:in )?a fortnight(?:'s time)?\b/i, resolve: (_, today) => addDays(today, 14) },
  { pattern: /\b(?:the )?week after next\b/i, resolve: (_, today) => addDays(nextMonday(today), 7) },
  // "Friday coming": the coming one, as "this coming Friday".
  { pattern: new RegExp(`\\b(${WEEKDAY}) coming\\b`, 'i'), resolve: (match, today) => onOrAfter(today, weekdayNumber(match[1] ?? '')), shiftable: true, weekly: true },
  // "the Friday after next": that day of the week after next.
  { pattern: new RegExp(`\\b(?:the )?(${WEEKDAY}) after next\\b`, 'i'), resolve: (match, today) => addDays(comingOrNext(today, weekdayNumber(match[1] ?? ''), true), 7) },
  // "mid-March" is its 15th, "early April", "the start of May" its 1st, "late June" its last day (as "end of June" is).
  {
    pattern: new RegExp(`\\b(mid|early|late|(?:the )?(?:start|beginning|middle) of)(?:-|\\s|-\\s)?(${MONTH_WORDS})\\b(?!\\.?\\s\\d)`, 'i'),
    resolve: (match, today) => {
      const part = (match[1] ?? '').toLowerCase();
      const month = monthNumber(match[2] ?? '');
      if (part === 'late') return lastOfMonth(today, match[2] ?? '');
      return nextDayOfYear(today, month, part === 'mid' || part.includes('middle') ? 15 : 1);
    },
  },
  // "late next week" is its Friday, as its end is; "mid next week", "the middle of next week" its Wednesday; "midweek" the coming Wednesday.
  { pattern: /\b(?:late|later) next (?:week|wk)\b/i, resolve: (_, today) => addDays(nextMonday(today), 4) },
  { pattern: /\b(?:mid|(?:in )?(?:the )?middle of)[-\s]?next (?:week|wk)\b/i, resolve: (_, today) => addDays(nextMonday(today), 2) },
  { pattern: /\b(?:mid-?week|(?:in )?(?:the )?middle of (?:the |this )?week)\b/i, resolve: (_, today) => onOrAfter(today, WEDNESDAY) },
  // "mid-month", "the middle of the month" is the 15th; "mid next month" next month's; "late next month", "later this month" the month's last day.
  { pattern: /\b(?:mid-?month|(?:in )?(?:the )?middle of (?:the |this )?month)\b/i, resolve: (_, today) => nextDayOfMonth(today, 15) },
  { pattern: /\b(?:mid|(?:in )?(?:the )?middle of)[-\s]?next month\b/i, resolve: (_, today) => addDays(endOfMonth(today, 0), 15) },
  { pattern: /\b(?:late|later) next month\b/i, resolve: (_, today) => endOfMonth(today, 1) },
  { pattern: /\b(?:late|later) (?:this|in the) month\b/i, resolve: (_, today) => endOfMonth(today, 0) },
  { pattern: /\b(?:(?:later|sometime) )?this (?:week|wk|weak)\b/i, resolve: (_, today) => endOfWeek(today) },
  { pattern: /\bnext month\b/i, resolve: (_, today) => addDays(endOfMonth(today, 0), 1) },
  // "sometime this month", "by this month": by its last day, as "this week" is by its end. Bare,
  // "this month" says when something happens ("the third time this month"), not when to act.
  { pattern: /\b(?:sometime|some time|any ?time|by|within|during) this month\b/i, resolve: (_, today) => endOfMonth(today, 0) },
  // "before the weekend": the Friday ahead of it (said on a weekend day, next week's).
  { pattern: /\b(?:before|b4) (?:the |this )?(?:weekend|wknd)\b/i, resolve: (_, today) => onOrAfter(today, FRIDAY) },
  // On a weekend day the coming Saturday already lies in next week, whose weekend "next weekend" is.
  // "the weekend after next": the Saturday a week after next weekend's.
  { pattern: /\b(?:the )?weekend after next\b/i, resolve: (_, today) => addDays(onOrAfter(addDays(today, 1), SATURDAY), weekdayOf(today) === SATURDAY || weekdayOf(today) === 0 ? 7 : 14) },
  { pattern: /\bnext (?:weekend|wknd)\b/i, resolve: (_, today) => addDays(onOrAfter(addDays(today, 1), SATURDAY), weekdayOf(today) === SATURDAY || weekdayOf(today) === 0 ? 0 : 7) },
  { pattern: /\b(?:this |the |over the )?(?<!long )(?:weekend|wknd)\b/i, resolve: (_, today) => (weekdayOf(today) === 0 ? today : onOrAfter(today, SATURDAY)) },
  {
    pattern: /(?<![a-zà-ÿ])(?:(?:am |übers |dieses )wochenende|ce week-?end|(?:este |el )fin de semana|dit weekend)(?![a-zà-ÿ])/i,
    resolve: (_, today) => (weekdayOf(today) === 0 ? today : onOrAfter(today, SATURDAY)),
  },
  // "el lunes que viene", "jeudi prochain": that day of next week, "next" said after the weekday.
  {
    pattern: new RegExp(`(?<![a-zà-ÿ])(${FOREIGN_WEEKDAYS}) (?:que viene|prochain)(?![a-zà-ÿ])`, 'i'),
    resolve: (match, today) => comingOrNext(today, foreignOrEnglishWeekday(match[1] ?? ''), true),
  },
  // Italian: "entro venerdì", "lunedì prossimo", "il prossimo sabato" ("prossimo": that day of next week).
  {
    pattern: new RegExp(`(?<![a-zà-ÿ])(?:(prossim[oa]) )?(${ITALIAN_WEEKDAYS.join('|')})(?: (prossim[oa]))?(?![a-zà-ÿ])`, 'i'),
    resolve: romanceWeekdayDate,
    shiftable: true,
    weekly: true,
  },
  // Portuguese: "sexta-feira", "até sexta", "segunda que vem" (that day of next week), "próxima quarta".
  {
    pattern: new RegExp(
      `(?<![a-zà-ÿ])(?:(próxima|proxima) )?(${PORTUGUESE_WEEKDAYS.join('|')})(?:-feira| feira|(?<=${PORTUGUESE_DAY_LEAD}[a-zç]+)|(?= que vem))( que vem)?(?![a-zà-ÿ])`,
      'i',
    ),
    resolve: romanceWeekdayDate,
    shiftable: true,
    weekly: true,
  },
  { pattern: /(?<![a-zà-ÿ])(?:(?:la )?prossima settimana|(?:la )?settimana prossima|(?:a )?semana que vem|(?:a |na )?pr[óo]xima semana)(?![a-zà-ÿ])/i, resolve: (_, today) => nextMonday(today) },
  { pattern: /(?<![a-zà-ÿ])(?:(?:entro )?questa settimana|entro la settimana|(?:essa|nesta|nessa) semana)(?![a-zà-ÿ])/i, resolve: (_, today) => endOfWeek(today) },
  {
    pattern: /(?<![a-zà-ÿ])(?:(?:il |questo |nel )?fine ?settimana|(?:o |este |neste |nesse |esse )?fim de semana|(?:el |este )?finde)(?![a-zà-ÿ])/i,
    resolve: (_, today) => (weekdayOf(today) === 0 ? today : onOrAfter(today, SATURDAY)),
  },
  { pattern: /(?<![a-zà-ÿ])(?:fine (?:del )?mese|fi(?:m|nal) do m[êe]s)(?![a-zà-ÿ])/i, resolve: (_, today) => endOfMonth(today, 0) },
  { pattern: /(?<![a-zà-ÿ])(?:(?:il )?(?:prossimo mese|mese prossimo)|(?:o )?(?:m[êe]s que vem|pr[óo]ximo m[êe]s))(?![a-zà-ÿ])/i, resolve: (_, today) => addDays(endOfMonth(today, 0), 1) },
  // Polish: "w piątek", "do środy", "w przyszły poniedziałek" (next week's), "przed piątkiem" (its eve, by the lead).
  {
    pattern: new RegExp(`(?<![a-zà-ÿ])(?:(?:w|we|do|na) )?(?:(przysz[łl](?:y|ą|a|ego)|nast[ęe]pn(?:y|ą|a|ego)) )?(${POLISH_WEEKDAYS.join('|')})${POLISH_HOUR}${AFTER_POLISH_WORD}`, 'i'),
    resolve: (match, today) => comingOrNext(today, weekdayByRow(POLISH_WEEKDAY_ROWS, match[2] ?? ''), match[1] !== undefined),
    shiftable: true,
    weekly: true,
  },
  { pattern: new RegExp(`(?<![a-zà-ÿ])jutro(?: (?:rano|wieczorem|po po[łl]udniu))?${POLISH_HOUR}${AFTER_POLISH_WORD}`, 'i'), resolve: (_, today) => addDays(today, 1) },
  { pattern: new RegExp(`(?<![a-zà-ÿ])pojutrze${POLISH_HOUR}${AFTER_POLISH_WORD}`, 'i'), resolve: (_, today) => addDays(today, 2) },
  { pattern: new RegExp(`(?<![a-zà-ÿ])(?:dzisiaj|dzi[śs])(?: (?:rano|wieczorem|po po[łl]udniu))?${POLISH_HOUR}${AFTER_POLISH_WORD}`, 'i'), resolve: (_, today) => today },
  { pattern: /(?<![a-zà-ÿ])w (?:przysz[łl]ym|nast[ęe]pnym) tygodniu(?![a-zà-ÿ])/i, resolve: (_, today) => nextMonday(today) },
  { pattern: /(?<![a-zà-ÿ])(?:w tym tygodniu|do ko[ńn]ca tygodnia)(?![a-zà-ÿ])/i, resolve: (_, today) => endOfWeek(today) },
  // "przed końcem miesiąca" (before the month's end) is its last day, as in English.
  { pattern: /(?<![a-zà-ÿ])(?:(?:do|przed) )?ko[ńn]c(?:a|em) miesi[ąa]ca(?![a-zà-ÿ])/i, resolve: (_, today) => endOfMonth(today, 0) },
  {
    pattern: new RegExp(`(?<![\\d.])(?:do )?([12]\\d|3[01]|0?[1-9])\\.? (${POLISH_MONTHS.join('|')})${AFTER_POLISH_WORD}`, 'i'),
    resolve: (match, today) => nextDayOfYear(today, monthByRow(POLISH_MONTH_ROWS, match[2] ?? ''), Number(match[1])),
    shiftable: true,
  },
  // Swahili: "kesho" (tomorrow), "kesho kutwa" (the day after), "leo jioni" (this evening), "Ijumaa
  // saa nne asubuhi" (Friday at ten), "Jumatatu ijayo" (next week's), "wiki ijayo" (next week).
  { pattern: new RegExp(`(?<![a-zà-ÿ])kesho kutwa${SWAHILI_DAY_PART}(?![a-zà-ÿ])`, 'i'), resolve: (_, today) => addDays(today, 2) },
  { pattern: new RegExp(`(?<![a-zà-ÿ])kesho${SWAHILI_DAY_PART}(?![a-zà-ÿ])`, 'i'), resolve: (_, today) => addDays(today, 1) },
  // Lower case alone: "Leo" is also a name.
  { pattern: /(?<![a-zà-ÿ])(?:[Ll]eo (?:asubuhi|mchana|jioni|usiku)|leo)(?![a-zà-ÿ])/, resolve: (_, today) => today },
  {
    pattern: new RegExp(`(?<![a-zà-ÿ])(?:siku ya )?(${SWAHILI_WEEKDAYS.join('|')})( ijayo)?${SWAHILI_DAY_PART}(?![a-zà-ÿ])`, 'i'),
    resolve: (match, today) => comingOrNext(today, (SWAHILI_WEEKDAYS.indexOf((match[1] ?? '').toLowerCase()) + 1) % 7, match[2] !== undefined),
    shiftable: true,
    weekly: true,
  },
  { pattern: /(?<![a-zà-ÿ])wiki ijayo(?![a-zà-ÿ])/i, resolve: (_, today) => nextMonday(today) },
  { pattern: /(?<![a-zà-ÿ])wiki hii(?![a-zà-ÿ])/i, resolve: (_, today) => endOfWeek(today) },
  { pattern: /(?<![a-zà-ÿ])(?:kabla ya )?(?:mwisho wa|mwishoni mwa) mwezi(?![a-zà-ÿ])/i, resolve: (_, today) => endOfMonth(today, 0) },
  // Hindi in Latin letters: "kal tak" (by tomorrow; "kal" alone is yesterday as often), "parso" (the
  // day after), "aaj", "shaam ko" (this evening), "is hafte" (this week), "agle hafte" (next week).
  { pattern: /(?<![a-zà-ÿ])kal tak(?![a-zà-ÿ])/i, resolve: (_, today) => addDays(today, 1) },
  { pattern: /(?<![a-zà-ÿ])parson?(?: (?:tak|ko))?(?![a-zà-ÿ])/i, resolve: (_, today) => addDays(today, 2) },
  { pattern: /(?<![a-zà-ÿ])(?:aaj(?: (?:raat|shaam|subah))?(?: (?:tak|hi|ko))?|sh?aa?m ko)(?![a-zà-ÿ])/i, resolve: (_, today) => today },
  { pattern: /(?<![a-zà-ÿ])is hafte(?: (?:tak|mein|me))?(?![a-zà-ÿ])/i, resolve: (_, today) => endOfWeek(today) },
  { pattern: /(?<![a-zà-ÿ])agle hafte(?: (?:tak|mein|me))?(?![a-zà-ÿ])/i, resolve: (_, today) => nextMonday(today) },
  // Turkish: "yarın" (tomorrow), "öbür gün" (the day after), "bu akşam" (this evening), "cumaya kadar" (by
  // Friday), "haftaya pazartesi" (next week's Monday), "haftaya" (next week), "ay sonuna kadar" (by the month's
  // end), "15 Kasım".
  { pattern: new RegExp(`(?<![a-zà-ÿçğıöşü])(?:yar[ıi]n|yar[ıi]ndan sonra|[öo]b[üu]r g[üu]n)${TURKISH_DAY_AFTER}${AFTER_TURKISH_WORD}`, 'i'), resolve: (match, today) => addDays(today, /^yar[ıi]n(?:$|[^d])/i.test(match[0]) ? 1 : 2) },
  { pattern: new RegExp(`(?<![a-zà-ÿçğıöşü])(?:bug[üu]n|bu (?:sabah|ak[şs]am|gece|[öo][ğg]leden sonra))(?: (?:i[çc]inde|kadar))?${AFTER_TURKISH_WORD}`, 'i'), resolve: (_, today) => today },
  {
    pattern: new RegExp(`(?<![a-zà-ÿçğıöşü])(?:(haftaya|gelecek|[öo]n[üu]m[üu]zdeki) )?(${TURKISH_WEEKDAYS.join('|')})${TURKISH_DAY_AFTER}${AFTER_TURKISH_WORD}`, 'i'),
    resolve: (match, today) => comingOrNext(today, weekdayByRow(TURKISH_WEEKDAY_ROWS, match[2] ?? ''), match[1] !== undefined),
    shiftable: true,
    weekly: true,
  },
  { pattern: /(?<![a-zà-ÿçğıöşü])(?:haftaya|gelecek hafta|[öo]n[üu]m[üu]zdeki hafta)(?![a-zà-ÿçğıöşü])/i, resolve: (_, today) => nextMonday(today) },
  { pattern: /(?<![a-zà-ÿçğıöşü])(?:bu hafta(?: i[çc]inde)?|hafta sonuna kadar)(?![a-zà-ÿçğıöşü])/i, resolve: (_, today) => endOfWeek(today) },
  { pattern: /(?<![a-zà-ÿçğıöşü])(?:ay(?:[ıi]n)? sonu(?:na kadar)?)(?![a-zà-ÿçğıöşü])/i, resolve: (_, today) => endOfMonth(today, 0) },
  {
    pattern: new RegExp(`(?<![\\d.])([12]\\d|3[01]|0?[1-9])\\.? (${TURKISH_MONTHS.join('|')})${TURKISH_DAY_AFTER}${AFTER_TURKISH_WORD}`, 'i'),
    resolve: (match, today) => nextDayOfYear(today, monthByRow(TURKISH_MONTH_ROWS, match[2] ?? ''), Number(match[1])),
    shiftable: true,
  },
  // "domani mattina", "amanhã de manhã": tomorrow, whatever part of it.
  {
    pattern: /(?<![a-zà-ÿ])(?:domani|amanh[ãa])(?: (?:mattina|mattino|pomeriggio|sera|de manh[ãa]|cedo|[àa] tarde|[àa] noite))?(?![a-zà-ÿ])/i,
    resolve: (_, today) => addDays(today, 1),
  },
  { pattern: /(?<![a-zà-ÿ])(?:oggi(?: pomeriggio)?|stasera|stamattina|stamani|hoje(?: de manh[ãa]| [àa] tarde| [àa] noite)?|esta noite)(?![a-zà-ÿ])/i, resolve: (_, today) => today },
  // "15 ottobre", "1º de maio de 2027": a day before an Italian or Portuguese month.
  {
    pattern: new RegExp(`(?<![\\d.])([12]\\d|3[01]|0?[1-9])(?:º|°)? (?:de )?(${ROMANCE_MONTH_WORDS})(?:,? (?:de )?(20\\d\\d))?(?![a-zà-ÿ\\d])`, 'i'),
    resolve: (match, today) => {
      const month = ROMANCE_MONTHS.findIndex((names) => names.includes((match[2] ?? '').toLowerCase())) + 1;
      return match[3] ? calendarDay(Number(match[3]), month, Number(match[1])) : nextDayOfYear(today, month, Number(match[1]));
    },
    shiftable: true,
  },
  // "vence dia 15", "até o dia 3": Portuguese and Spanish date a day of the month with "day".
  {
    pattern: new RegExp(`(?<![a-zà-ÿ])d[ií]a ([12]\\d|3[01]|0?[1-9])(?![\\d/.:])(?!\\s+(?:de\\s+)?${ANY_MONTH_START})`, 'i'),
    resolve: (match, today) => nextDayOfMonth(today, Number(match[1])),
    shiftable: true,
  },
  // "before the end of February": that month's last day, as "before the end of the month" is (not its eve).
  { pattern: new RegExp(`\\b(?:the )?end of (${MONTH_WORDS})\\b(?! \\d)`, 'i'), resolve: (match, today) => lastOfMonth(today, match[1] ?? '') },
  { pattern: new RegExp(`\\b(?:before|b4) (${MONTH_WORDS})\\b(?! \\d)`, 'i'), resolve: (match, today) => addDays(firstOfMonth(today, match[1] ?? ''), -1) },
  { pattern: /\b(?:2moro|2morrow|tmrow|tomorow|tommorow|tommorrow|tomorrw|tmorrow|tmw)\b/i, resolve: (_, today) => addDays(today, 1) },
  { pattern: /(?<![a-zà-ÿ])(?:tonite|2nite|2nyt|ce soir|vanavond|vanmiddag|vanochtend)(?![a-zà-ÿ])/i, resolve: (_, today) => today },
  // "morgen früh", "demain matin": tomorrow, whatever part of it (chrono reads the first word only).
  {
    pattern: /(?<![a-zà-ÿ])(?:morgen (?:früh|vormittag|mittag|nachmittag|abend)|demain (?:matin|midi|après-midi|soir)|morgen(?:ochtend|middag|avond))(?![a-zà-ÿ])/i,
    resolve: (_, today) => addDays(today, 1),
  },
  { pattern: /\b(?:a week (?:from )?(?:today|now)|a week today)\b/i, resolve: (_, today) => addDays(today, 7) },
  // "in a week or two", "in 2 or 3 days": the later count, by when it is due.
  {
    pattern: new RegExp(`\\b(?:in|within) (?:${COUNT} or ${COUNT} (days?|weeks?|wks?)|${COUNT} (days?|weeks?|wks?) or ${COUNT})\\b`, 'i'),
    resolve: (match, today) => {
      const later = match[2] ?? match[6] ?? '';
      return addDays(today, (COUNT_WORDS[later.toLowerCase()] ?? Number(later)) * (WEEK_UNIT.test(match[3] ?? match[5] ?? '') ? 7 : 1));
    },
  },
  // "in the next few days", "within the next week", "over the next couple of days": by the end of
  // the span (silent: a few is three, a couple two).
  {
    pattern: new RegExp(`\\b(?:in|within|over|during) the next (?:(few|couple(?: of)?|${COUNT.slice(1, -1)}) )?(days?|weeks?|wks?)\\b`, 'i'),
    resolve: (match, today) => {
      const count = (match[1] ?? '1').toLowerCase();
      const number = count === 'few' ? 3 : count.startsWith('couple') ? 2 : (COUNT_WORDS[count] ?? Number(count));
      return addDays(today, number * (WEEK_UNIT.test(match[2] ?? '') ? 7 : 1));
    },
  },
  { pattern: SPAN_AHEAD, resolve: (match, today) => addDays(today, spanDays(match)) },
  // "this time next week", "this time tomorrow": the same day that far ahead.
  { pattern: /\bthis time (tomorrow|next week|next month)\b/i, resolve: (match, today) => ((match[1] ?? '').toLowerCase() === 'next month' ? monthsLater(today, 1) : addDays(today, (match[1] ?? '').toLowerCase() === 'tomorrow' ? 1 : 7)) },
  // "in a month's time", "within 3 months", "two months from now": the same day of the month that
  // many months on (or that month's last day when it is shorter). "passport expires in 5 months"
  // says how long is left, not when to act.
  {
    pattern: new RegExp(`(?<!\\b(?:expires?|expiring|ends?|ending|lapses?|runs? out|valid)\\s)\\b(?:(?:in|within) ${COUNT} months?(?:(?:['’]s?)? time)?|${COUNT} months? from (?:now|today))\\b`, 'i'),
    resolve: (match, today) => monthsLater(today, COUNT_WORDS[(match[1] ?? match[2] ?? '').toLowerCase()] ?? Number(match[1] ?? match[2])),
  },
  // "three days from today", "2 weeks from now" (chrono reads digits before "now" only).
  {
    pattern: new RegExp(`\\b${COUNT} (days?|weeks?|wks?) from (?:now|today)\\b`, 'i'),
    resolve: (match, today) => addDays(today, (COUNT_WORDS[(match[1] ?? '').toLowerCase()] ?? Number(match[1])) * (WEEK_UNIT.test(match[2] ?? '') ? 7 : 1)),
  },
  { pattern: HOLIDAY, resolve: (match, today, timezone) => holidayOn(today, match[0], timezone), shiftable: true },
  // "Friday the 6th of November", "Thu 4th March", "Fri, March 4th": the date decides (a weekday
  // that disagrees with it is the writer's slip).
  {
    pattern: new RegExp(
      `\\b${WEEKDAY}\\s?,?\\s{1,2}(?:(?:the )?([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?: of)? (${MONTH_WORDS})|(${MONTH_WORDS})\\.? (?:the )?([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\\b(?!\\s?[/.:-]?\\d)`,
      'i',
    ),
    resolve: (match, today) => nextDayOfYear(today, monthNumber(match[2] ?? match[3] ?? ''), Number(match[1] ?? match[4])),
    shiftable: true,
  },
  // "Saturday 23", "samedi 23": a weekday and a bare number it agrees with is that day (the 23rd
  // that falls on a Saturday, this month or next); one that does not agree may be an hour
  // ("dentist Saturday 10") and is left to the readers of times.
  {
    pattern: new RegExp(
      `\\b(${WEEKDAY}|${FOREIGN_WEEKDAYS}),?\\s([12]\\d|3[01]|0?[1-9])(?=\\s*(?:$|[;!?)\\]–—]|[:,.](?!\\d)|-\\s|\\s(?:at|@|for|to|and|or|then|morning|afternoon|evening|night|noon|latest|pour|et|ou|à|le|la|für|und|oder|para|y|o)\\b))`,
      'i',
    ),
    resolve: (match, today) => agreeingDay(today, foreignOrEnglishWeekday(match[1] ?? ''), Number(match[2])),
    shiftable: true,
  },
  // "April the 2nd", "May the 4th": a month, "the" and an ordinal.
  {
    pattern: new RegExp(`\\b(${MONTH_WORDS}) the ([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b`, 'i'),
    resolve: (match, today) => nextDayOfYear(today, monthNumber(match[1] ?? ''), Number(match[2])),
    shiftable: true,
  },
  // "the 1st of next month", "the 5th next month", "the 15th of this month"
  // (a day gone this month is past, so no due date), "the 1st of the month" (the coming one, as "the 1st" alone).
  {
    pattern: /\b(?:the )?([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of (next|this|the)|(next|this)) month\b/i,
    resolve: (match, today) => {
      const which = (match[2] ?? match[3] ?? '').toLowerCase();
      return which === 'the' ? nextDayOfMonth(today, Number(match[1])) : dayOfMonthAhead(today, which === 'next' ? 1 : 0, Number(match[1]));
    },
    shiftable: true,
  },
  // "the last Friday of the month", "the first Monday of next month", "the second Tuesday in May"
  // (a spoken ordinal arrives as "the 1st" padded with spaces to its length).
  {
    pattern: new RegExp(`\\b(?:the )?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\\s+(${WEEKDAY}) (?:of|in) (?:(the|this|next) month|(${MONTH_WORDS}))\\b`, 'i'),
    resolve: (match, today) => nthWeekdayAhead(today, match, weekdayNumber(match[2] ?? '')),
    shiftable: true,
  },
  // "the last working day of the month", "the last business day of June": its last weekday (next month's once it has passed).
  {
    pattern: new RegExp(`\\b(?:the )?last (?:working|business|week) ?day (?:of|in) (?:(the|this|next) month|(${MONTH_WORDS}))\\b`, 'i'),
    resolve: (match, today) => {
      const { year, month } = monthAhead(today, match[1], match[2], (y, m) => lastWeekday(y, m) < today);
      return lastWeekday(year, month);
    },
  },
  // "the second week of January": the first day of its days 8 to 14 ("the last week of June": of its last seven).
  {
    pattern: new RegExp(`\\b(?:the )?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\\s+(?:week|wk) (?:of|in) (?:(the|this|next) month|(${MONTH_WORDS}))\\b`, 'i'),
    resolve: (match, today) => weekOfMonthAhead(today, match),
  },
  // "Tues 16th", "Wednesday 24th": the day of the month says which week the weekday is in.
  {
    pattern: new RegExp(`\\b${WEEKDAY},? (?:the )?([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b(?! of| (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))`, 'i'),
    resolve: (match, today) => nextDayOfMonth(today, Number(match[1])),
    shiftable: true,
  },
  // Shortenings chrono does not know, with "next" as for a weekday written out ("next Tues": next week's).
  { pattern: /\b(?:(next )|this )?weds\b/i, resolve: (match, today) => comingOrNext(today, 3, match[1] !== undefined), shiftable: true, weekly: true },
  { pattern: /\b(?:(next )|this )?tues\b/i, resolve: (match, today) => comingOrNext(today, 2, match[1] !== undefined), shiftable: true, weekly: true },
  { pattern: /\b(?:(next )|this )?thur\b/i, resolve: (match, today) => comingOrNext(today, 4, match[1] !== undefined), shiftable: true, weekly: true },
  { pattern: /\bthis (?:arvo|avo)\b/i, resolve: (_, today) => today },
  // "before lunch", "by noon": a part of the day, today unless a day is named beside it ("by noon Friday", "before lunch on Friday").
  { pattern: /\b(?:before|by) (?:lunch(?:time)?|noon|midday)\b/i, resolve: (_, today) => today, qualifier: true, timeOnly: true },
  { pattern: /(?<![a-zà-ÿ])(?:(?:the )?day after tomorrow|übermorgen|pasado mañana|après-demain|overmorrow|overmorgen|dopodomani|depois de amanh[ãa])(?![a-zà-ÿ])/i, resolve: (_, today) => addDays(today, 2) },
  // "(el 27)", "le 3", "am 14.", "il 9", "antes del 20", "vor dem 15.", "bis zum 3.": a day of the month after the article other languages date with.
  { pattern: /(?<![^\s(])(?:el|le|am|il|del|dem|zum) ([12]\d|3[01]|0?[1-9])\.?(?=\)|$|\s*[,;])/i, resolve: (match, today) => nextDayOfMonth(today, Number(match[1])), shiftable: true },
  {
    // "on the 5th", and "kids' dentist 28th" or "deadline: 12th" with no "the" (not "her 30th", "the 3rd floor").
    pattern: /(?:\b(?:on )?the |(?=\d)(?<=[a-zà-ÿ\d'’):]\s)(?<!\b(?:my|his|her|our|their|your|its|a|[a-zà-ÿ]+['’]s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s))([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?! of| (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i,
    resolve: (match, today) => nextDayOfMonth(today, Number(match[1])),
    shiftable: true,
  },
];

// Words chrono reads as dates that, in a to-do list, almost never are ("take the day off": no day named;
// "meal prep for the week" is a week's worth, not a week from today). "mardi" and "martes" (Tuesday)
// only begin like March.
/** chrono's reading of a span of time led by "for". */
const DURATION = /^for\s/i;
const NUMBER_BEFORE_DAY = /^\d{1,4}(?=\s+(?:before|after)\s+(?!noon|midnight|\d))/i;
const ENDS_WITH_AT = /\b(?:at|@)\s*$/i;
const BARE_SPAN = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|a couple(?: of)?|\d{1,2})\s+(?:days?|weeks?|wks?|months?|years?)$/i;
/** "the 1099s", "the 1990s", "two 50s": a number in the plural, which chrono reads as so many seconds. */
const PLURAL_NUMBER = /(?<![\p{L}\d.:])\d+s\b/gu;
const DIGIT_THEN_S = /\ds\b/;

/** The text with each plural number blanked to letters of its length, so no span moves. */
function withoutPluralNumbers(text: string): string {
  return DIGIT_THEN_S.test(text) ? text.replace(PLURAL_NUMBER, (number) => 'x'.repeat(number.length)) : text;
}

/**
 * "before the first bookings on the 1st", "the second coat on the 3rd": a spelled ordinal counting
 * things, which would be read as a day of the month ("the 1st") and hide the real day after it.
 */
const ORDINAL_OF_THINGS = new RegExp(
  `\\bthe\\s+(?:first|second|third|fourth|fifth)(?=\\s+(?!(?:of|day|days|week|weeks|weekend|month|year|time|half|quarter|${WEEKDAY_NAMES}|${MONTH_NAMES}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b)[a-z]{3,})`,
  'gi',
);
const SPELLED_ORDINAL = /\b(?:first|second|third|fourth|fifth)\b/i;
/** Any ordinal the two patterns below blank: most texts have none, and neither runs over them. */
const ANY_ORDINAL_WORD = /\b(?:first|second|third|fourth|fifth|last)\b/i;
/** "the first night at the hostel", "the last morning": which of a stay's nights or mornings, no day of its own. */
const ORDINAL_PART_OF_DAY = /\bthe\s+(?:first|second|third|fourth|fifth|last)\s+(?:morning|afternoon|evening|night)s?\b/gi;
const LETTERS = /\S/g;

/** "missing SAT scores", "SAT prep": the test, in capitals before a word in lower case (not "SAT morning", "SAT 10am"). */
const SAT_TEST = /\bSAT(?=\s+(?!(?:morning|afternoon|evening|night|arvo|am|pm)\b)[a-z])/g;

/** The text with each ordinal that counts things, and the SAT test, blanked to letters of its length, so no span moves. */
function withoutOrdinalsOfThings(written: string): string {
  const text = written.includes('SAT') ? written.replace(SAT_TEST, 'xxx') : written;
  if (!ANY_ORDINAL_WORD.test(text)) return text;
  return text
    .replace(ORDINAL_PART_OF_DAY, (phrase) => `the${phrase.slice(3).replace(LETTERS, 'x')}`)
    .replace(ORDINAL_OF_THINGS, (phrase) => phrase.replace(SPELLED_ORDINAL, (word) => 'x'.repeat(word.length)));
}

/**
 * "the W-2", "an I-9", "form DS-11": a form's code, one or two letters, a hyphen and a number, which
 * chrono reads as a weekday's initial and an hour. Two letters that shorten a weekday ("Th-3") are left.
 */
const FORM_CODE = /(?<![\p{L}\d-])(?!(?:mo|tu|we|th|fr|sa|su)-)\p{L}{1,2}-\d{1,4}(?![\p{L}\d-])/giu;
const LETTER_HYPHEN_DIGIT = /\p{L}-\d/u;

/** The text with each form's code blanked to letters of its length, so no span moves. */
function withoutFormCodes(text: string): string {
  return LETTER_HYPHEN_DIGIT.test(text) ? text.replace(FORM_CODE, (code) => 'x'.repeat(code.length)) : text;
}

const FALSE_DATES = /^(?:now|the day|the week|one day|a day|(?:the )?minutes|a sec(?:ond)?|second|sec|may|march|(?!mar(?:di|tes)$)(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)$/i;

/** "around" after these is the verb's particle ("shop around before Friday"), no word of when. */
export const AROUND_AS_PARTICLE = String.raw`(?<!\b(?:shop|ask|look|turn|hang|show|walk|drive|ferry)\s)around`;

/** Words before a date that only introduce it: "by Friday", "due on the 5th", "by the 5th of June", "@ 3pm" ("for the Friday meeting" names an occasion). */
const LEAD_IN = new RegExp(
  String.raw`(?:\b(?:due|no later than|nlt|towards?|some time|any ?time|any day|cut-?off|deadline:?|w\/[cb]|(?:week|wk) (?:commencing|beginning|starting|of)|by|on|before|until|till|(?<!\blook(?:ed|s|ing)?\s+)at|for|from|starting|sometime|latest|${AROUND_AS_PARTICLE}|ideally|preferably|b4|bis|bis zum|bis zur|am|vor|vor dem|vor der|d'ici|avant|avant le|le|el|del|para el|hasta|hasta el|antes del|op|voor|vóór|uiterlijk|this coming|komende|aanstaande|entro|per|il|prima di|prima del|até|ate|até a|até o|o dia|el día|dia|día|no|na|pra|para|pour|für|vence|nesta|nessa|esta|essa|questo|questa|antes de|antes do|antes|a partir de|przed|kabla ya)\s+|\b(?:by|on|before|until|till|due|from|starting|(?:week|wk) of)\s+the\s+|\bthe (?:week|wk) of\s+|[@→]\s*)+$`,
  'i',
);

/** How many answers each memo below keeps before it starts afresh. */
const PROBED_MAX = 2_000;

/** The memo's answer for `key`, read the first time it is asked for. */
function remembered<T>(memo: Map<string, T>, key: string, read: () => T): T {
  if (memo.has(key)) return memo.get(key) as T;
  const answer = read();
  if (memo.size >= PROBED_MAX) memo.clear();
  memo.set(key, answer);
  return answer;
}

/** The instant a day starts in a zone, with the zone's offset then (what chrono is given). */
interface DayStart {
  instant: Date;
  offset: number;
}

const startsOfToday = new Map<string, DayStart>();

/** The instant today starts in the person's zone; the same few are asked for again and again. */
function startOfToday(reference: DateReference): DayStart {
  return remembered(startsOfToday, `${reference.today} ${reference.timezone}`, () => {
    const instant = startOfTodayIn(reference);
    return { instant, offset: offsetMinutesAt(instant, reference.timezone) };
  });
}

function startOfTodayIn(reference: DateReference): Date {
  const { year, month, day } = parseDate(reference.today);
  return instantOfWallTime({ year, month, day, hour: 0, minute: 0 }, reference.timezone);
}

/** `now`, when it falls on the person's today in their zone. */
function nowOnToday(reference: DateReference): Date | null {
  const { now } = reference;
  return now && formatDate(wallTimeAt(now, reference.timezone)) === reference.today ? now : null;
}

/** Words that tell a dump's dates are written in another language chrono reads. */
const OTHER_LANGUAGES: [chrono.Chrono, RegExp][] = [
  [GERMAN, /\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen|heute|woche|uhr|januar|februar|märz|mai|juni|juli|oktober|dezember)\b/i],
  [FRENCH, /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd'hui|semaine|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/i],
  [SPANISH, /\b(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|hoy|semana|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b/i],
  [DUTCH, /\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|volgende week)\b/i],
];

/**
 * Date phrases in each language read, together meeting each of the language's readers (a month
 * name with and without a day, weekdays, times, spans, "in two weeks", "ago"): a reader compiles
 * its patterns the first time one matches. With a dash added, the same as a two-byte string.
 */
const PREPARING_TEXTS = [
  'dentist tomorrow at 5pm, 12/03 or Friday next week; call mum on 3 March or March 4th 2027, in 2 weeks, 3 days ago, by the end of the month, tonight 10:30-11:00, 2027-01-05, last Monday of June',
  'Zahnarzt Dienstag 10 Uhr, am 3. März 2027, morgen früh, in 2 Wochen, nächste Woche, vor 3 Tagen, 14:30 bis 15 Uhr',
  'payer la cantine samedi, le 2 juin 2027 à 10h, demain matin, dans 2 semaines, il y a 3 jours, la semaine prochaine, de 14h30 à 15h',
  'dentista mañana a las 10, el 2 de junio de 2027, junio, el lunes, en 2 semanas, esta noche, de 14:30 a 15:00',
  'tandarts vrijdag, 3 juni 2027 om 10 uur, juni, morgen, over 2 weken, 3 dagen geleden, volgende week, 2027/06/03',
];
/** V8 interprets a pattern on its first run and compiles it on the next. */
export const PREPARING_RUNS = 2;

/**
 * Runs every chrono reader the parser and quick add use over a phrase of each language now: a
 * reader builds and compiles its patterns on its first parse (tens of ms for a language), which
 * would otherwise fall in the first dump that needs it. V8 compiles a pattern apart for one-byte
 * and two-byte strings (a dump with an emoji or a dash is two-byte), so both are run.
 */
export function prepareDateReaders(): void {
  const reference = { instant: new Date(Date.UTC(2026, 0, 5)), timezone: 0 };
  const readers = [ENGLISH, ENGLISH_DAY_FIRST, ...OTHER_LANGUAGES.map(([reader]) => reader)];
  for (let run = 0; run < PREPARING_RUNS; run++) {
    for (const text of PREPARING_TEXTS) for (const variant of [text, `${text} —`]) for (const reader of readers) reader.parse(variant, reference, { forwardDate: true });
  }
}

const NUMERIC_DATE = /\b\d{1,2}[/.]\d{1,2}\b/;
const LETTER_START = /^\p{L}/u;

function parseAt(text: string, instant: Date, timezone: string, offset = offsetMinutesAt(instant, timezone)): chrono.ParsedResult[] {
  // Only for slashed dates: the British parser also reads "Feb 28" as February 2028.
  const dayFirst = !writesMonthFirst(timezone) && timezone !== 'UTC' && NUMERIC_DATE.test(text);
  const parser = dayFirst ? ENGLISH_DAY_FIRST : ENGLISH;
  const reference = { instant, timezone: offset };
  // "le 12 décembre": English reads "12 d" as twelve days, its word boundary blind to the "é" after it; a reading that ends inside a word is none.
  const found = parser.parse(text, reference, { forwardDate: true }).filter((result) => !LETTER_START.test(text.slice(result.index + result.text.length)));
  if (found.length > 0) return found;
  // "Zahnarzt Dienstag 10 Uhr", "payer la cantine samedi": English first, then the language it is in;
  // a word two languages share ("mai") tries each ("le 23 mai" is French, "am 23. Mai" German).
  for (const [other, cue] of OTHER_LANGUAGES) {
    if (!cue.test(text)) continue;
    const read = other.parse(text, reference, { forwardDate: true });
    if (read.length > 0) return read;
  }
  return found;
}

/** Words after a date that only stress it: "by Monday at the latest", "Wednesday latest". */
const AT_THE_LATEST_NEXT = /^,?\s+(?:at the (?:very )?latest|at latest|latest)\b/i;
/** Hindi's postpositions after a date: "next Monday tak" (by), "Friday ko" (on). */
const HINDI_POSTPOSITION_NEXT = /^\s+(?:tak|ko)(?![\p{L}\p{N}])/iu;
/** "till" ending the text before a date: "count the till tonight". */
const TILL_BEFORE = /\btill\s+$/i;

/** A part of the day read alone ("morning") leaves the words that place it: "call the bank in the morning". */
const DAY_PART = /^(?:morning|afternoon|evening|night)\b/i;
const DAY_PART_LEAD = /\b(?:(?:early |late )?in the|that|this)\s+$/i;
/** …and one after the day goes with it: "tomorrow in the afternoon", "fri arvo", "sat am". */
const DAY_PART_NEXT = /^\s+(?:(?:early |late )?in the (?:morning|afternoon|evening)|arvo|avo|am|pm)\b/i;

function withLeadIn(text: string, index: number, length: number): { index: number; length: number } {
  const before = text.slice(0, index);
  const taken = (DAY_PART.test(text.slice(index, index + length)) ? DAY_PART_LEAD.exec(before) : null) ?? LEAD_IN.exec(before);
  // "count the till tonight": the date is the counting's, its lead-in word the till itself.
  const tillBefore = taken ? TILL_BEFORE.exec(before) : null;
  const lead = tillBefore && tillIsNounAfter(before.slice(0, tillBefore.index)) ? null : taken;
  const after = text.slice(index + length);
  const trailing = AT_THE_LATEST_NEXT.exec(after) ?? DAY_PART_NEXT.exec(after) ?? HINDI_POSTPOSITION_NEXT.exec(after);
  const span = trailing ? length + trailing[0].length : length;
  return lead ? { index: lead.index, length: span + (index - lead.index) } : { index, length: span };
}

interface Candidate {
  index: number;
  length: number;
  due_date: string;
  time: { hour: number; minute: number } | null;
  qualifier: boolean;
  timeOnly: boolean;
  /** Names a weekday and no date (a rule's "weds"), which a date written next to it overrules. */
  weekdayOnly?: boolean;
  /** Names a day of a month (chrono's "8/4"), as against a weekday or a time. */
  dated?: boolean;
  /** A day gone by that "last" or "past" names (chrono's "last Friday"), which a rule's coming weekday inside it does not overrule. */
  gone?: boolean;
}

// "ogni lunedì", "todo dia 15", "chaque mardi", "jeden Montag", "elke vrijdag": every, in the other languages read.
const ENDS_WITH_REPEAT_WORD = /(?<![a-zà-ÿ])(?:(?:every|each)(?: other)?|times|once|twice|ogni|tod[oa]s?(?: [oa]s?)?|cada|chaque|tous les|toutes les|jede[nrs]?|elke|iedere)\s+$/i;
const ENDS_WITH_TIMES_COUNT = /\b\d+\s?x\s+$/i;
const PER_START = /^(?:a|an|per)\s/i;

/** "every day", "each morning", "every other Friday": a habit's rhythm stays in its title, not a due date. */
function recurring(text: string, index: number): boolean {
  const before = text.slice(0, index);
  // "run 3x a week": so many times in each; "gym 3x this week" is due this week.
  return ENDS_WITH_REPEAT_WORD.test(before) || (ENDS_WITH_TIMES_COUNT.test(before) && PER_START.test(text.slice(index)));
}

/** Words after a day of the month that keep it a date: "the 5th at 3pm", "the 2nd of June", "the 1st please", "the 15th because …". */
const AFTER_DAY_OF_MONTH =
  /^\s+(?:of|at|by|in|on|and|or|for|to|please|pls|too|then|so|if|but|before|after|latest|until|till|is|was|when|with|from|as|this|next|the|a|an|i|we|it|because|cause|since|unless|once|while|otherwise|which|you|he|she|they|my|our|your|his|her|their)\b/i;

/** What a weekday may name after "about": "Sunday lunch", "Friday drinks". */
const OCCASION = /^\s+(?:lunch|dinner|brunch|breakfast|roast|drinks|party|plans|service|mass|game|match|practice|class|meeting|shift|cookout|barbecue|barbeque|bbq|braai|picnic|potluck|feast)\b/i;

const ENDS_WITH_FOR_THE = /\bfor\s+the\s+$/i;
const DAY_WORD = /^[a-z]+day$/i;

/** "slides for the Friday meeting": the day of the occasion a task is for, which is when it is due. */
function servesOccasion(before: string, found: string, after: string): boolean {
  return ENDS_WITH_FOR_THE.test(before) && DAY_WORD.test(found.trim()) && OCCASION.test(after);
}

// "long weekend", "Easter weekend", "bank holiday weekend": a weekend named for what falls on it, not the coming one.
const ENDS_WITH_LONG = /\b(?:long|easter|bank holiday|holiday|whitsun|pentecost|labou?r day|memorial day|victoria day|presidents'? day|columbus day|thanksgiving)\s+$/i;
const WEEKEND = /^weekend$/i;
const PART_OF_DAY = /^(?:night|day|evening|morning)$/i;
const NIGHT = /^(?:night|nite)$/i;
/** A word after "night" that is a thing it names, not one that places or joins it ("night at the pub", "night time"). */
const THING_NEXT =
  /^\s+(?!(?:at|in|on|to|and|or|but|so|then|if|when|before|after|with|without|for|of|from|by|till|until|is|was|are|were|will|too|as|time|out|off|ok|okay|please|i|we|you|he|she|they|it|me|my|our|the|a|an)\b)[a-z]+/;
const BEFORE_OR_AFTER_START = /^\s+(?:before|after)\b/i;
const ORDINAL_DAY = /^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$/i;
const LOWER_CASE_WORD_NEXT = /^\s+[a-z]/;
const ENDS_WITH_POSSESSIVE = /\b(?:my|our|his|her|their|your)\s+$/i;
const CLOCK_TIME = /^\d{1,2}(?::\d{2})?\s?(?:am|pm)$/i;
const ENDS_WITH_ABOUT = /\b(?:about|re:?|regarding)\s+(?:the\s+|this\s+)?$/i;
const LEADING_THE = /^(?:the|this)\s+/i;
/** "Friday's poodle": the day owns the thing after it. */
const OWNING_NEXT = /^['’]s\s/;
const PUNCTUATION_OR_END_NEXT = /^\s*(?:[,;.!?)]|$)/;
const ENDS_WITH_DETERMINER = /\b(?:the|my|our|his|her|their|your|a)\s+$/i;
const ENDS_WITH_HER_REACHED = /\b(?:call|ring|phone|text|email|message|visit|see|meet|ask|tell|remind|thank|invite|collect)\s+her\s+$/i;
const DAY_WORD_OR_WEEKEND = /^(?:[a-z]+day|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|weekend|morning|afternoon|evening|night)$/i;
const WORD_NEXT = /^\s+[a-z]/i;
const ENDS_WITH_THE = /\bthe\s+$/i;
const SHORT_SUNDAY = /^sun$/i;

const NOTHING_BEFORE = /^[\s\p{P}]*$/u;
const NEXT_WORD = /^\s+([\p{L}'’-]+)/u;
/** Words after a holiday that say when in it ("Christmas morning") or what it is doing ("Easter is …"), not a thing of it. */
const HOLIDAY_TIME_OR_VERB = /^(?:and|is|was|are|were|eve|day|morning|afternoon|evening|night|weekend|week|break|holidays?)$/i;

/** The first word of a holiday named by its weekday: "Good Friday", "Easter Sunday", "Holy Saturday". */
const HOLIDAY_OPENING = /(?<![\p{L}])(?:good|easter|holy|palm|ash|maundy|shrove|fat|whit)\s+$/iu;
/** Enough of the text before a weekday to hold that word and its space: testing all of it for each date found would be quadratic. */
const HOLIDAY_OPENING_REACH = 12;

/** True when `found` is a holiday's name: the first clause of the holiday rule. */
function isHoliday(found: string): boolean {
  return [...FIXED_HOLIDAYS, ...FLOATING_HOLIDAYS, ...EASTER_HOLIDAYS].some(([pattern]) => pattern.test(found));
}

/**
 * "christmas cards", "halloween costumes", "before the Easter fair": a holiday opening a clause or
 * after "the", then a thing, names which thing; "NYE: fireworks", "xmas buy the tree" and an occasion held that day ("Christmas Eve
 * dinner") keep it as the day.
 */
function holidayNamesThing(before: string, found: string, after: string): boolean {
  // "before the Christmas trip": after "the", a holiday then a thing names the thing, whose day is not said.
  if (!(NOTHING_BEFORE.test(before) || ENDS_WITH_THE.test(before)) || !isHoliday(found)) return false;
  const next = NEXT_WORD.exec(after)?.[1];
  return next !== undefined && !HOLIDAY_TIME_OR_VERB.test(next) && !OCCASION.test(after) && !startsWithVerb(after.trim());
}

/** Words saying something ran out, ended or fell due on the day after them: "expired 31 Dec", "lapsed on the 3rd", "since Monday", "was due Friday". */
const ENDS_WITH_RAN_OUT = /\b(?:expired|lapsed|ended|ran out|since|was due|were due|abgelaufen am|scaduto il|scaduta il|venceu|venció|expiré le)\s+(?:on\s+)?$/i;

const ENDS_WITH_FROM = /\bfrom\s+(?:the\s+)?$/i;
/** "(Mei, her email from the 22nd)": a remark naming someone's thing by the day it came ("collect my keys from Friday" is no remark). */
const ENDS_WITH_OWNED_FROM = /[(,]\s*(?:[\p{L}'’-]+\s+)?(?:my|our|his|her|their|your)\s+(?:[\p{L}'’-]+\s+){1,2}from\s+(?:the\s+)?$/iu;
const ENDS_WITH_THING_FROM = /\b(?:the|that|this|these|those)\s+(?:[\p{L}'’-]+\s+){1,2}from\s+(?:the\s+)?$/iu;
/** "the batch from Friday is faulty": what the thing is, so the day is where it came from. */
const STATE_NEXT = /^\s+(?:is|was|are|were|has|had)\b/i;
const POSSESSIVE_NEXT = /^['’]s\b/;
const RANGE_NEXT = /^\s*(?:to|until|till|through|[-–—])\s/i;

/**
 * "my Saturday shift", "the Friday meeting", "a weekend counter person": a day naming which one,
 * not when to do it; "the second oven", "the 3rd floor": an ordinal naming which one, not a day.
 */
function modifier(text: string, index: number, found: string): boolean {
  const before = text.slice(0, index);
  const after = text.slice(index + found.length);
  if (servesOccasion(before, found, after)) return false;
  if (holidayNamesThing(before, found, after)) return true;
  // "the Good Friday meditation": the weekday closing a holiday's name that names a thing is no day either.
  const near = before.slice(-HOLIDAY_OPENING_REACH);
  const holidayOpening = HOLIDAY_OPENING.exec(near);
  if (holidayOpening && holidayNamesThing(before.slice(0, before.length - near.length + holidayOpening.index), `${holidayOpening[0]}${found}`, after)) return true;
  // "renew the licence disc (expired 31 Dec)": a day something ran out on is past, whatever year chrono gives it.
  if (ENDS_WITH_RAN_OUT.test(before)) return true;
  // "the batch from Friday is faulty", "her email from the 22nd", "notes from Thursday's lecture": a thing from a day gone.
  if (ENDS_WITH_FROM.test(before) && (ENDS_WITH_OWNED_FROM.test(before) || (ENDS_WITH_THING_FROM.test(before) && STATE_NEXT.test(after)) || POSSESSIVE_NEXT.test(after)) && !RANGE_NEXT.test(after)) return true;
  if (ENDS_WITH_LONG.test(before) && WEEKEND.test(found.trim())) return true;
  // "swap the night shift", "evening class": a part of the day naming which shift or class.
  if (PART_OF_DAY.test(found.trim()) && OCCASION.test(after)) return true;
  // "leave the basil in the sun": the star, never the weekday's short name.
  if (ENDS_WITH_THE.test(before) && SHORT_SUNDAY.test(found.trim())) return true;
  // "three night lights", "ring the night porter": a bare night naming the kind of thing after it.
  if (NIGHT.test(found.trim()) && THING_NEXT.test(after)) return true;
  // "the night before", "the day after": a day counted from another, named elsewhere.
  if (PART_OF_DAY.test(found.trim()) && BEFORE_OR_AFTER_START.test(after)) return true;
  if (ORDINAL_DAY.test(found.trim())) return LOWER_CASE_WORD_NEXT.test(after) && !AFTER_DAY_OF_MONTH.test(after);
  // "cancel my 2pm", "move the 10am": a time of day naming the meeting then.
  if (ENDS_WITH_POSSESSIVE.test(before) && CLOCK_TIME.test(found.trim())) return true;
  // "text Aisha about Sunday lunch": the day names which lunch the message is about.
  // "text Becky back about Saturday": at the end of the clause the day is what the message is about.
  // "ring mum about the weekend", "call back re: Friday's poodle": the same for the weekend, and for a day owning what follows.
  if (ENDS_WITH_ABOUT.test(before) && DAY_WORD_OR_WEEKEND.test(found.trim().replace(LEADING_THE, '')) && (OCCASION.test(after) || PUNCTUATION_OR_END_NEXT.test(after) || OWNING_NEXT.test(after))) return true;
  // "book Saturday lessons": the day opens the verb's object.
  if (weekdayNamesThing(before, found, after)) return true;
  // "call her Sunday when she's back": after a verb of reaching someone, "her" is who, not whose.
  return ENDS_WITH_DETERMINER.test(before) && !ENDS_WITH_HER_REACHED.test(before) && DAY_WORD_OR_WEEKEND.test(found.trim()) && WORD_NEXT.test(after);
}

// "vor", "avant", "antes de", "prima di", "vóór": before in German, French, Spanish and Portuguese,
// Italian and Dutch (Dutch "voor" without the accent is also "for"); "prior to", "ahead of" in English.
const ENDS_AFTER_BEFORE = /(?<![a-zà-ÿ])(?:before|b4|prior to|ahead of|vor|avant|antes|prima|vóór|przed|kabla ya)\s+(?:the\s+)?(?:[^\s,;(]+\s+){0,5}?$/i;
const ENDS_WITH_BEFORE_AN_HOUR = /(?<![a-zà-ÿ])(?:before|b4|prior to|ahead of|by)\s+(?:\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?|lunch(?:time)?|noon|midday)\s+(?:on\s+)?$/i;
const ENDS_WITH_AFTER = /(?<![a-zà-ÿ])(?:after|nach|après|dopo|después de|depois d[eo])\s+(?:(?:the|el|la|le|il|o)\s+)?$/i;

/**
 * "before Feb 28" is the day before it, "after Boxing Day" the day after; "before" may govern a
 * clause that ends in the date ("before it renews on the 2nd").
 */
function shiftedByLead(before: string, date: string, today: string, weekly: boolean): string {
  // "before 5 tomorrow", "before lunch on Friday": "before" governs the hour, on the day named.
  if (ENDS_WITH_BEFORE_AN_HOUR.test(before)) return date;
  // "before it fills up (starts the 17th)": a remark in brackets says its own day, which "before" does not govern.
  // "before Thursday" said on a Thursday: not yesterday but the eve of next week's.
  if (ENDS_AFTER_BEFORE.test(before)) return addDays(weekly && date === today ? addDays(date, 7) : date, -1);
  if (ENDS_WITH_AFTER.test(before)) return addDays(date, 1);
  return date;
}

/**
 * Whether any rule may match, in one scan: most texts match none. Without their lookarounds the
 * rules' patterns match wherever they do, and their union scans a dump's clauses about 2.5 times
 * faster than with them (a lookbehind opening an alternative is tried at every position), and
 * faster than a scan for each rule; the rules that open at a word are tried only there
 * (`ruleUnion`). No pattern refers back to a group.
 */
const ANY_RULE = ruleUnion(RULES.map((rule) => rule.pattern.source));

function findByRule(text: string, today: string, timezone: string): Candidate | null {
  if (!ANY_RULE.test(text)) return null;
  let best: Candidate | null = null;
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (!match || (best && match.index >= best.index) || recurring(text, match.index) || modifier(text, match.index, match[0])) continue;
    const span = withLeadIn(text, match.index, match[0].length);
    const resolved = rule.resolve(match, today, timezone);
    if (resolved === null) continue;
    const due_date = rule.shiftable ? shiftedByLead(text.slice(0, match.index), resolved, today, rule.weekly === true) : resolved;
    best = { ...span, due_date, time: null, qualifier: rule.qualifier === true, timeOnly: rule.timeOnly === true, weekdayOnly: rule.weekly === true };
  }
  return best;
}

/**
 * Words without which chrono finds nothing (a digit, a month, a weekday, a part of the day or a
 * unit of time): most clauses of a dump have none, and chrono is the parser's costliest step.
 */
const MAY_BE_DATE = new RegExp(
  [
    '\\d',
    '\\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b',
    '\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b',
    '\\b(?:today|tonight|tonite|2nite|2nyt|tomorrow|tmr|tmrw|tmw|tomo|2moro|yesterday|wknd|wk|wks|arvo|nite|eod|eow|eom|cob|noon|midnight|morning|afternoon|evening|night|weekend|week|weeks|month|months|year|years|day|days|hour|hours|hrs?|mins?|minutes?|fortnight|now|ago|later|christmas|half past|quarter)\\b',
    '\\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute|woche|uhr|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|semaine|mois|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|hoy|semana|mes|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag)\\b',
    '\\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\\b',
  ].join('|'),
  'i',
);

/** "next", and how other languages say it after or before the weekday: "lundi prochain", "el próximo lunes", "nächsten Montag". */
const NEXT = /\b(?:next|prochaine?|próxim[oa]|nächste[nrs]?|que viene|volgende|komende)(?![\p{L}])/iu;

const ONE_TO_ONES = /\b\d{1,2}:\d(?!\d)s?\b/g;
const THOUSANDS_NEXT = /^,\d{3}\b/;
const TIME_OF_DAY_WORD = /\b(?:morning|afternoon|evening|night|tonight|noon|midnight)\b/i;
const TODAY_WORD = /\b(?:tonight|today|tomorrow)\b/i;
const PAST_OR_FOLLOWING_WORD = /\b(?:last|past|previous|following)\b/i;
/** "last Friday", "the past weekend": a weekday gone by ("the last Friday of the month" is an ordinal). */
const GONE_WORD = /\b(?:last|past|previous)\b/i;
/** "the M" of "the M-Pesa statement for July": chrono reads a lone letter as a time; no one writes a date so. */
const LONE_LETTER = /^(?:the\s+)?\p{L}$/iu;

/** "quiz night", "games evening", "girls' nite": a part of the day after a thing's name, naming an event. */
const EVENT_PART_OF_DAY =
  /(?<=(?<![\p{L}'’])(?!(?:the|a|an|this|that|last|next|every|each|one|all|at|on|in|by|for|of|per|late|early|good|same|whole|tomorrow|today|yesterday|tmrw|[a-z]+day|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|weekend)\s)[\p{L}'’]+\s+)(?:night|nite|evening)(?![\p{L}'’])/iu;
const EVENT_PART_OF_DAY_WORD = /\b(?:night|nite|evening)\b/i;
/** A day said otherwise: a weekday, a month, a number, "tomorrow", "tonight", "weekend". */
const DAY_SAID = new RegExp(String.raw`\d|\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\b|\b(?:wednes|satur)day\b|\b(?:${MONTH_WORDS})\b|\b(?:tomorrow|tmrw|tonight|today|weekend)\b`, 'i');

/**
 * The text as chrono should read it: "Quiz night at the pub Friday 7pm" is on Friday, its "night"
 * the event's name, not tonight. When another word says the day, the event's part of the day is
 * blanked (same length, so places in the text stay).
 */
function withEventNamed(text: string): string {
  // Most texts name no part of the day; the look-behind is not tried at every place of theirs.
  if (!EVENT_PART_OF_DAY_WORD.test(text)) return text;
  const event = EVENT_PART_OF_DAY.exec(text);
  if (!event) return text;
  const blanked = `${text.slice(0, event.index)}${' '.repeat(event[0].length)}${text.slice(event.index + event[0].length)}`;
  return DAY_SAID.test(blanked) ? blanked : text;
}

function findByChrono(original: string, reference: DateReference): Candidate | null {
  if (!MAY_BE_DATE.test(original)) return null;
  const text = withoutFormCodes(withoutPluralNumbers(withEventNamed(original)));
  // Days and times resolve from the start of today, so "Friday" or "at 9am" mean the same all day
  // long; only spans counted from the clock ("in 2 hours") use `now`.
  const now = nowOnToday(reference);
  const dayStart = startOfToday(reference);
  const oneToOnes = matchesOf(ONE_TO_ONES, text).map((match): [number, number] => [match.index, match.index + match[0].length]);
  for (const found of parseAt(text, dayStart.instant, reference.timezone, dayStart.offset)) {
    if (FALSE_DATES.test(found.text.trim()) || LONE_LETTER.test(found.text) || recurring(text, found.index) || modifier(text, found.index, found.text)) continue;
    // "stay for a few days", "away for two weeks": how long, not when.
    if (DURATION.test(found.text)) continue;
    // "translate ep 8 ~3h", "watch the pilot (2h)": hours it takes; "à 15h", "at 3h", "15h30" are times.
    if (HOURS_TAKEN.test(found.text.trim()) && !AT_BEFORE_HOUR.test(text.slice(0, found.index)) && (ESTIMATE_BEFORE.test(text.slice(0, found.index)) || found.text.trim().length <= 2)) continue;
    // "it takes a week", "it's been three weeks", "6 week lead time": a span with nothing counting it from today.
    if (BARE_SPAN.test(found.text.trim())) continue;
    // "at 2,300 unread": a number with thousands is a count, not a time.
    if (THOUSANDS_NEXT.test(text.slice(found.index + found.text.length))) continue;
    // "1:1s with the team": one-to-one meetings; a time has two digits of minutes.
    if (oneToOnes.some(([start, end]) => found.index < end && found.index + found.text.length > start)) continue;
    // "edit episode 11 before Thursday": chrono takes the number naming the thing for an hour.
    const numberNamed = NUMBER_BEFORE_DAY.exec(found.text);
    if (numberNamed && !ENDS_WITH_AT.test(text.slice(0, found.index))) return findByChrono(`${text.slice(0, found.index)}${' '.repeat(numberNamed[0].length)}${text.slice(found.index + numberNamed[0].length)}`, reference);
    const fromNow = now && found.start.tags().has('result/relativeDateAndTime');
    const result = (fromNow && parseAt(text, now, reference.timezone).find((again) => again.index === found.index)) || found;
    const start = result.start;
    const timeOfDay = TIME_OF_DAY_WORD.test(result.text);
    if (!start.isCertain('day') && !start.isCertain('weekday') && !start.isCertain('hour') && !timeOfDay) continue;
    const timeOnly = !start.isCertain('day') && !start.isCertain('weekday') && !TODAY_WORD.test(result.text);
    const span: Omit<Candidate, 'due_date' | 'time'> = { ...withLeadIn(text, result.index, result.text.length), qualifier: false, timeOnly, dated: start.isCertain('day') };
    // "Sat 12.12.": a day and month closed by a dot, as German speakers write dates, which chrono
    // reads after a weekday as a time of day.
    const closedDate = start.isCertain('hour') ? CLOSED_DOTTED_DATE.exec(text.slice(result.index, result.index + result.text.length + 1)) : null;
    const closedDay = closedDate ? nextDayOfYear(reference.today, Number(closedDate[2]), Number(closedDate[1])) : null;
    if (closedDay !== null) return { ...span, due_date: closedDay, time: null };
    if (start.isCertain('timezoneOffset')) {
      // An explicit zone in the text ("3pm EST") names an instant; read it in the person's zone.
      const wall = wallTimeAt(start.date(), reference.timezone);
      return { ...span, due_date: formatDate(wall), time: { hour: wall.hour, minute: wall.minute } };
    }
    let hour = start.get('hour') ?? 0;
    // "at 5" on a to-do list means 5 pm; "dinner at 7:30" 7:30 pm, "breakfast at 6" 6 am.
    if (!start.isCertain('meridiem')) hour = clockHour(hour, text, true);
    let dueDate = formatDate({ year: start.get('year') ?? 0, month: start.get('month') ?? 0, day: start.get('day') ?? 0 });
    // chrono counts weekdays from the reference instant's UTC day, so far from UTC "Thursday 5pm"
    // could land on the Thursday just gone (or a week late); a weekday alone is the coming one.
    const weekday = start.get('weekday');
    if (start.isCertain('weekday') && !start.isCertain('day') && weekday !== null) {
      // "next Friday" is Friday of next week (weeks start on Monday); a bare weekday the coming one.
      if (NEXT.test(result.text)) dueDate = addDays(nextMonday(reference.today), (weekday + 6) % 7);
      else if (!PAST_OR_FOLLOWING_WORD.test(result.text)) dueDate = onOrAfter(reference.today, weekday);
      else if (GONE_WORD.test(result.text) && !ENDS_WITH_THE.test(text.slice(0, result.index))) {
        // chrono reads forward; "last Friday" is the one in the seven days before today.
        dueDate = onOrAfter(addDays(reference.today, -WEEK_DAYS), weekday);
        span.gone = true;
      }
    }
    // "before Feb 28" is the day before it; "after the 3rd" the day after.
    // "before it renews on the 2nd": the "before" may govern a clause that ends in the date.
    // "after" a clock time is about the hour: "ready after 5pm Tue" is Tuesday evening.
    const dayGiven = start.isCertain('day') || start.isCertain('weekday');
    const lead = text.slice(0, result.index);
    // "before 5pm tomorrow": a "before" said of the hour, which opens the phrase, moves no day.
    const leadingHour = start.isCertain('hour') ? LEADING_HOUR.exec(result.text) : null;
    const hourFirst = leadingHour !== null && Number(leadingHour[1]) % 12 === hour % 12;
    if (dayGiven && !hourFirst && !(start.isCertain('hour') && ENDS_WITH_AFTER.test(lead))) dueDate = shiftedByLead(lead, dueDate, reference.today, !start.isCertain('day'));
    if (!start.isCertain('hour') && !start.isCertain('day') && start.isCertain('weekday')) {
      // "party Friday 9", "gym tue 7": a bare hour straight after a weekday is its time ("Friday 9th" is a date).
      const bare = HOUR_AFTER_WEEKDAY.exec(text.slice(result.index + result.text.length));
      const bareHour = bare ? Number(bare[1]) : 0;
      if (bare && bareHour >= 1 && bareHour <= 12) {
        return { ...span, length: span.length + bare[0].length, due_date: dueDate, time: { hour: clockHour(bareHour, text, true), minute: 0 } };
      }
    }
    return { ...span, due_date: dueDate, time: start.isCertain('hour') ? { hour, minute: start.get('minute') ?? 0 } : null };
  }
  return null;
}

/** "3h", "1.5h": a bare count of hours (minutes after it, "15h30", make a time). */
const HOURS_TAKEN = /^\d{1,2}(?:[.,]\d)?\s?h$/i;
const AT_BEFORE_HOUR = /(?:\b(?:at|à|a las|alle|um|om|vers|ab)|@)\s*$/i;
/** "~3h", "(2h", "about 2h", "approx 1h": an estimate of how long. */
const ESTIMATE_BEFORE = /(?:[~≈(]|\b(?:about|approx\.?|around|roughly|ca\.?))\s*$/i;
const CLOSED_DOTTED_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?=\s|$)/;

/** An hour opening chrono's text: "5pm tomorrow", "11:30 Friday" (not "3/25 at 4", "25th at 9"). */
const LEADING_HOUR = /^(\d{1,2})(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?(?=\s|$)/i;

/** A bare hour after a weekday, then the clause's end or a word that ends its time: "Friday 9", "sat 10, bring snacks", "tue 7 with Jo". */
const HOUR_AFTER_WEEKDAY = /^\s+(\d{1,2})(?=\s*$|\s*[,;!?)–—]|\.(?!\d)|\s+(?:-|and|with|at|in|for|to|then|or|till|until|if|so|but)\b)/i;

function merge(byRule: Candidate | null, byChrono: Candidate | null): Candidate | null {
  if (byRule && byChrono) {
    const touches = byChrono.index <= byRule.index + byRule.length + 1 && byRule.index <= byChrono.index + byChrono.length + 1;
    if (touches) {
      // "end of day Wednesday": the rule qualifies chrono's day; "2moro at 3pm": chrono adds the time.
      const index = Math.min(byRule.index, byChrono.index);
      const end = Math.max(byRule.index + byRule.length, byChrono.index + byChrono.length);
      // "the receipts from last Friday": the weekday the rule reads inside it is the one gone, not the coming one.
      const ruleWithin = byRule.index >= byChrono.index && byRule.index + byRule.length <= byChrono.index + byChrono.length;
      if (byChrono.gone && ruleWithin && !byRule.qualifier) return { ...byChrono, index, length: end - index };
      // "before 12, 10am slot": an hour the task must be done by keeps the time chrono read.
      if (byRule.qualifier) return { ...byChrono, index, length: end - index, time: byRule.timeOnly ? byChrono.time : null };
      // "Weds 8/4": the date decides which day (a weekday that disagrees with it is the writer's slip);
      // "the first of May": so does a date that goes on past the rule's day to name its month.
      const monthAfter = byChrono.dated && byChrono.index >= byRule.index && byChrono.index + byChrono.length > byRule.index + byRule.length;
      const due_date = (byRule.weekdayOnly || monthAfter) && byChrono.dated ? byChrono.due_date : byRule.due_date;
      return { ...byRule, index, length: end - index, due_date, time: byChrono.time, timeOnly: false };
    }
  }
  return byRule && (!byChrono || byRule.index <= byChrono.index) ? byRule : byChrono;
}

const foundDates = new Map<string, FoundDate | null>();

/**
 * Forgets the dates read so far; the parser calls it as it starts a dump. Within a dump a heading's
 * date is read again for every item under it, but across dumps texts rarely repeat, and the time
 * spent reading them again is what keeps the date code hot (dumps seen once are the ones that count).
 */
export function startDateMemo(): void {
  foundDates.clear();
}

/**
 * The first date phrase in `text`, resolved in the person's zone: `due_date` is the calendar day
 * there, `start_at` (only when a time of day is given) carries the zone's offset at that moment.
 * `contextDay` is the date the surroundings give a bare time of day. Remembered until the next
 * `startDateMemo`.
 */
export function findDate(original: string, reference: DateReference, contextDay?: string): FoundDate | null {
  const key = `${reference.today} ${reference.timezone} ${reference.now?.getTime() ?? ''} ${contextDay ?? ''}\u0000${original}`;
  return remembered(foundDates, key, () => readDate(original, reference, contextDay));
}

/** The end of a range of days after its first: "–18th", "-20", " to the 18th" (spaced, only with its "th": "on the 1st - 3 left" is no range). */
const RANGE_END = /^(?:[–—-](?:the\s+)?(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?|\s*(?:[–—-]|to)\s+(?:the\s+)?(?:[0-2]?\d|3[01])(?:st|nd|rd|th))(?![\p{L}\d:./])/u;

const SHARP = /^\s+sharp\b/i;
const AFTERNOON = /^p/i;
/** ", 4am", ", 10:30", ", at 6.15pm": a time of day said after a day and a comma. */
const CLOCK_AFTER_COMMA = /^,\s*(?:at\s+)?(?:(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*(am|pm|a\.m\.|p\.m\.)|([01]?\d|2[0-3]):([0-5]\d))(?![\p{L}\d])/iu;

/** "Friday or Monday", "this weekend or next": a second day offered for the same thing. */
const OR_BETWEEN = /^,?\s+or\s+(?:(?:by|on|before)\s+)?/i;
/** "or next" alone names the next one of what the first day was: "this weekend or next". */
const BARE_NEXT = /^next\b(?!\s+(?:\p{L}+day|weekend|week|wk|month|year)\b)/iu;
const LAST_WORD = /(\p{L}+)\s*$/u;
const LATEST_SAID = /\blatest\b/i;
const WEEK_DAYS = 7;

/**
 * Widens `found` over an alternative day after it when "at the latest" says the deadline is the
 * last one named ("Friday or Monday at the latest"), and takes that day; without it the first day
 * offered stands and both stay in the title ("staff the stall Thursday or Friday").
 */
function withAlternative(text: string, found: Candidate, reference: DateReference): void {
  const after = text.slice(found.index + found.length);
  const or = OR_BETWEEN.exec(after);
  if (!or) return;
  const offered = after.slice(or[0].length);
  // Only "at the latest" makes the second day the deadline: without it, it is not read at all.
  if (!LATEST_SAID.test(offered)) return;
  const unit = BARE_NEXT.test(offered) ? LAST_WORD.exec(text.slice(found.index, found.index + found.length))?.[1] : undefined;
  const written = unit === undefined ? offered : `next ${unit}${offered.slice('next'.length)}`;
  const second = merge(findByRule(written, reference.today, reference.timezone), findByChrono(written, reference));
  if (second?.index !== 0 || !LATEST_SAID.test(written.slice(0, second.length))) return;
  found.length += or[0].length + second.length - (unit === undefined ? 0 : unit.length + 1);
  // "Friday or Monday" said on a Monday: the Monday offered comes after that Friday, not today.
  const secondDay = second.due_date < found.due_date && addDays(second.due_date, WEEK_DAYS) > found.due_date ? addDays(second.due_date, WEEK_DAYS) : second.due_date;
  if (secondDay > found.due_date) {
    found.due_date = secondDay;
    found.time = second.time;
    found.timeOnly = second.timeOnly;
  }
}

/**
 * "the night before Friday", "two days before the 20th", "the morning after the party on Saturday",
 * "a week before the 30th", "the Friday before 8 Nov", "28 days from 7/10": a count of days (a part of a day is one) or weeks from the
 * day named after it, or the weekday nearest it on that side.
 */
const COUNTED_FROM =
  /\b(the|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|nights?|evenings?|mornings?|afternoons?|weeks?|(?:sun|mon|tues|wednes|thurs|fri|satur)day)\s+(before|after|from)\s+/i;
const WEEKS_COUNTED = /^week/i;
/** "the Friday before 8 Nov": the last Friday before the day named, not a count. */
const WEEKDAY_COUNTED = /^(sun|mon|tues|wednes|thurs|fri|satur)day$/i;
const WEEKDAY_STEMS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
/** How far the day named may stand from the count: "the day before her birthday on the 12th". */
const COUNTED_ANCHOR_WORDS_MAX = 5;
const WORD_GAP = /\S+\s+/g;

/** The day `counted` moves to from the day named after it, and the span that says it; null when no day follows. */
function countedFrom(text: string, counted: RegExpExecArray, reference: DateReference): FoundDate | null {
  const anchorStart = counted.index + counted[0].length;
  const rest = text.slice(anchorStart);
  const anchor = readDate(rest, reference);
  if (!anchor || anchor.timeOnly || (rest.slice(0, anchor.index).match(WORD_GAP)?.length ?? 0) > COUNTED_ANCHOR_WORDS_MAX) return null;
  const [, count = '', unit = '', direction = ''] = counted;
  const before = direction.toLowerCase() === 'before';
  const weekday = WEEKDAY_COUNTED.exec(unit);
  if (weekday && count.toLowerCase() !== 'the') return null;
  // "28 days from 7/10", "a week from Friday": a count after the day named; "the day from …" counts nothing.
  if (direction.toLowerCase() === 'from' && (weekday || count.toLowerCase() === 'the')) return null;
  // "the day before": one.
  const number = COUNT_WORDS[count.toLowerCase()] ?? (Number(count) || 1);
  const days = weekday
    ? weekdayStep(anchor.due_date, WEEKDAY_STEMS.indexOf((weekday[1] ?? '').toLowerCase()), before)
    : number * (WEEKS_COUNTED.test(unit) ? WEEK_DAYS : 1) * (before ? -1 : 1);
  // "28 days from 7/10" said on 25 October counts from the 7 October just gone, not next year's.
  const justGone = !before && mayBeJustGone(rest, anchor, reference.today);
  const due_date = addDays(justGone ? monthsLater(anchor.due_date, -MONTHS_A_YEAR) : anchor.due_date, days);
  // "the day before Friday" is cut whole from a title; "the day before her birthday on the 12th" keeps the occasion and loses its date.
  const adjoining = anchor.index === 0;
  const index = adjoining ? counted.index : anchorStart + anchor.index;
  const end = anchorStart + anchor.index + anchor.length;
  return { index, length: end - index, due_date, start_at: null, timeOnly: false };
}

/** How far ahead a day and month with no year is read as the coming one; further, it may be the one just gone. */
const DAYS_AHEAD_MAX = 330;
const YEAR_SAID = /\b\d{4}\b|['’]\d{2}\b/;

/** True when `found` in `text` is a day and month read as next year's, no year said: "the 17/Mar outage" on 26 March. */
export function mayBeJustGone(text: string, found: FoundDate, today: string): boolean {
  return found.due_date > addDays(today, DAYS_AHEAD_MAX) && !YEAR_SAID.test(text.slice(found.index, found.index + found.length));
}
const MONTHS_A_YEAR = 12;

/** Days from `day` to the nearest `weekday` (0 Sunday) strictly before or after it. */
function weekdayStep(day: string, weekday: number, before: boolean): number {
  const apart = before ? (weekdayOf(day) - weekday + WEEK_DAYS) % WEEK_DAYS : (weekday - weekdayOf(day) + WEEK_DAYS) % WEEK_DAYS;
  return (apart || WEEK_DAYS) * (before ? -1 : 1);
}

const BEFORE_OR_AFTER_ANY_CASE = /before|after|from/i;

function readDate(original: string, reference: DateReference, contextDay?: string): FoundDate | null {
  // Most texts say neither word: the count's pattern is not run over them.
  const counted = BEFORE_OR_AFTER_ANY_CASE.test(original) ? COUNTED_FROM.exec(original) : null;
  const countedDay = counted ? countedFrom(original, counted, reference) : null;
  if (countedDay) return countedDay;
  const text = withNumerals(withoutOrdinalsOfThings(original));
  const found = merge(findByRule(text, reference.today, reference.timezone), findByChrono(text, reference));
  if (!found) return null;
  // chrono takes the closing bracket after a weekday into its text ("(ask before thurs)"): it stays with its remark.
  if (text.charAt(found.index + found.length - 1) === ')' && !text.slice(found.index, found.index + found.length).includes('(')) found.length -= 1;
  // A numeral written in for a spoken number is padded to its length: the span covers the padding.
  // ("the twenty fifth" → "the 25th" and spaces: the original's words there, spaces between them included).
  const end = found.index + found.length;
  let padEnd = end;
  while (padEnd < text.length && text[padEnd] === ' ') padEnd++;
  found.length += original.slice(end, padEnd).trimEnd().length;
  withAlternative(text, found, reference);
  // "for the 14th–18th": the range's end is read with its start, which dates it.
  const rest = original.slice(found.index + found.length);
  const rangeEnd = RANGE_END.exec(rest);
  if (rangeEnd && !found.time) found.length += rangeEnd[0].length;
  // "at 8am sharp": the word only insists on the time.
  const sharp = found.time ? SHARP.exec(rest) : null;
  if (sharp) found.length += sharp[0].length;
  // "the 23rd, 4am": a time after the day, a comma between, is the time on it.
  const clock = found.time || found.timeOnly ? null : CLOCK_AFTER_COMMA.exec(original.slice(found.index + found.length));
  if (clock) {
    const [, hour = '', minute = '', meridiem = '', hour24 = '', minute24 = ''] = clock;
    found.time = meridiem ? { hour: (Number(hour) % 12) + (AFTERNOON.test(meridiem) ? 12 : 0), minute: Number(minute || 0) } : { hour: Number(hour24), minute: Number(minute24) };
    found.length += clock[0].length;
  }
  // "dentist at 10" under a "Tomorrow:" heading is tomorrow at 10.
  if (found.timeOnly && contextDay) found.due_date = contextDay;
  const startAt = found.time
    ? formatZonedIso(instantOfWallTime({ ...parseDate(found.due_date), ...found.time }, reference.timezone), reference.timezone)
    : null;
  const occasion = servesOccasion(text.slice(0, found.index), text.slice(found.index, found.index + found.length), text.slice(found.index + found.length));
  return { index: found.index, length: found.length, due_date: found.due_date, start_at: startAt, timeOnly: found.timeOnly, ...(occasion ? { occasion } : {}) };
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MINUTE_WORDS: Record<string, number> = { 'oh five': 5, ten: 10, fifteen: 15, twenty: 20, thirty: 30, 'forty-five': 45, 'forty five': 45, 'o\'clock': 0 };
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, 'twenty-first': 21, 'twenty first': 21, 'twenty-second': 22, 'twenty second': 22, 'twenty-third': 23,
  'twenty third': 23, 'twenty-fourth': 24, 'twenty fourth': 24, 'twenty-fifth': 25, 'twenty fifth': 25, 'twenty-sixth': 26,
  'twenty sixth': 26, 'twenty-seventh': 27, 'twenty seventh': 27, 'twenty-eighth': 28, 'twenty eighth': 28, 'twenty-ninth': 29,
  'twenty ninth': 29, thirtieth: 30, 'thirty-first': 31, 'thirty first': 31,
};
const SPOKEN_TIME = new RegExp(`\\bat (${NUMBER_WORDS.slice(1).join('|')})(?: (${Object.keys(MINUTE_WORDS).join('|')}))?\\b`, 'gi');
/** "the twenty-first", and the month after it when one is named: "the twenty-first of March" (not "the first-dance song"). */
const SPOKEN_ORDINAL = new RegExp(`\\bthe (${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|')})\\b(?![-‐]\\p{L})(\\s+of\\s+(?:${MONTH_NAMES})\\b)?`, 'giu');

/** "10.30" after a day or "at", before am/pm or a weekday ("opens 7.30 mon"; "pay 10.50 for parking" is a price). */
const DOTTED_TIME =
  /(?<=\b(?:at|by|from|until|till|today|tonight|tomorrow|tmrw|\d(?:st|nd|rd|th)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?)\s)([01]?\d|2[0-3])\.(1[3-9]|[2-5]\d)(?![\d.])|(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)(?=\s?[ap]\.?m\b)|(?<![\d.])([01]?\d|2[0-3])\.(00|1[3-9]|[2-5]\d)\s+((?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?)\b/gi;

/** "10.30" → "10:30"; "7.30 mon" → "mon 7:30", the order chrono reads (it takes no short weekday after a time). */
function dottedAsColon(match: string, ...groups: (string | undefined)[]): string {
  const [hour, minute, hourBeforeMeridiem, minuteBeforeMeridiem, hourBeforeWeekday, minuteBeforeWeekday, weekday] = groups;
  if (weekday) return sameLength(`${weekday} ${hourBeforeWeekday}:${minuteBeforeWeekday}`, match);
  return `${hour ?? hourBeforeMeridiem}:${minute ?? minuteBeforeMeridiem}`;
}

/** Keeps a replacement at the length of what it replaces, so spans found in one cut the other. */
function sameLength(replacement: string, original: string): string {
  return replacement.length <= original.length ? replacement.padEnd(original.length, ' ') : original;
}

const AT_OR_THE_WORD = /\b(?:at|the) [a-z]/i;

/** "Thurs. 4/2", "Tues., March 31": a shortened weekday's dot before its date, which keeps chrono from reading them together (a space takes its place). */
const WEEKDAY_DOT_BEFORE_DATE = new RegExp(`\\b(mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)\\.(?=,?\\s+(?:\\d|(?:${MONTH_WORDS})\\b))`, 'gi');

/** Spoken numbers as numerals: "at five thirty" → "at 5:30", "the fifteenth" → "the 15th". */
function withNumerals(original: string): string {
  // "dentist 3rd March 10.30": a time with a dot (minutes over 12, so no day and month) gets a colon.
  const text = original.includes('.') ? original.replace(DOTTED_TIME, dottedAsColon).replace(WEEKDAY_DOT_BEFORE_DATE, '$1 ') : original;
  if (!AT_OR_THE_WORD.test(text)) return text;
  return text
    .replace(SPOKEN_TIME, (match, hour: string, minutes: string | undefined) => {
      const minute = minutes ? (MINUTE_WORDS[minutes.toLowerCase()] ?? 0) : 0;
      return sameLength(`at ${NUMBER_WORDS.indexOf(hour.toLowerCase())}:${String(minute).padStart(2, '0')}`, match);
    })
    .replace(SPOKEN_ORDINAL, (match, word: string, month: string | undefined) => {
      const day = ORDINAL_WORDS[word.toLowerCase()] ?? 0;
      const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
      // "the twenty-first of March": the month stays against the numeral, the padding after both (chrono reads a
      // month at most a few spaces after its day).
      return sameLength(`the ${day}${suffix}${month ?? ''}`, match);
    });
}

// Any fixed day will do: only whether a phrase is a date matters, not which one.
const PROBE: DateReference = { today: '2026-01-05', timezone: 'UTC' };

const probed = new Map<string, FoundDate | null>();

/** Whether and where `text` names a date; segmenting asks this of the same clause several times. */
function probe(text: string): FoundDate | null {
  return remembered(probed, text, () => readDate(text, PROBE));
}

const TRAILING_AFTER_THE = /\b(?:after\s+)?(?:the\s*)?$/i;
const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]/gu;

/** True when the text is essentially a date: "Tomorrow", "Sunday 10am", "by Friday", "This week". */
export function isDatePhrase(text: string): boolean {
  const found = probe(text);
  if (!found) return false;
  // "the 9th March": chrono's date leaves "the" out; it is part of the phrase, and so is the
  // "after" that moves it ("after Boxing Day:"), which a title keeps ("cut the coffee after 2pm").
  const rest = `${text.slice(0, found.index).replace(TRAILING_AFTER_THE, '')}${text.slice(found.index + found.length)}`;
  return rest.replace(NOT_LETTERS_OR_DIGITS, '').length <= 2;
}

/** Words that only introduce a day ("by Friday", "on the 17th", "due 23 April"). */
const DAY_LEAD_WORDS = /^(?:(?:on|by|due|until|till|from|at|before)\s+)+/i;

/** The day a phrase names, without the words that introduce it: "on the 18th" → "the 18th", "by Friday" → "Friday". */
export function dayAlone(phrase: string): string {
  return phrase.replace(DAY_LEAD_WORDS, '');
}

/** True when the text names a date anywhere: "dentist tomorrow", "sapin samedi". */
export function hasDatePhrase(text: string): boolean {
  return probe(text) !== null;
}

/** The date phrase inside a remark, as written: "registration closes Friday" → "Friday". */
export function datePhraseIn(text: string): string | null {
  const found = probe(text);
  return found ? text.slice(found.index, found.index + found.length).trim() : null;
}
