import { classEnd, withoutLookarounds } from './lookarounds.ts';

/**
 * Openings after which a pattern's match starts at the text's start, after a character that is no
 * ASCII letter, or (`\b` before a character that is no word character) where the next character is
 * no word character: `\b`, and a lookbehind that forbids at least the ASCII letters before it.
 */
const AFTER_NON_LETTER_OPENING = /^(?:\\b|\(\?<!\[a-zà-ÿ\]\)|\(\?<!\[\^\\s\(\]\)|\(\?<!\[A-Za-zÀ-ÿ\\d\.\$£€\]\))/;

/** Whether `source` is one alternative at its top level (no `|` outside its groups and classes). */
function isOneAlternative(source: string): boolean {
  let depth = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (char === '[') index = classEnd(source, index) - 1;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return false;
  }
  return true;
}

/** Whether every match of the pattern starts where `WORD_START` allows (see its comment). */
export function opensAfterNonLetter(source: string): boolean {
  return AFTER_NON_LETTER_OPENING.test(source) && isOneAlternative(source);
}

/**
 * Where a match of an `opensAfterNonLetter` pattern may start, as a prefix: the text's start, past
 * one character that is no ASCII letter, or before a character that is no word character.
 */
const WORD_START = '(?:^|[^a-z]|(?=\\W))';

/**
 * Whether any of the patterns (case-insensitive, none referring back to a group) may match, as one
 * pattern to test: each without its lookarounds, so it matches wherever the pattern does and
 * sometimes elsewhere. Those that open after a non-letter are tried only at such places: inside a
 * word the union fails at its prefix instead of trying every alternative there.
 */
export function ruleUnion(sources: readonly string[]): RegExp {
  const atWordStarts: string[] = [];
  const anywhere: string[] = [];
  for (const source of sources) (opensAfterNonLetter(source) ? atWordStarts : anywhere).push(`(?:${withoutLookarounds(source)})`);
  const gated = atWordStarts.length > 0 ? [`${WORD_START}(?:${atWordStarts.join('|')})`] : [];
  return new RegExp([...gated, ...anywhere].join('|'), 'i');
}
