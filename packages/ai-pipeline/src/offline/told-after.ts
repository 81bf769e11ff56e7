import { trimFiller } from './cues.ts';
import { isPastForm, startsWithVerb } from './verbs.ts';

/**
 * What someone did or keeps doing, run on after a task with no mark between them, as dictation
 * does: "phone my sister back tonight she sent four messages", "ring the garage it keeps making that
 * noise", "email the agent about the lease he wants an answer". The clause has its own subject (a
 * pronoun or a name) and a finished verb with its own object, so it says why, not what: it belongs
 * in the notes. A clause without its object ("forward the email she sent yesterday") picks the
 * thing out and stays.
 */
const TOLD_CLAUSE = /\s+(?:he|she|they|it|we|(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?\p{Lu}\p{Ll}+)\s+(?:(?:already|just|finally|also|only|still|never)\s+)?(\p{Ll}+)\s+(\S+)/gu;
/** What opens a verb's own object: a determiner or a count ("four messages", "the keys", "an answer"). */
const OBJECT_OPENING =
  /^(?:the|a|an|my|his|her|their|our|its|your|some|no|another|more|all|both|several|two|three|four|five|six|seven|eight|nine|ten|twenty|loads|lots|\d+)$/i;
/** Present-tense verbs that report what someone wants or keeps at ("he wants an answer", "it keeps beeping"). */
const WANTS_OR_KEEPS = /^(?:wants|needs|keeps|says|thinks|expects|asked|mentioned)$/;
const ING = /^\p{Ll}{3,}ing$/u;
/** Verbs whose object may be a whole clause ("tell Sam she left the keys"): the clause is the message, unless a topic came first ("email Jo about the lease …"). */
const CARRIES_MESSAGE = /^(?:tell|ask|let|remind|say|warn|text|email|e-mail|message|dm|write|reply|answer|explain|show|check|confirm|make sure|find out|know|mention|ping|update|inform)\b/i;
const TOPIC_GIVEN = /\s(?:about|re|back)\b/i;
/** "the thing that she …", "whatever they …": the clause is inside the task. */
const OPENS_CLAUSE_END = /\b(?:what|whatever|that|which|who|where|when|how|why|if|whether|and|or|but|as|than|so|because|to|of|with|from)$/i;
const WORD_GAP = /\s+/;
/** A task is a verb and its object at least. */
const TASK_WORDS_MIN = 2;

/**
 * After a comma, someone's own doing or wish with any verb form: "sign the lease, the landlord's
 * asking", "bake the pie, Gran would kill me otherwise", "call the plumber, he's waiting"; or when
 * something else falls, closing the task: "send the timesheet, billing's tomorrow" (its day may have been
 * cut already, as the task's own: "…, the fete's").
 */
const COMMA_TOLD =
  /,\s+(?:(?:the|my|our|his|her|their)\s+)?(?:he|she|they|\p{L}{2,})(?:['’]s\s+(?:\p{Ll}{3,}ing|been\s+\p{Ll}+)\b|\s+(?:would|will|wants|keeps|says|said|asked|needs)\s+\S|['’]s(?:\s+(?:due\s+)?(?:today|tonight|tomorrow|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day))?[\s.!]*$)/u;
/** "call Ana, Bea and Rui", "buy eggs, the big ones": a comma inside the task, not before a clause. */
const LIST_WORD = /^(?:and|or|then|plus|also|but)$/i;

function commaToldStart(text: string): number | null {
  const match = COMMA_TOLD.exec(text);
  if (!match) return null;
  const before = trimFiller(text.slice(0, match.index)).trim();
  const subject = match[0].replace(/^,\s+/, '').split(WORD_GAP)[0] ?? '';
  if (LIST_WORD.test(subject) || before.split(WORD_GAP).length < TASK_WORDS_MIN || !startsWithVerb(before)) return null;
  return match.index;
}

/** Where a run-on clause telling what someone did starts in a task's text, or null. */
export function toldAfterStart(text: string): number | null {
  const commaLed = commaToldStart(text);
  if (commaLed !== null) return commaLed;
  for (const match of text.matchAll(TOLD_CLAUSE)) {
    const [, verb = '', next = ''] = match;
    const finished = isPastForm(verb) || WANTS_OR_KEEPS.test(verb);
    const objected = OBJECT_OPENING.test(next) || (verb.startsWith('keep') && ING.test(next));
    if (!finished || !objected) continue;
    // "I should ring my aunt back …": the task starts after the writer's need.
    const before = trimFiller(text.slice(0, match.index)).trim();
    if (before.split(WORD_GAP).length < TASK_WORDS_MIN || !startsWithVerb(before) || OPENS_CLAUSE_END.test(before)) continue;
    if (CARRIES_MESSAGE.test(before) && !TOPIC_GIVEN.test(before)) continue;
    return match.index;
  }
  return null;
}
