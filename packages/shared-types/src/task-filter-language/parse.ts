import type { FilterDate, FilterNode, FilterStatus, FilterTerm } from './ast.ts';
import { type FilterSyntaxError, FilterSyntaxFailure, type FilterToken, tokenize } from './tokens.ts';

/** Longest filter text accepted. */
export const FILTER_QUERY_MAX = 500;
// Parentheses and negations nested deeper than this are refused, so parsing and the SQL stay shallow.
const NESTING_MAX = 32;

export type FilterParseResult = { ok: true; filter: FilterNode } | { ok: false; error: FilterSyntaxError };

const SINGLE_WORDS: Record<string, FilterTerm> = {
  today: { type: 'today' },
  tomorrow: { type: 'tomorrow' },
  overdue: { type: 'overdue' },
  inbox: { type: 'inbox' },
  recurring: { type: 'recurring' },
  subtask: { type: 'subtask' },
  p1: { type: 'priority', level: 1 },
  p2: { type: 'priority', level: 2 },
  p3: { type: 'priority', level: 3 },
  p4: { type: 'priority', level: 4 },
  open: { type: 'status', status: 'open' },
  todo: { type: 'status', status: 'todo' },
  done: { type: 'status', status: 'done' },
  cancelled: { type: 'status', status: 'cancelled' },
};
const AFTER_NO: Record<string, FilterTerm> = {
  date: { type: 'no_date' },
  deadline: { type: 'no_deadline' },
  labels: { type: 'no_labels' },
};
const RELATIVE_DAYS = new Set(['yesterday', 'today', 'tomorrow']);

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const quoted = (token: FilterToken, source: string) =>
  token.kind === 'end' ? 'the end' : `'${source.slice(token.offset, token.offset + token.length)}'`;

class Parser {
  readonly #tokens: FilterToken[];
  readonly #source: string;
  #at = 0;

  constructor(source: string) {
    this.#source = source;
    this.#tokens = tokenize(source);
  }

  parse(): FilterNode {
    if (this.#peek().kind === 'end') throw this.#fail('The filter is empty', this.#peek());
    const node = this.#or(0);
    const rest = this.#peek();
    if (rest.kind === 'operator' && rest.value === ')') throw this.#fail("This ')' closes nothing", rest);
    if (rest.kind !== 'end') throw this.#fail(`Expected '&' or '|' before ${quoted(rest, this.#source)}`, rest);
    return node;
  }

  #peek(): FilterToken {
    return this.#tokens[this.#at] as FilterToken;
  }

  #next(): FilterToken {
    const token = this.#peek();
    if (token.kind !== 'end') this.#at += 1;
    return token;
  }

  #isOperator(value: string): boolean {
    const token = this.#peek();
    return token.kind === 'operator' && token.value === value;
  }

  #fail(message: string, token: { offset: number; length: number }): FilterSyntaxFailure {
    return new FilterSyntaxFailure({ message, offset: token.offset, length: token.length });
  }

  #or(depth: number): FilterNode {
    let node = this.#and(depth);
    while (this.#isOperator('|')) {
      this.#next();
      node = { kind: 'or', left: node, right: this.#and(depth) };
    }
    return node;
  }

  #and(depth: number): FilterNode {
    let node = this.#unary(depth);
    while (this.#isOperator('&')) {
      this.#next();
      node = { kind: 'and', left: node, right: this.#unary(depth) };
    }
    return node;
  }

  #unary(depth: number): FilterNode {
    const token = this.#peek();
    if (depth > NESTING_MAX) throw this.#fail(`Filters nest at most ${NESTING_MAX} levels deep`, token);
    if (token.kind === 'operator' && token.value === '!') {
      this.#next();
      return { kind: 'not', operand: this.#unary(depth + 1) };
    }
    if (token.kind === 'operator' && token.value === '(') {
      this.#next();
      const inner = this.#or(depth + 1);
      if (!this.#isOperator(')')) {
        const found = this.#peek();
        if (found.kind === 'end') throw this.#fail("This '(' is never closed", token);
        throw this.#fail(`Expected '&', '|' or ')' before ${quoted(found, this.#source)}`, found);
      }
      this.#next();
      return inner;
    }
    return { kind: 'term', term: this.#term() };
  }

  #term(): FilterTerm {
    const token = this.#next();
    switch (token.kind) {
      case 'name':
        return token.sigil === '#' ? { type: 'project', name: token.value } : { type: 'label', name: token.value };
      case 'search':
        return { type: 'search', text: token.value };
      case 'word':
        return this.#keyword(token);
      case 'end': {
        const previous = this.#tokens[this.#at - 1];
        throw this.#fail(previous ? `Expected a filter term after ${quoted(previous, this.#source)}` : 'The filter is empty', token);
      }
      default:
        throw this.#fail(`Expected a filter term, found '${token.value}'`, token);
    }
  }

  #keyword(token: Extract<FilterToken, { kind: 'word' }>): FilterTerm {
    const word = token.value.toLowerCase();
    const single = SINGLE_WORDS[word];
    if (single) return single;
    if (word === 'no') {
      const next = this.#peek();
      const term = next.kind === 'word' ? AFTER_NO[next.value.toLowerCase()] : undefined;
      if (!term) throw this.#fail("Expected 'date', 'deadline' or 'labels' after 'no'", next);
      this.#next();
      return term;
    }
    if (word === 'in') {
      const next = this.#peek();
      if (next.kind !== 'word' || next.value.toLowerCase() !== 'progress') throw this.#fail("Expected 'progress' after 'in'", next);
      this.#next();
      return { type: 'status', status: 'in_progress' satisfies FilterStatus };
    }
    if (word === 'due' || word === 'deadline') {
      const next = this.#peek();
      const bound = next.kind === 'word' ? next.value.toLowerCase() : '';
      if (bound !== 'before' && bound !== 'after') throw this.#fail(`Expected 'before' or 'after' after '${token.value}'`, next);
      this.#next();
      return { type: 'date_bound', field: word, bound, date: this.#date(`${token.value} ${bound}`) };
    }
    throw this.#fail(`Unknown filter term '${token.value}'`, token);
  }

  #date(after: string): FilterDate {
    const token = this.#peek();
    if (token.kind !== 'word') throw this.#fail(`Expected a date after '${after}'`, token);
    const word = token.value.toLowerCase();
    if (RELATIVE_DAYS.has(word)) {
      this.#next();
      return { kind: 'relative', word: word as 'today' };
    }
    if (!isCalendarDate(token.value)) {
      throw this.#fail(`'${token.value}' is not a date: use YYYY-MM-DD, yesterday, today or tomorrow`, token);
    }
    this.#next();
    return { kind: 'date', date: token.value };
  }
}

/**
 * Parses filter text (`today | overdue`, `#Work & p1`, `!@waiting & deadline before 2026-12-24`)
 * into a tree; precedence ! over & over |, & and | grouping from the left. Bad text gives an error
 * with the offset and length of the part that is wrong.
 */
export function parseTaskFilter(text: string): FilterParseResult {
  if (text.length > FILTER_QUERY_MAX) {
    return { ok: false, error: { message: `Filters are at most ${FILTER_QUERY_MAX} characters`, offset: FILTER_QUERY_MAX, length: text.length - FILTER_QUERY_MAX } };
  }
  try {
    return { ok: true, filter: new Parser(text).parse() };
  } catch (error) {
    if (error instanceof FilterSyntaxFailure) return { ok: false, error: error.detail };
    throw error;
  }
}

/** The error as one line naming its position, e.g. "Expected a date after 'deadline before' at 16". */
export function describeFilterError(error: FilterSyntaxError): string {
  return `${error.message} at ${error.offset}`;
}
