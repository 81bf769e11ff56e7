import type { TextRange } from '@ordo/shared-types';

/**
 * What stands in for text no recogniser may read (quoted words, undone chips, pieces already
 * recognised). It is no letter, digit, space or punctuation any pattern or chrono accepts, so a
 * masked stretch ends a token and chrono never joins a date across it; one character for one
 * keeps every offset in the masked text the offset in the original.
 */
export const MASK = '\u0001';

export function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The text with each range replaced by MASK characters, length for length. */
export function masked(text: string, ranges: readonly TextRange[]): string {
  let out = text;
  for (const { start, end } of ranges) {
    const from = Math.max(0, Math.min(start, text.length));
    const to = Math.max(from, Math.min(end, text.length));
    out = out.slice(0, from) + MASK.repeat(to - from) + out.slice(to);
  }
  return out;
}

/**
 * Every match of a global pattern, as `matchAll` finds them, but run by the pattern itself:
 * `matchAll` runs a copy, which V8 compiles again whenever its cache has let the source go.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // As matchAll steps past an empty match: one character, or one code point with `u`.
    if (match[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return matches;
}

const QUOTE_PAIRS = /"([^"]*)"|“([^”]*)”/g;

/** Words in double quotes ("…" or “…”) are kept literally; an unpaired quote is an ordinary character. */
export function quotedRanges(text: string): TextRange[] {
  return matchesOf(QUOTE_PAIRS, text).map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

const WHITESPACE_RUNS = /\s+/g;
const SPACE_BEFORE_PUNCTUATION = /\s+([,;:.!?)])/g;
const REPEATED_SEPARATORS = /([,;:])(?:\s*[,;:])+/g;
const EDGE_SEPARATORS = /^[\s,;:–—-]+|[\s,;:–—-]+$/g;

/**
 * The text with the ranges cut out and the quote marks of `quoted` dropped (their words stay),
 * then tidied: spaces collapsed, stray separators at either end and before punctuation removed.
 */
export function remainder(text: string, cut: readonly TextRange[], quoted: readonly TextRange[]): string {
  const gone = [...cut, ...quoted.flatMap(({ start, end }) => [{ start, end: start + 1 }, { start: end - 1, end }])].sort((a, b) => a.start - b.start);
  let kept = '';
  let from = 0;
  for (const { start, end } of gone) {
    if (start > from) kept += text.slice(from, start);
    kept += ' ';
    from = Math.max(from, end);
  }
  kept += text.slice(from);
  return kept
    .replace(WHITESPACE_RUNS, ' ')
    .replace(SPACE_BEFORE_PUNCTUATION, '$1')
    .replace(REPEATED_SEPARATORS, '$1')
    .replace(EDGE_SEPARATORS, '');
}
