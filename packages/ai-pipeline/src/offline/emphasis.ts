/**
 * Markdown emphasis inside a line ("**Call** the bank", "email __Priya__", "fix the `build.sh`
 * script") only stresses words: its marks are dropped so that titles read plain and verbs are
 * recognised. A marker opens only at a word's start, with no space inside it, and closes at a
 * word's end, so "5 * 3 boxes" and "my_file_name" keep theirs. A line that is emphasis alone
 * ("**Garden**") is a heading and keeps its marks, which say so. Struck-through words
 * ("~~cancel the gym~~") are crossed off: they leave the line, and a list line struck whole is ticked.
 */

/** A marker opening a word, checked first: most dumps have none, and the full pattern's lookbehind is tried at every position. */
const MAY_HAVE_EMPHASIS = /(?:^|[\s(])(?:\*\*|__|\*|_|`|~~)[^\s*_`~]/m;
const EMPHASIS = /(?<![\p{L}\p{N}*_`~\\])(\*\*|__|\*|_|`|~~)(?=[^\s*_`~])([^\n]*?[^\s\\*_~])\1(?![\p{L}\p{N}*_`~])/gu;
const STRUCK_MARK = '~~';
/** A list line's bullet before what it holds ("- ", "* ", "• "). */
const STRUCK_LINE_LEAD = /^\s*[-*+•]\s+$/;
/** What may stand around emphasis on a heading's line: a bullet, a colon, spaces. */
const HEADING_EDGE = /^[\s>#*+•-]*$|^\s*:?\s*$/;

export function withoutEmphasis(text: string): string {
  if (!MAY_HAVE_EMPHASIS.test(text)) return text;
  return text.replace(EMPHASIS, (match: string, mark: string, inner: string, offset: number, whole: string) => {
    const lineStart = whole.lastIndexOf('\n', offset - 1) + 1;
    const lineEnd = whole.indexOf('\n', offset + match.length);
    const before = whole.slice(lineStart, offset);
    const after = whole.slice(offset + match.length, lineEnd < 0 ? whole.length : lineEnd);
    // "- ~~clean the port glass~~": a list line struck whole is ticked off, as "[x]" ticks it (an open task it names is done).
    if (mark === STRUCK_MARK) return STRUCK_LINE_LEAD.test(before) && after.trim() === '' ? `[x] ${inner}` : '';
    if (HEADING_EDGE.test(before) && HEADING_EDGE.test(after) && mark !== '`') return match;
    return inner;
  });
}
