import { isFunctionWord, TASK_VERBS } from './verbs.ts';

/**
 * "book Saturday lessons", "cancel Friday drinks", "plan Sunday lunch": a weekday straight after
 * the verb and before a noun is the first word of the verb's object, naming which lessons or
 * drinks, not when to do it ("book the dentist Saturday", "plan Sunday", "call Friday morning" are
 * dates). Another word may still date the task ("book Saturday lessons for next week"). After the
 * verb and "the" the day is the object itself: "cover the Saturday after next", "work the Sunday"
 * name the shift, not when to ask or arrange it.
 */

const WEEKDAY = /^(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?$|^(?:wednes|satur)day$/i;
const AFTER_NEXT = /\s+after\s+next$/i;
const THE_FIRST = /^the\s+/i;
const THE_LAST = /\bthe\s+$/i;
const VERB_BEFORE = /(?:^|[^\p{L}'’])(\p{L}+)\s+$/u;
/** "send the invoice the Friday after next": after "the" the word is a noun ("invoice"), not a verb. */
const NOUN_BEFORE = /\b(?:the|a|an|my|your|his|her|our|their|its|this|that|these|those)\s+\p{L}+\s+$/iu;
const WORD_NEXT = /^\s+(\p{L}+)(?![\p{L}'’:])/u;
/** Words after a day that place, stress or qualify it rather than name a thing it is a kind of. */
const WHEN_WORDS =
  /^(?:morning|mornings|afternoon|evening|night|nite|arvo|lunchtime|noon|midday|midnight|week|weekend|latest|first|asap|urgent|pls|please|too|also|again|early|late|sharp|eod|eob|cob|am|pm|ish|onwards|instead|online|offline|home|together|alone|in|straight|right|sometime|anytime|weather|anyway|maybe|hopefully|ideally|pref|preferably|lol|next|last|this|fortnight|or|and|the|a|an|my|our|your|his|her|their|its)$/i;
const LY_ADVERB = /ly$/i;
/** A verb taking an object after the day ("ring Friday book the table"): no noun. */
const OBJECT_NEXT = /^\s+\p{L}+\s+(?:the|a|an|my|your|his|her|our|their|it|them|him|me|us)\b/iu;

/** True when the weekday `found` names which thing the verb before it acts on. */
export function weekdayNamesThing(before: string, found: string, after: string): boolean {
  const trimmed = found.trim();
  const article = THE_FIRST.exec(trimmed)?.[0] ?? '';
  const day = trimmed.slice(article.length).replace(AFTER_NEXT, '');
  if (!WEEKDAY.test(day)) return false;
  const lead = `${before}${article}`;
  const theDay = THE_LAST.exec(lead);
  const beforeDay = theDay ? lead.slice(0, theDay.index) : lead;
  const verb = VERB_BEFORE.exec(beforeDay)?.[1]?.toLowerCase();
  if (verb === undefined || !TASK_VERBS.has(verb) || NOUN_BEFORE.test(beforeDay)) return false;
  if (theDay) return true;
  const noun = WORD_NEXT.exec(after)?.[1];
  if (noun === undefined || isFunctionWord(noun) || WHEN_WORDS.test(noun) || LY_ADVERB.test(noun) || WEEKDAY.test(noun)) return false;
  return !OBJECT_NEXT.test(after);
}
