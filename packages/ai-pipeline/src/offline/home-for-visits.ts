import { trimFiller } from './cues.ts';
import { datePhraseIn, isDatePhrase } from './dates.ts';

/**
 * "The electrician comes Monday and someone has to be home": being home is the task, and what it
 * is for is the visit said before it. Read alone, "be home" names nothing to put on a list, and
 * the visit is a statement; together they are "be home for the electrician" on the visit's day.
 */

/** Who or what comes: "the piano tuner", "Mr Okafor". */
const VISITOR = String.raw`((?:the|a|an|my|our|his|her|their)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)`;
/** Verbs of a visit; "needs access to the meter" names what the visit is for after it. */
const VISITING = String.raw`(?:comes|is coming|is scheduled(?:\s+for)?|is booked(?:\s+(?:in|for))?|['’]s coming|arrives|is arriving|connects|is connecting|visits|is visiting|turns up|shows up|drops by|calls round|will be here|will come|installs|is installing|delivers|is delivering|(?:needs|wants) access to\s+((?:the|a|an|my|our)\s+[\p{L}'’-]+(?:\s+(?!(?:on|at|in|by|from|between|this|next|today|tomorrow)\b)[\p{L}'’-]+){0,2})(?=\s|$|,))`;
const VISIT = new RegExp(String.raw`^(?:(?:and|so|also|oh|ok|(?:please\s+)?note(?:\s+that)?)\s+)*${VISITOR}\s+${VISITING}(?:\s+(.*))?$`, 'iu');

/** What a visit said in `clause` is for ("the piano tuner"), with the day it names, or null. */
export function visitOf(clause: string): { visitor: string; day: string | null } | null {
  const match = VISIT.exec(clause.trim());
  if (!match?.[1]) return null;
  const visitor = (match[2] ?? match[1]).replace(/^(?:The|A|An|My|Our|His|Her|Their)\b/, (word) => word.toLowerCase());
  return { visitor, day: datePhraseIn(match[3] ?? '') };
}

/**
 * "be home", "be in that morning", "be around", "ensure someone is home between 9 and 12": being there for something,
 * the rest when.
 */
const BEING_HOME = /^(?:be|(?:ensure|make sure)\s+(?:someone|somebody|one of us|i|we)\s+(?:is|are|am))\s+(?:at\s+home|home|in|around)\b\s*(.*)$/i;

/** "between 9am and 12pm", "from 8", "at 10:30": hours without a day. */
const HOURS_ONLY = /^(?:between|from|at|after|before)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?(?:\s*(?:and|to|-|–)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)?$/i;

/** "that morning", "then": a time that points back at the visit's day. */
const POINTING_BACK = /^(?:that|then)\b\s*/i;

/**
 * "be home that morning" after "the plumber comes on Friday" → "be home for the plumber on Friday";
 * null when the task is not being home (a time at most after it: "be in a good mood" is
 * not) or the clause before names no visit.
 */
export function homeForVisit(task: string, before: string): string | null {
  const home = BEING_HOME.exec(task.trim());
  // ", probably me", ", which means me": a remark after a comma says who, not when.
  const when = (home?.[1] ?? '').split(',')[0]?.replace(/[\s.!]+$/, '') ?? '';
  const hours = HOURS_ONLY.test(when);
  const visit = home && (when === '' || hours || isDatePhrase(when)) ? visitOf(before) : null;
  if (!visit) return null;
  // "between 9am and 12pm": hours alone are on the visit's day, kept as a remark.
  const day = when === '' || POINTING_BACK.test(when) ? (visit.day ?? '') : hours && visit.day !== null ? `${visit.day} (${when})` : when;
  return `be home for ${visit.visitor}${day === '' ? '' : ` ${day}`}`;
}

/** True when the task is being home (or in, or around) for something. */
export function isBeingHome(task: string): boolean {
  return BEING_HOME.test(task.trim());
}

/** Joins a visit and who must be in for it: "the vet comes Monday, someone has to be home". */
const JOINED_HOME = /^(.+?)(?:\s*,\s*(?:so\s+)?|\s+and\s+(?:so\s+)?|\s+so\s+)((?:(?:someone|somebody|one of us|i|we)\s+(?:has|have|needs?|must|should|will|['’]ll)\b.*?\b)?be\s+(?:at\s+home|home|in|around)\b.*)$/i;

/** One clause holding both the visit and being home for it, as its task ("be home for the vet Monday"), or null. */
export function joinedHomeForVisit(clause: string): string | null {
  const joined = JOINED_HOME.exec(clause.trim());
  if (!joined?.[1] || !joined[2]) return null;
  return homeForVisit(trimFiller(joined[2]), joined[1]);
}
