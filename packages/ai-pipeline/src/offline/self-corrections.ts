import { WEEKDAY_NAMES } from './calendar-words.ts';
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

/** Words that correct what was just said: "no wait", "actually", "sorry", "I mean" (either case, for patterns that must tell a capital). */
const MENDING = String.raw`(?:[Nn]o[ \t]+wait|[Ww]ait[ \t]+no|[Aa]ctually(?:,?[ \t]+no)?|[Nn]o|[Ss]orry|I[ \t]+mean|[Oo]r[ \t]+rather)`;
/** A weekday in full or short ("Wed", "Thurs"). */
const WEEKDAY = `(?:${WEEKDAY_NAMES}|mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)`;
/** "night", "morning": the part of a weekday said with it. */
const DAY_PART = String.raw`(?:[ \t]+(?:morning|afternoon|evening|night|arvo))?`;
/** "on Thursday, actually Friday", "Monday, no, Tuesday", "Mon night, no wait, Wed night": a weekday put right by another; the last one stands. */
const MENDED_DAY = new RegExp(String.raw`\b(?:${WEEKDAY})${DAY_PART}[ \t]*,?[ \t]*${MENDING}[ \t]*,?[ \t]+((?:${WEEKDAY})${DAY_PART})\b`, 'gi');
/**
 * "call Dan, no wait, Dave": a name put right by another; the last one stands, and a name restated
 * in full after it ("Dave, Dave Kowalski, about …") is the name, its commas gone. Case counts here,
 * so "Jo, no, leave it" and "Ask Jo, actually Jo's away" mend nothing.
 */
const MENDED_NAME = new RegExp(
  String.raw`(?<![\p{L}'’])(\p{Lu}\p{Ll}+)[ \t]*,[ \t]*${MENDING}[ \t]*,?[ \t]+(\p{Lu}\p{Ll}+)(?:[ \t]*,[ \t]*\2((?:[ \t]+\p{Lu}[\p{L}'’-]+)+)(?:[ \t]*,(?=[ \t]))?)?(?![\p{L}'’])`,
  'gu',
);
/**
 * "push it to Wednesday, no, leave it on Tuesday": a change taken back. The clause that made it and
 * the words that undo it both go, and what stood before stays as it was.
 */
const UNDONE_CHANGE = new RegExp(String.raw`[ \t]*,[ \t]*(?:${MENDING})[ \t]*,?[ \t]+(?:just[ \t]+)?(?:leave|keep)[ \t]+(?:it|them|that)\b[^,.;!?\n]*`, 'gi');
/** A count or a day of the month, in figures or words: "30", "two hundred", "the 15th". */
const NUMBER = String.raw`(?:\d+(?:st|nd|rd|th)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a)(?:[ \t-](?:one|two|three|four|five|six|seven|eight|nine))?(?:[ \t]+(?:hundred|thousand))?)`;
/** "order 20 chairs no wait 30", "like two hundred no wait three hundred", "the 14th, no, the 15th": a number put right by another; the last one stands. */
const MENDED_NUMBER = new RegExp(String.raw`(?<![\p{L}\d])((?:the[ \t]+)?${NUMBER})[ \t]*,?[ \t]*${MENDING}[ \t]*,?[ \t]+((?:the[ \t]+)?${NUMBER})(?![\p{L}\d])`, 'giu');
/** A cheap test before every pattern here. */
const MENDING_WORD = /\b(?:no|actually|sorry|mean|rather|wait|scratch)\b/i;

/** The dump with names, weekdays and numbers said twice left at their last word. */
function withMendedWords(dump: string): string {
  return dump
    .replace(MENDED_DAY, (_found, lastDay: string) => lastDay)
    // The same number again ("by the 12th, no wait, the 12th is a Sunday") says something of it, correcting nothing.
    .replace(MENDED_NUMBER, (found, number: string, lastNumber: string) => (number.toLowerCase() === lastNumber.toLowerCase() ? found : lastNumber))
    .replace(MENDED_NAME, (found, name: string, lastName: string, surname: string | undefined) =>
      // Two different names only: "Jo, no, Jo" corrects nothing.
      name === lastName ? found : lastName + (surname ?? ''),
    );
}

/** The dump with each change taken back removed with the clause that made it. */
function withUndoneChangesTaken(dump: string): string {
  let kept = '';
  let from = 0;
  for (const found of dump.matchAll(UNDONE_CHANGE)) {
    const before = dump.slice(from, found.index);
    const start = [...before.matchAll(CLAUSE_STARTS)].at(-1);
    if (start === undefined) continue;
    kept += before.slice(0, start.index);
    from = found.index + found[0].length;
  }
  return kept + dump.slice(from);
}

/** The dump with each clause a correction takes back removed, the correction kept in its place. */
export function withSelfCorrectionsTaken(written: string): string {
  // Most dumps correct nothing: one test spares the rest.
  if (!MENDING_WORD.test(written)) return written;
  const dump = withUndoneChangesTaken(withMendedWords(written));
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
