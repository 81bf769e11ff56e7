/** Words that open a noun phrase of a thing: "the receipts", "our shed", "these forms". */
export const DETERMINER = /^(?:the|my|our|your|these)$/i;

const LAST_WORD = /([\p{L}'’]+)\s*$/u;

/**
 * Whether "till" said right after `before` is the cash drawer rather than "until": it is when a
 * determiner comes straight before it ("count the till", "our till roll"; "wait till Friday").
 */
export function tillIsNounAfter(before: string): boolean {
  const word = LAST_WORD.exec(before)?.[1];
  return word !== undefined && DETERMINER.test(word);
}
