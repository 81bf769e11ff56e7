import type { Token } from './priority.ts';

/** A #Project or @label: the person's own spelling when they have one of that name, else as written. */
export interface NameValue {
  name: string;
  existing: boolean;
}

/** What may follow a name: the end, a space or punctuation, never more of a word. */
const NAME_END = /^(?:$|[^\p{L}\p{N}_-])/u;
/** A name written without quotes: one word, starting with a letter ("#Family", "@phone", "#home-reno"). */
const BARE_NAME = /^\p{L}[\p{L}\p{N}_-]*/u;
/** A name in quotes, for words with spaces: #"Home Reno", @“waiting for”. */
const QUOTED_NAME = /^(?:"([^"\n]+)"|“([^”\n]+)”)/;

const NAME_BOUNDARY = /[\s([{,;]/;

/**
 * Every `sigil` name in the text (# for projects, @ for labels). The sigil starts a word (so
 * mail@example.com and C# are no names). After it comes, in this order of preference: a name
 * in quotes; the longest of the person's `known` names, in any case, that the text continues
 * with up to a word boundary (so "#home reno" finds the project "Home Reno"); else one word.
 * Names longer than `maxLength` are left as text.
 */
export function findNames(text: string, sigil: '#' | '@', known: readonly string[], maxLength: number): Token<NameValue>[] {
  const byLength = [...known].sort((a, b) => b.length - a.length);
  const found: Token<NameValue>[] = [];
  for (let index = text.indexOf(sigil); index !== -1; index = text.indexOf(sigil, index + 1)) {
    if (index > 0 && !NAME_BOUNDARY.test(text[index - 1] ?? '')) continue;
    const rest = text.slice(index + 1);
    const token = quoted(rest, byLength) ?? knownName(rest, byLength) ?? bareName(rest, byLength);
    if (!token || token.value.name.length > maxLength) continue;
    found.push({ start: index, end: index + 1 + token.length, value: token.value });
    index += token.length;
  }
  return found;
}

interface Read {
  length: number;
  value: NameValue;
}

function existingOrNew(name: string, known: readonly string[]): NameValue {
  const lower = name.toLowerCase();
  const existing = known.find((candidate) => candidate.toLowerCase() === lower);
  return existing === undefined ? { name, existing: false } : { name: existing, existing: true };
}

function quoted(rest: string, known: readonly string[]): Read | null {
  const match = QUOTED_NAME.exec(rest);
  const name = (match?.[1] ?? match?.[2])?.trim();
  return match && name ? { length: match[0].length, value: existingOrNew(name, known) } : null;
}

function knownName(rest: string, byLength: readonly string[]): Read | null {
  const lower = rest.toLowerCase();
  for (const name of byLength) {
    if (name.trim() === '' || !lower.startsWith(name.toLowerCase())) continue;
    if (NAME_END.test(rest.slice(name.length))) return { length: name.length, value: { name, existing: true } };
  }
  return null;
}

const TRAILING_DASHES = /[-_]+$/;

function bareName(rest: string, known: readonly string[]): Read | null {
  const match = BARE_NAME.exec(rest);
  if (!match) return null;
  // "#work." ends the word at the full stop; hyphens and underscores inside a name stay.
  const name = match[0].replace(TRAILING_DASHES, '');
  return { length: name.length, value: existingOrNew(name, known) };
}
