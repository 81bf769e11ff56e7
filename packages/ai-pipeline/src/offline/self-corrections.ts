import { trimFiller } from './cues.ts';
import { startsWithVerb } from './verbs.ts';

/**
 * Dictation corrects itself aloud: "tell Sam he's on the early shift actually no I'll ring him
 * tonight". When a task follows the correction, what was said before it, back to where its clause
 * began, is taken back. "actually no one" or "no need" is no correction, and one that fixes a detail
 * ("by the 30th… no wait, the 30th is today") leaves the task as said.
 */
const CORRECTION = /[ \t]*,?[ \t]*\b(?:(?:actually|wait|sorry|oh)[ \t]*,?[ \t]+no|no[ \t]+wait|scratch that)\b[,.!]?[ \t]+(?!(?:one|need|longer|more|way|idea|problem|rush|matter|worries|hurry|big)\b)(?=\S)/gi;
/** The writer's own intent before a task: "I'll ring him", "I need to". */
const OWN_INTENT = /^i(?:['’]ll|\s+will|['’]m going to|\s+am going to|\s+need to|\s+have to|['’]d better)\s+/i;
/** Where a clause begins: after a sentence's end, a comma or semicolon, or a joining word. */
const CLAUSE_STARTS = /[.!?;,:][ \t]+|[ \t](?:and|also|then|plus)[ \t]+|\n/gi;

/** The dump with each clause a correction takes back removed, the correction kept in its place. */
export function withSelfCorrectionsTaken(dump: string): string {
  // Most dumps correct nothing: one test spares the rest.
  if (!CORRECTION.test(dump)) return dump;
  CORRECTION.lastIndex = 0;
  let taken = '';
  let from = 0;
  for (const found of dump.matchAll(CORRECTION)) {
    const after = dump.slice(found.index + found[0].length);
    if (!startsWithVerb(trimFiller(after.replace(OWN_INTENT, '')))) continue;
    const before = dump.slice(from, found.index);
    const start = [...before.matchAll(CLAUSE_STARTS)].at(-1);
    const clauseStart = start === undefined ? 0 : start.index + start[0].length;
    taken += before.slice(0, clauseStart);
    from = found.index + found[0].length;
  }
  return taken + dump.slice(from);
}
