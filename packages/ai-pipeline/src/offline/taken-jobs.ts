import { isSomeoneElse } from './remarks.ts';

/**
 * A job left to anyone, then the person who has taken it on: "Someone has to email the clinic,
 * Dana said she would", "somebody should fix the seal, but that's Marcus, he said he'd do it
 * Thursday", "one of us must ring the bank, Priya will do it". The job is theirs, not the reader's;
 * "…, I said I would" or a name that takes nothing on ("…, Dana can't") leaves it the reader's.
 */
const ANYONE_MUST = /^(?:someone|somebody|one of us)\s+(?:needs? to|has to|have to|ought to|should|must)\s+\S/i;
/** "she would", "he'd do it Thursday": the promise ends there or takes the job as "it" ("would like that" is something else). */
const DONE_BY_THEM = String.raw`(?:\s+(?:do|take|handle|sort)\s+it\b|(?=\s*(?:[,.;!?]|$)))`;
const NAME = String.raw`((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{Ll}'’-]+)`;
const TAKEN_BY = new RegExp(
  String.raw`,\s+(?:but\s+|though\s+|and\s+)?(?:that['’]s\s+${NAME}(?=[\s,.;!]|$)|${NAME}\s+(?:said|says|promised|offered)\s+(?:she|he|they)(?:['’]d|['’]ll|\s+would|\s+will)${DONE_BY_THEM}|${NAME}(?:['’]ll|\s+will)\s+do\s+it\b|${NAME}(?:['’]s|\s+is)\s+(?:doing|handling|sorting|on)\s+it\b)`,
  'u',
);
const TITLE = /^(?:Mr|Mrs|Ms|Dr)\.?\s+/;

/** The job and who took it on, or null when the sentence leaves it to anyone or to the reader. */
export function takenJob(sentence: string): { job: string; taker: string } | null {
  if (!ANYONE_MUST.test(sentence)) return null;
  const taken = TAKEN_BY.exec(sentence);
  const taker = taken?.slice(1).find((name) => name !== undefined);
  if (!taken || taker === undefined) return null;
  const surname = taker.replace(TITLE, '');
  if (surname === taker && !isSomeoneElse(taker)) return null;
  return { job: sentence.slice(0, taken.index), taker };
}
