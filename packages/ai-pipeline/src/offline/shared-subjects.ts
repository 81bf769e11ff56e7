import { isEnglishWord } from './spelling.ts';

/**
 * "Sam will paint the sign and confirm the times": a verb after a bare "and" has no subject of its
 * own, so it goes on with the one before it. When that subject is someone else who says what they
 * will do, the verb after "and" is theirs too, not an order to the reader.
 */

/** A named person or "he", "she", "they", then what they will do: "Rosa Pell will", "she's going to". */
const SOMEONE_WILL =
  /^((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)?|he|she|they)(?:['’]ll|\s+will|\s+(?:is|are)\s+(?:going\s+to|gonna)|['’](?:s|re)\s+(?:going\s+to|gonna))\s+\p{L}/iu;
const THIRD_PERSON = /^(?:he|she|they)$/i;
const SPACE = /\s+/;

/** True when the clause says what someone other than the writer or reader will do: "Priya will book the hall". */
export function someoneElseWill(clause: string): boolean {
  const subject = SOMEONE_WILL.exec(clause.trim())?.[1];
  if (subject === undefined) return false;
  if (THIRD_PERSON.test(subject)) return true;
  // A name is capitalised and no English word: "Tomorrow will …", "Dinner will …", "I will …" are not someone.
  const first = subject.split(SPACE)[0] ?? '';
  return first.charAt(0) === first.charAt(0).toUpperCase() && first.length > 1 && !isEnglishWord(first.toLowerCase());
}
