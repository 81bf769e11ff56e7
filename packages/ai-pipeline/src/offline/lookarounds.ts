const LOOKAROUND_OPENING = /^\(\?<?[=!]/;

/** The index just past the character class opening at `start` ("[^\s(]": its brackets and parentheses are literal). */
export function classEnd(source: string, start: number): number {
  let index = start + 1;
  while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
  return index + 1;
}

/** The index just past the group opening at `start`. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let index = start; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (char === '[') index = classEnd(source, index) - 1;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return index + 1;
  }
  throw new SyntaxError(`unbalanced group in /${source}/`);
}

/**
 * A pattern's source with its lookaheads and lookbehinds left out. Each only forbids some matches,
 * so the pattern without them matches wherever the pattern does (and sometimes elsewhere): a cheap
 * test of whether a text may match. Capture groups inside a lookaround go with it, so the result
 * is for testing, never for reading groups.
 */
export function withoutLookarounds(source: string): string {
  let kept = '';
  let index = 0;
  while (index < source.length) {
    const char = source[index];
    let next = index + 1;
    if (char === '\\') next = index + 2;
    else if (char === '[') next = classEnd(source, index);
    else if (char === '(' && LOOKAROUND_OPENING.test(source.slice(index, index + 4))) {
      index = groupEnd(source, index);
      continue;
    }
    kept += source.slice(index, next);
    index = next;
  }
  return kept;
}
