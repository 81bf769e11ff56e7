import { WEEKDAY_NAMES } from './calendar-words.ts';
import { startsWithVerb } from './verbs.ts';

/** Meals and drinks are gone to without an article: "bring the pie to dinner at my sister's". */
const MEALS = 'dinner|lunch|brunch|supper|breakfast|drinks';
const GATHERINGS = 'cookout|barbecue|bbq|braai|party|picnic|potluck|shower|reunion|get-together|gathering|fete|celebration';
/**
 * "4th of July cookout at Brenda's, bring the smoker", "braai at the Naidoos' next Saturday, bring
 * the wors": an event named first is no task, only the reason for the step after it. The event's
 * words run to its noun, its host ("at Brenda's") and its day; the step is "bring …".
 */
const EVENT_THEN_BRING = new RegExp(
  String.raw`((?:^|[.!?][ \t]+|\n)[ \t]*(?:[-*•][ \t]+)?)((?:[\p{L}\p{N}'’&-]+[ \t]+){0,4}?)(${MEALS}|${GATHERINGS})(?:[ \t]+at[ \t]+((?:(?:the|my|our)[ \t]+)?[\p{L}-]+(?:['’]s|s['’])))?((?:[ \t]+(?:on[ \t]+)?(?:tonight|today|tomorrow|this|next|${WEEKDAY_NAMES}|mon|tue|tues|wed|thu|thurs|fri|sat|sun|\d)[^,.;:!?\n]{0,24})?)[ \t]*,[ \t]*bring[ \t]+([^,.;:!?\n]+)`,
  'giu',
);
const MEAL = new RegExp(`^(?:${MEALS})$`, 'i');
const ARTICLE = /^(?:the|a|an|my|our|his|her|their)\s/i;
/** A cheap test before the pattern above. */
const BRING = /\bbring\b/i;

/** "Dinner" heading a sentence reads "dinner" after "to"; "BBQ" and "4th" stay as written. */
function midSentence(words: string): string {
  return /^\p{Lu}\p{Ll}/u.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
}

/** The event a step is for, as the step names it: "the staff BBQ", "Brenda's 4th of July cookout", "dinner at my sister's". */
function eventNamed(before: string, noun: string, host: string | undefined): string {
  if (MEAL.test(noun) && before === '') return midSentence(host === undefined ? noun : `${noun} at ${host}`);
  if (host !== undefined) return `${ARTICLE.test(host) ? midSentence(host) : host} ${midSentence(`${before}${noun}`.replace(ARTICLE, ''))}`;
  const event = midSentence(`${before}${noun}`);
  return ARTICLE.test(event) ? event : `the ${event}`;
}

/** The dump with each "event, bring X" read as one step: "bring X to the event", dated by the event. */
export function withStepsForEvents(dump: string): string {
  if (!BRING.test(dump)) return dump;
  return dump.replace(EVENT_THEN_BRING, (found, lead: string, before: string, noun: string, host: string | undefined, day: string, thing: string) => {
    // "Host the cookout, bring chairs" starts with what the writer does: two steps, as written.
    if (startsWithVerb(`${before}${noun}`)) return found;
    const bring = /^\p{Lu}/u.test(`${before}${noun}`) ? 'Bring' : 'bring';
    return `${lead}${bring} ${thing.trimEnd()} to ${eventNamed(before, noun, host)}${day}`;
  });
}
