/**
 * A note whose lines were broken where the paper or the screen ran out, not where a thought ended
 * ("ring the surgery about the" / "bloods results tomorrow"): a line that ends on a word no clause
 * ends on, followed by one that goes on in lower case, is one line.
 */

/** Words that leave a clause open: an article, a preposition that takes what follows, a joining word. */
const OPEN_END = /(?<![\p{L}'’])(?:the|a|an|about|by|to|for|of|with|from|at|and|or|my|your|our|their|some|re)[ \t]*$/iu;
/** A line that goes on: a lower-case word first, no bullet, number or mark. */
const GOES_ON = /^[ \t]*\p{Ll}/u;

export function withWrappedLinesJoined(dump: string): string {
  if (!dump.includes('\n')) return dump;
  const lines = dump.split('\n');
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.length - 1;
    const previous = joined[last];
    if (previous !== undefined && OPEN_END.test(previous) && GOES_ON.test(line)) joined[last] = `${previous.trimEnd()} ${line.trimStart()}`;
    else joined.push(line);
  }
  return joined.join('\n');
}
