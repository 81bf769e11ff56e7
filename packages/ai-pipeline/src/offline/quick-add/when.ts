import type * as chrono from 'chrono-node';
import { addDays, calendarDay, formatDate, formatZonedIso, instantOfWallTime, offsetMinutesAt, wallTimeAt, weekdayOf } from '@ordo/shared-types';
import { clockHour } from '../day-half.ts';
import { ENGLISH, ENGLISH_DAY_FIRST, FRENCH, GERMAN, SPANISH } from '../readers.ts';
import { writesMonthFirst } from '../zones.ts';

/** The person's clock: the instant now and their IANA zone, and the day it is there. */
export interface Clock {
  now: Date;
  timezone: string;
  today: string;
}

export function clockOf(now: Date, timezone: string): Clock {
  return { now, timezone, today: calendarDay(now, timezone) };
}

/** A date or time phrase chrono found, read on the person's calendar. */
export interface Moment {
  start: number;
  end: number;
  /** The day it names (for a time alone: the day that time next comes). */
  day: string;
  /** The wall-clock time it names, if any. */
  time: { hour: number; minute: number } | null;
  /** An instant counted from now ("in 2 hours"): its own start, not a wall-clock time. */
  instant: Date | null;
  /** It names a day (or a span of days from now), not only a time of day. */
  hasDay: boolean;
}

/** Whether people in `timezone` write the day first in 3/12 (UTC, with no country, reads month first). */
export function writesDayFirst(timezone: string): boolean {
  return !writesMonthFirst(timezone) && timezone !== 'UTC';
}

/**
 * The languages read besides English, each when the text has one of its date words: German,
 * French and Spanish ("Zahnarzt morgen 10 Uhr", "dentiste demain à 10h", "dentista mañana").
 */
const OTHER_LANGUAGES: [chrono.Chrono, RegExp][] = [
  [GERMAN, /\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen|heute|uhr|nächste[nrs]?|januar|februar|märz|juni|juli|oktober|dezember)(?![\p{L}])/iu],
  [FRENCH, /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd'hui|janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre)(?![\p{L}])/iu],
  [SPANISH, /\b(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|hoy|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)(?![\p{L}])/iu],
];

/** Week-relative English chrono reads as "today + 7": people mean Monday of next week. */
const NEXT_WEEK = /^(?:next week)$/i;

function parseAll(text: string, clock: Clock): chrono.ParsedResult[] {
  const reference = { instant: clock.now, timezone: offsetMinutesAt(clock.now, clock.timezone) };
  const english = writesDayFirst(clock.timezone) ? ENGLISH_DAY_FIRST : ENGLISH;
  const found = english.parse(text, reference, { forwardDate: true });
  for (const [parser, cue] of OTHER_LANGUAGES) if (cue.test(text)) found.push(...parser.parse(text, reference, { forwardDate: true }));
  // Where two languages read overlapping phrases, the longer reading wins ("demain à 10h" over "10h").
  const chosen: chrono.ParsedResult[] = [];
  for (const result of found.sort((a, b) => a.index - b.index || b.text.length - a.text.length)) {
    const end = result.index + result.text.length;
    const clash = chosen.findIndex((other) => result.index < other.index + other.text.length && other.index < end);
    if (clash === -1) chosen.push(result);
    else if ((chosen[clash]?.text.length ?? 0) < result.text.length) chosen[clash] = result;
  }
  return chosen.sort((a, b) => a.index - b.index);
}

/** chrono leaves "on" and "at" out of some phrases ("on 2027-01-15"): the span takes them, so the title does not keep them. */
const LEAD_IN = /(?<![\p{L}\p{N}])(?:on|at)\s+$/iu;

/** Monday of the week after today's (weeks start on Monday). */
function nextMonday(today: string): string {
  return addDays(today, (8 - weekdayOf(today)) % 7 || 7);
}

const FOR_START = /^for\b/i;
const CLOCK_MINUTES = /\d:\d\d/;
const NEXT_WORD = /\b(?:next|nächste[nrs]?|prochain|próximo)\b/iu;
const PAST_WORD = /\b(?:last|past|previous)\b/i;

function toMoment(result: chrono.ParsedResult, clock: Clock, whole: string): Moment | null {
  const start = result.start;
  const text = result.text;
  const hasDay = start.isCertain('day') || start.isCertain('weekday');
  const hasTime = start.isCertain('hour');
  if (NEXT_WEEK.test(text.trim())) return dayMoment(result, nextMonday(clock.today));
  // "call May", "in June": a month alone is no date (and "May" is often a name).
  if (!hasDay && !hasTime) return null;
  // "for 2 days" is how long, not when.
  if (FOR_START.test(text)) return null;
  if (start.tags().has('result/relativeDateAndTime')) {
    const instant = start.date();
    const wall = wallTimeAt(instant, clock.timezone);
    return { ...span(result), day: formatDate(wall), time: { hour: wall.hour, minute: wall.minute }, instant, hasDay: true };
  }
  let hour = start.get('hour') ?? 0;
  // "at 5" on a to-do list means 5 pm, as the brain-dump reader takes it; "dinner 7:30" is in the evening.
  if (hasTime && !start.isCertain('meridiem')) hour = clockHour(hour, whole, !CLOCK_MINUTES.test(text));
  const time = hasTime ? { hour, minute: start.get('minute') ?? 0 } : null;
  let day = formatDate({ year: start.get('year') ?? 0, month: start.get('month') ?? 0, day: start.get('day') ?? 0 });
  const weekday = start.get('weekday');
  if (start.isCertain('weekday') && !start.isCertain('day') && weekday !== null) {
    // A weekday alone is the coming one (today included); "next Friday" is Friday of next week.
    const onOrAfter = addDays(clock.today, (weekday - weekdayOf(clock.today) + 7) % 7);
    if (NEXT_WORD.test(text)) day = addDays(nextMonday(clock.today), (weekday + 6) % 7);
    else if (!PAST_WORD.test(text)) day = onOrAfter;
  } else if (!hasDay) {
    // A time alone is today's, or tomorrow's once it has passed.
    const wall = wallTimeAt(clock.now, clock.timezone);
    const passed = hour * 60 + (time?.minute ?? 0) <= wall.hour * 60 + wall.minute;
    day = passed ? addDays(clock.today, 1) : clock.today;
  }
  return { ...span(result), day, time, instant: null, hasDay };
}

function span(result: chrono.ParsedResult): { start: number; end: number } {
  return { start: result.index, end: result.index + result.text.length };
}

function dayMoment(result: chrono.ParsedResult, day: string): Moment {
  return { ...span(result), day, time: null, instant: null, hasDay: true };
}

/** Every date or time phrase in the (masked) text, in order, read in the person's zone. */
export function findMoments(text: string, clock: Clock): Moment[] {
  return parseAll(text, clock).flatMap((result) => {
    const moment = toMoment(result, clock, text);
    if (!moment) return [];
    const lead = LEAD_IN.exec(text.slice(0, moment.start));
    return [lead ? { ...moment, start: lead.index } : moment];
  });
}

/** The phrase starting right at `index` (spaces allowed before it), if chrono reads one there. */
export function momentAt(text: string, index: number, clock: Clock): Moment | null {
  const rest = text.slice(index);
  const lead = rest.length - rest.trimStart().length;
  const found = findMoments(rest, clock)[0];
  if (!found || found.start !== lead) return null;
  return { ...found, start: found.start + index, end: found.end + index };
}

/** The start a moment gives a task: its instant, or its wall-clock time on its day, as ISO with the zone's offset. */
export function startAtOf(moment: Pick<Moment, 'day' | 'time' | 'instant'>, timezone: string): string | null {
  if (moment.instant) return formatZonedIso(moment.instant, timezone);
  if (!moment.time) return null;
  const [year, month, day] = moment.day.split('-').map(Number) as [number, number, number];
  return formatZonedIso(instantOfWallTime({ year, month, day, ...moment.time }, timezone), timezone);
}
