import { hasDatePhrase } from './dates.ts';
import { isVerb, startsWithVerb } from './verbs.ts';

/**
 * "dentist, reschedule (whenever)", "bins - take out": a list item that names its thing first and
 * its verb after, alone, as a terse note does. Turned round ("reschedule dentist (whenever)"), it
 * reads as the task it is, not as a thing and a verb without an object.
 */
const THING_THEN_VERB = /^([\p{L}'’][\p{L}\p{N}'’ -]{0,30}?)\s*(?:,|\s[-–—])\s+([a-z]+)(\s+(?:up|out|off|in|back|down|over|on))?(\s*\([^()]*\))?[.!]*$/iu;
const THING_WORDS_MAX = 3;

/** The item turned round when it names a thing, then only a verb; otherwise as it was. */
export function withObjectFirstTurned(item: string): string {
  const found = THING_THEN_VERB.exec(item);
  if (!found?.[1] || !found[2]) return item;
  const [, thing, verb, particle = '', cue = ''] = found;
  if (!isVerb(verb.toLowerCase()) || thing.trim().split(/\s+/).length > THING_WORDS_MAX || startsWithVerb(thing) || hasDatePhrase(thing)) return item;
  return `${verb}${particle} ${thing.trim()}${cue}`;
}
