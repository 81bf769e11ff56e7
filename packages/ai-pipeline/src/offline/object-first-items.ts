import { hasDatePhrase } from './dates.ts';
import { isVerb, startsWithVerb, verbBase } from './verbs.ts';
import { wordCount } from './word-count.ts';

/**
 * A list item that names its thing first, as a terse note does, turned round into the task it is:
 * - the thing, then only its verb: "dentist, reschedule (whenever)", "bins - take out" → "reschedule
 *   dentist (whenever)", "take out bins";
 * - the thing, then what must have been done to it by a day: "lifeguard schedule posted by EOD
 *   Friday" → "post lifeguard schedule by EOD Friday" (not a report that it was);
 * - the thing, then a step pointing back at it: "fire extinguishers – check they're in date",
 *   "test kit reagents expired, buy new" → "check the fire extinguishers are in date", "buy new
 *   test kit reagents"; after a label's colon, "it" ("car insurance: renew it" → "renew the car insurance").
 */
export function withObjectFirstTurned(item: string): string {
  return doneByTurned(item) ?? stepOnThing(item) ?? verbLastTurned(item);
}

/** Most words a thing named first runs to; one more when a step or a deadline follows it. */
const THING_WORDS_MAX = 3;
const THING_BEFORE_STEP_WORDS_MAX = 4;
/** "agent wants the garden tidied by Friday": someone's wish or a statement, whose thing follows it; no thing named first. */
const SOMEONE_WANTS = /(?:^|\s)(?:wants?|needs?|likes?|asks?|asked|says?|said|expects?|is|are|was|were|has|have|had|got)(?=\s|$)/i;

const THING_THEN_VERB = /^([\p{L}'’][\p{L}\p{N}'’ -]{0,30}?)\s*(?:,|\s[-–—])\s+([a-z]+)(\s+(?:up|out|off|in|back|down|over|on))?(\s*\([^()]*\))?[.!]*$/iu;

function verbLastTurned(item: string): string {
  const found = THING_THEN_VERB.exec(item);
  if (!found?.[1] || !found[2]) return item;
  const [, thing, verb, particle = '', cue = ''] = found;
  if (!isVerb(verb.toLowerCase()) || wordCount(thing) > THING_WORDS_MAX || startsWithVerb(thing) || hasDatePhrase(thing)) return item;
  return `${verb}${particle} ${thing.trim()}${cue}`;
}

const THING_THEN_DONE_BY = /^((?:the|my|our)\s+)?([\p{L}'’][\p{L}\p{N}'’ +&-]{0,40}?)\s+([a-z]+)(\s+(?:by|before|until|till)\s+\S.*)$/iu;
/** "-ed" forms and the irregular participles a deadline is set on ("written", "sent", "done"). */
const PAST_PARTICIPLE = /^(?:[a-z]{2,}ed|done|written|sent|paid|sold|bought|built|made|taken|given|set|put|cut|read|seen|shown|drawn|chosen|frozen|hung|sewn|mown|swept|kept|brought|got|gotten|found)$/i;
/** Words in -ed that are no participle of a task done to a thing: "need", "feed", "bed". */
const NOT_DONE = /^(?:need|feed|seed|speed|bed|shed|red|bred)$/i;

function doneByTurned(item: string): string | null {
  const found = THING_THEN_DONE_BY.exec(item);
  if (!found?.[2] || !found[3] || !found[4]) return null;
  const [, determiner = '', thing, done, deadline] = found;
  const base = NOT_DONE.test(done) || !PAST_PARTICIPLE.test(done) ? null : verbBase(done);
  if (base === null || wordCount(thing) > THING_BEFORE_STEP_WORDS_MAX || startsWithVerb(thing) || hasDatePhrase(thing) || SOMEONE_WANTS.test(thing)) return null;
  return `${base} ${determiner}${thing.trim()}${deadline}`;
}

const THING_THEN_STEP = /^([\p{L}'’][\p{L}\p{N}'’ +&-]{1,40}?)\s*([–—:]|\s-|,)\s+(\S.*)$/u;
/** After a label's colon only "it" points back at the label ("car insurance: renew it"); "them" may be people ("Mum & Dad: visit them"). */
const IT_ONLY = /\b(?:it['’]s|it is|it)\b/i;
/** How the thing stands, said after it: "expired", "broken", "run out". */
const THING_STATE = /\s+(?:expired|broken|dead|empty|finished|gone|leaking|worn out|run out|ran out|out|used up|cracked|missing|failed|stopped|bounced|declined|overdue)$/i;
/** "fire extinguishers", "test kit reagents": a plural thing may open with a word that could be a verb ("call mum" is a task). */
const PLURAL_END = /[^s']s$/i;
/** A lone capitalised word names someone the item is for ("Nomvula – finalise the list and send it to me"), not a thing. */
const LONE_NAME = /^\p{Lu}\p{Ll}+$/u;
/** A thing of the step's own before its pronoun: "finalise the list and send it" points at the list. */
const OWN_THING_BEFORE = /\b(?:the|a|an|my|our|his|her|their|your|this|that|these|those)\s+\S/i;
const DETERMINED = /^(?:the|my|our|his|her|their|your|\p{L}+['’]s)\s/iu;
/** A step that names its thing by a pronoun: the pronoun, and what the thing becomes in its place. */
const POINTING_BACK: [RegExp, (thing: string) => string][] = [
  [/\b(?:they['’]re|they are)\b/i, (thing) => `${thing} are`],
  [/\b(?:it['’]s|it is)\b/i, (thing) => `${thing} is`],
  [/\b(?:them|it)\b/i, (thing) => thing],
];
/** A step that leaves its thing unsaid after a word of kind: "buy new", "order more", "get spare ones". */
const KIND_ONLY = /\b(?:new|more|another|spare|fresh)(?:\s+ones?)?\s*[.!]*$/i;
const KIND_ENDING = /\s*[.!]*$/;
const ONES_ENDING = /\s+ones?$/i;

function stepOnThing(item: string): string | null {
  const found = THING_THEN_STEP.exec(item);
  if (!found?.[1] || !found[3]) return null;
  const [, said, mark, step] = found;
  const labelled = mark === ':';
  const thing = said.trim().replace(THING_STATE, '');
  const verbLed = startsWithVerb(thing) && !PLURAL_END.test(thing);
  if (wordCount(thing) > THING_BEFORE_STEP_WORDS_MAX || verbLed || hasDatePhrase(thing) || SOMEONE_WANTS.test(thing) || !startsWithVerb(step)) return null;
  if (KIND_ONLY.test(step) && !labelled) return `${step.replace(KIND_ENDING, '').replace(ONES_ENDING, '')} ${thing}`;
  const pointing = labelled && !IT_ONLY.test(step) ? undefined : POINTING_BACK.find(([pattern]) => pattern.test(step));
  if (!pointing || LONE_NAME.test(thing)) return null;
  const at = step.search(pointing[0]);
  if (OWN_THING_BEFORE.test(step.slice(0, at))) return null;
  return step.replace(pointing[0], pointing[1](DETERMINED.test(thing) ? thing : `the ${thing}`));
}
