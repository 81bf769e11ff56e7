/** The filter language's tokens, each with where it stands in the text (offsets in UTF-16 units). */

export type FilterToken =
  | { kind: 'operator'; value: '&' | '|' | '!' | '(' | ')'; offset: number; length: number }
  | { kind: 'name'; sigil: '#' | '@'; value: string; offset: number; length: number }
  | { kind: 'search'; value: string; offset: number; length: number }
  | { kind: 'word'; value: string; offset: number; length: number }
  | { kind: 'end'; offset: number; length: 0 };

/** Bad text, with the part of it that is wrong. */
export interface FilterSyntaxError {
  message: string;
  /** Where the problem starts, counted in characters from 0. */
  offset: number;
  /** How many characters it spans; 0 for something missing. */
  length: number;
}

export class FilterSyntaxFailure extends Error {
  readonly detail: FilterSyntaxError;

  constructor(detail: FilterSyntaxError) {
    super(detail.message);
    this.name = 'FilterSyntaxFailure';
    this.detail = detail;
  }
}

const OPERATORS = new Set(['&', '|', '!', '(', ')']);
const SEARCH_PREFIX = 'search:';

const isSpace = (char: string) => /\s/.test(char);
/** Characters that end a bare word or name. */
const endsBare = (char: string) => isSpace(char) || OPERATORS.has(char) || char === '"';

/** A double-quoted string at `start`: `\"` and `\\` escape; returns the text and the offset after it. */
function readQuoted(text: string, start: number): { value: string; end: number } {
  let value = '';
  for (let at = start + 1; at < text.length; at++) {
    const char = text[at] as string;
    if (char === '"') return { value, end: at + 1 };
    if (char === '\\' && at + 1 < text.length) {
      at += 1;
      value += text[at];
    } else {
      value += char;
    }
  }
  throw new FilterSyntaxFailure({ message: 'This quote is never closed', offset: start, length: text.length - start });
}

function readBare(text: string, start: number, ends: (char: string) => boolean): number {
  let end = start;
  while (end < text.length && !ends(text[end] as string)) end += 1;
  return end;
}

/** The text as tokens, ending with an `end` token; throws FilterSyntaxFailure on a quote left open or a missing name. */
export function tokenize(text: string): FilterToken[] {
  const tokens: FilterToken[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at] as string;
    if (isSpace(char)) {
      at += 1;
    } else if (OPERATORS.has(char)) {
      tokens.push({ kind: 'operator', value: char as '&', offset: at, length: 1 });
      at += 1;
    } else if (char === '#' || char === '@') {
      const what = char === '#' ? 'a project name' : 'a label name';
      const next = text[at + 1];
      let value: string;
      let end: number;
      if (next === '"') {
        ({ value, end } = readQuoted(text, at + 1));
      } else {
        end = readBare(text, at + 1, endsBare);
        value = text.slice(at + 1, end);
      }
      if (value.trim() === '') throw new FilterSyntaxFailure({ message: `Expected ${what} after '${char}'`, offset: at + 1, length: 0 });
      tokens.push({ kind: 'name', sigil: char, value, offset: at, length: end - at });
      at = end;
    } else if (text.slice(at, at + SEARCH_PREFIX.length).toLowerCase() === SEARCH_PREFIX) {
      let start = at + SEARCH_PREFIX.length;
      while (start < text.length && isSpace(text[start] as string)) start += 1;
      let value: string;
      let end: number;
      if (text[start] === '"') {
        ({ value, end } = readQuoted(text, start));
      } else {
        // Bare search text runs to the next operator that joins or closes: & | ( ).
        end = readBare(text, start, (c) => c === '&' || c === '|' || c === '(' || c === ')');
        value = text.slice(start, end).trim();
      }
      if (value.trim() === '') throw new FilterSyntaxFailure({ message: "Expected words to search for after 'search:'", offset: start, length: 0 });
      tokens.push({ kind: 'search', value, offset: at, length: end - at });
      at = end;
    } else if (char === '"') {
      throw new FilterSyntaxFailure({ message: "Quotes go after '#', '@' or 'search:'", offset: at, length: 1 });
    } else {
      const end = readBare(text, at, endsBare);
      tokens.push({ kind: 'word', value: text.slice(at, end), offset: at, length: end - at });
      at = end;
    }
  }
  tokens.push({ kind: 'end', offset: text.length, length: 0 });
  return tokens;
}
