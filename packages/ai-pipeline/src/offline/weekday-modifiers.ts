import { isFunctionWord, TASK_VERBS } from './verbs.ts';

/**
 * "book Saturday lessons", "cancel Friday drinks", "plan Sunday lunch": a weekday straight after
 * the verb and before a noun is the first word of the verb's object, naming which lessons or
 * drinks, not when to do it ("book the dentist Saturday", "plan Sunday", "call Friday morning" are
 * dates). Another word may still date the task ("book Saturday lessons for next week").
 */

const WEEKDAY = /^(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?$|^(?:wednes|satur)day$/i;
const VERB_BEFORE = /(?:^|[^\p{L}'’])(\p{L}+)\s+$/u;
const WORD_NEXT = /^\s+(\p{L}+)(?![\p{L}'’:])/u;
/** Words after a day that place, stress or qualify it rather than name a thing it is a kind of. */
const WHEN_WORDS =
  /^(?:morning|mornings|afternoon|evening|night|nite|arvo|lunchtime|noon|midday|midnight|week|weekend|latest|first|asap|urgent|pls|please|too|also|again|early|late|sharp|eod|eob|cob|am|pm|ish|onwards|instead|online|offline|home|together|alone|in|anyway|maybe|hopefully|ideally|pref|preferably|lol|next|last|this|fortnight|or|and|the|a|an|my|our|your|his|her|their|its)$/i;
const LY_ADVERB = /ly$/i;
/** A verb taking an object after the day ("ring Friday book the table"): no noun. */
const OBJECT_NEXT = /^\s+\p{L}+\s+(?:the|a|an|my|your|his|her|our|their|it|them|him|me|us)\b/iu;

/** True when the weekday `found` names which thing the verb before it acts on. */
export function weekdayNamesThing(before: string, found: string, after: string): boolean {
  if (!WEEKDAY.test(found.trim())) return false;
  const verb = VERB_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (verb === undefined || !TASK_VERBS.has(verb)) return false;
  const noun = WORD_NEXT.exec(after)?.[1];
  if (noun === undefined || isFunctionWord(noun) || WHEN_WORDS.test(noun) || LY_ADVERB.test(noun) || WEEKDAY.test(noun)) return false;
  return !OBJECT_NEXT.test(after);
}
