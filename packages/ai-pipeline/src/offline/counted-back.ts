import { datePhraseIn, dayAlone, hasDatePhrase } from './dates.ts';

/**
 * "The fete is on 14 June. … print the raffle tickets a week before": a step counted back from an
 * event whose day the writer stated, with no day of its own after "before". The event is the last
 * one stated as being on a day ("X is on …", "(it's on …)"), not the last day any clause named: the
 * tasks between ("book the marquee by Friday") have days of their own that date nothing else.
 */

/**
 * "the day before", "the night before", "a week before", "two days before", "the Friday before", ending its thing or
 * followed by its purpose.
 */
const COUNTED_BACK =
  /\b(?:the\s+(?:day|night|evening|week|(?:sun|mon|tues|wednes|thurs|fri|satur)day)|(?:a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|nights?|evenings?|weeks?))\s+before\b(?=\s*(?:$|[.!,;)]|to\b|so\b|and\b))/i;

/** A clause saying what is on a day: "the test is on the 18th", "it's on 23 April", "Baba's 80th is on 6 September". */
const STATES_EVENT = /\b(?:is|are|it['’]s|that['’]s)\b/i;

/**
 * Whether a task's text counts back from an event it leaves unnamed ("… the day before"), naming no
 * day besides ("ring them two days before, so by the 4th" has its own).
 */
export function countsBack(task: string): boolean {
  const counted = COUNTED_BACK.exec(task);
  return counted !== null && !hasDatePhrase(`${task.slice(0, counted.index)}${task.slice(counted.index + counted[0].length)}`);
}

/** Whether a clause that asks nothing states an event's day (the day itself is found by the caller). */
export function statesEvent(clause: string): boolean {
  return STATES_EVENT.test(clause);
}

/** A bracketed remark: "(it's on 23 April)". */
const BRACKETED = /\(([^()]*)\)/g;

/** The days events are stated to be on in a sentence's brackets: "the trip to Delphi (it's on 23 April): …" → "on 23 April". */
export function eventDaysInBrackets(sentence: string): string[] {
  if (!sentence.includes('(')) return [];
  const days: string[] = [];
  for (const [, remark = ''] of sentence.matchAll(BRACKETED)) {
    const day = statesEvent(remark) ? datePhraseIn(remark) : null;
    if (day !== null) days.push(day);
  }
  return days;
}

/** The task with its count anchored on the event's day: "print menus a week before" → "print menus a week before 23 April". */
export function countedBackFrom(task: string, eventDay: string): string {
  const counted = COUNTED_BACK.exec(task);
  if (!counted) return task;
  const end = counted.index + counted[0].length;
  return `${task.slice(0, end)} ${dayAlone(eventDay)}${task.slice(end)}`;
}
