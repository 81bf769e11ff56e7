import { isEnglishWord } from './spelling.ts';
import { isFunctionWord, isPastForm, TASK_VERBS, verbBase } from './verbs.ts';

/**
 * A clause of when or condition with a subject of its own, said after a task: "before the
 * committee meets", "once Dr. Aydın approves the logo", "until the paint dries", "before summer
 * plans get serious". Writers title the task without it (in the development sets such a clause is
 * left out about 26 times to 4, in eight sets to the four oldest), so it goes to the notes. A pronoun subject ("before it lapses") is read by the aside pattern in `cues.ts`; this
 * reads a noun phrase as the subject, told from an event named by a noun ("before the school
 * holidays", "after race day") by a finite verb after it.
 */
const SUBORDINATOR = /\s+(?:(?:right|just|straight)\s+)?(?:before|after|until|till|once|when|whenever|while|as soon as)\s+/giu;
const WORD = /^[\p{L}][\p{L}'’.-]*$/u;
const DETERMINER = /^(?:the|my|our|your|his|her|their|this|that|these|those|a|an|some|every|each)$/i;
/** A title before a name ("Dr. Aydın", "Mrs Patel"): part of the subject, not its head. */
const TITLE_WORD = /^(?:dr|mr|mrs|ms|prof)\.?$/i;
/** A verb form that only a clause has, in lower case ("May" is a month): "is", "gets", "will". */
const AUXILIARY = /^(?:is|are|was|were|has|have|had|gets|got|will|would|can|could|should|must|might|may|does|did|do)$/;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/;
const FOR_BEFORE = /\bfor$/i;
const CLOSING_MARKS = /[,;:!?]+$|(?<=\p{Ll}{2})\.$/u;
/** Most words a subject runs to before its verb ("the perf cycle", "Dr. Aydın"). */
const SUBJECT_WORDS = 3;

/**
 * A verb that agrees with the subject before it: an auxiliary, a past form, a third-person present of
 * a verb the parser knows ("meets", "gets"), after a plural the bare verb ("plans get"), and after a
 * name (a capitalised word in no word list, "Aydın") any word in -s ("approves").
 */
function isFiniteVerb(word: string, before: string): boolean {
  const lower = word.toLowerCase();
  if (AUXILIARY.test(word) || isPastForm(lower)) return true;
  const plural = before.toLowerCase().endsWith('s') && !POSSESSIVE.test(before);
  if (plural && TASK_VERBS.has(lower)) return true;
  if (!lower.endsWith('s') || lower.endsWith('ss') || POSSESSIVE.test(word)) return false;
  const afterName = CAPITALISED.test(before) && !isEnglishWord(before.toLowerCase()) && isEnglishWord(lower);
  return afterName || verbBase(lower) !== null;
}

/** Whether the words after a subordinator open a clause: a subject of one to three words, then its verb. */
function opensClause(words: string[]): boolean {
  const determined = DETERMINER.test(words[0] ?? '');
  // "after leave is …": a bare common noun is a time or event inside the main clause, not a subject.
  const named = CAPITALISED.test(words[0] ?? '');
  let index = determined ? 1 : 0;
  let subject = 0;
  while (index < words.length && subject < SUBJECT_WORDS + 1) {
    const word = words[index] ?? '';
    if (!WORD.test(word)) return false;
    const subjectWhole = determined || named || subject > 1;
    if (subject > 0 && subjectWhole && isFiniteVerb(word, words[index - 1] ?? '')) return true;
    // "before the end of May": a preposition or adverb ends the phrase, which is an event or a time.
    if (isFunctionWord(word)) return false;
    if (!TITLE_WORD.test(word)) subject++;
    index++;
  }
  return false;
}

/** Where a subordinate clause with a noun-phrase subject starts in a title, or null. */
export function subordinateClauseStart(text: string): number | null {
  for (const match of text.matchAll(SUBORDINATOR)) {
    // "the guest room for when Tía Rosa comes": the clause is what "for" names, the task's purpose.
    if (FOR_BEFORE.test(text.slice(0, match.index))) continue;
    // A verb after the noun phrase makes "after" or "before" a conjunction even after "run" or
    // "look", whose object it would otherwise take ("go for a run before the day gets away").
    const words = text
      .slice(match.index + match[0].length)
      .split(/\s+/)
      .slice(0, SUBJECT_WORDS + 3)
      .map((word) => word.replace(CLOSING_MARKS, ''));
    if (opensClause(words)) return match.index;
  }
  return null;
}
