import { readerName } from './senders.ts';

/**
 * "Open Q: do we need a permit for the bake sale? Lin to check w/ city": a question the notes leave
 * open. Given to the reader it is the check ("check w/ city whether we need a permit for the bake
 * sale"); given to no one or someone else it stays a question, which the clause reader takes as
 * furniture of the notes.
 */

/** The open question, then who takes it: "Open Q: …? Lin to check w/ city". */
const OPEN_QUESTION = /^(\s*(?:[-*•]\s+|\d+[.)]\s+)?)(?:open\s+)?(?:q|qs|question|questions)\s*:\s*([^?\n]+)\?[ \t]*([^\n]*)$/gimu;
/** "do we need …" → "we need …": the auxiliary of a yes-no question goes once it is a "whether". */
const DO_AUXILIARY = /^(?:do|does|did)\s+/i;
/** "can we park …" → "we can park …": a pronoun subject goes before its auxiliary. */
const AUXILIARY_PRONOUN = /^(is|are|was|were|can|could|should|will|would|must)\s+(we|i|you|they|he|she|it)\s+/i;
const FULL_STOP = /[.!]+$/;

/** "do we need a float" → "we need a float": the question as what the check finds out. */
function asStatement(question: string): string {
  return question.trim().replace(DO_AUXILIARY, '').replace(AUXILIARY_PRONOUN, '$2 $1 ');
}

/** Who takes the question and how: "me to check w/ city", "Lin to ask the caretaker", "I'll confirm". */
function takenBy(reader: string | null): RegExp {
  const who = reader === null ? '(?:me|i)' : `(?:me|i|${reader})`;
  return new RegExp(String.raw`^${who}(?:'ll|\s+will|\s+to|\s+can)?\s+(check|ask|find out|confirm|look into)\b(.*)$`, 'iu');
}

/** The notes with each open question the reader takes written as the check the reader makes. */
export function withOpenQuestionsTaken(dump: string): string {
  const taken = takenBy(readerName(dump));
  return dump.replace(OPEN_QUESTION, (line: string, lead: string, question: string, rest: string) => {
    const check = taken.exec(rest.trim().replace(FULL_STOP, ''));
    if (!check?.[1]) return line;
    return `${lead}${check[1]}${check[2] ?? ''} whether ${asStatement(question)}`;
  });
}
