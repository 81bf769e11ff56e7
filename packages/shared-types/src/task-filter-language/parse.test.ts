import { describe, expect, it } from 'vitest';
import type { FilterNode, FilterTerm } from './ast.ts';
import { describeFilterError, FILTER_QUERY_MAX, parseTaskFilter } from './parse.ts';
import { printTaskFilter } from './print.ts';

const term = (t: FilterTerm): FilterNode => ({ kind: 'term', term: t });
const and = (left: FilterNode, right: FilterNode): FilterNode => ({ kind: 'and', left, right });
const or = (left: FilterNode, right: FilterNode): FilterNode => ({ kind: 'or', left, right });
const not = (operand: FilterNode): FilterNode => ({ kind: 'not', operand });
const today = term({ type: 'today' });
const overdue = term({ type: 'overdue' });
const p1 = term({ type: 'priority', level: 1 });

function parsed(text: string): FilterNode {
  const result = parseTaskFilter(text);
  if (!result.ok) throw new Error(`${text}: ${describeFilterError(result.error)}`);
  return result.filter;
}

describe('parseTaskFilter: terms', () => {
  const cases: [string, FilterTerm][] = [
    ['today', { type: 'today' }],
    ['TODAY', { type: 'today' }],
    ['tomorrow', { type: 'tomorrow' }],
    ['overdue', { type: 'overdue' }],
    ['no date', { type: 'no_date' }],
    ['No   Date', { type: 'no_date' }],
    ['no deadline', { type: 'no_deadline' }],
    ['no labels', { type: 'no_labels' }],
    ['inbox', { type: 'inbox' }],
    ['recurring', { type: 'recurring' }],
    ['subtask', { type: 'subtask' }],
    ['p1', { type: 'priority', level: 1 }],
    ['p2', { type: 'priority', level: 2 }],
    ['P3', { type: 'priority', level: 3 }],
    ['p4', { type: 'priority', level: 4 }],
    ['done', { type: 'status', status: 'done' }],
    ['open', { type: 'status', status: 'open' }],
    ['todo', { type: 'status', status: 'todo' }],
    ['in progress', { type: 'status', status: 'in_progress' }],
    ['cancelled', { type: 'status', status: 'cancelled' }],
    ['#Work', { type: 'project', name: 'Work' }],
    ['#C#', { type: 'project', name: 'C#' }],
    ['#"Home renovation"', { type: 'project', name: 'Home renovation' }],
    ['#"say \\"hi\\" \\\\ bye"', { type: 'project', name: 'say "hi" \\ bye' }],
    ['@phone', { type: 'label', name: 'phone' }],
    ['@"waiting on"', { type: 'label', name: 'waiting on' }],
    ['@café', { type: 'label', name: 'café' }],
    ['deadline before 2026-12-24', { type: 'date_bound', field: 'deadline', bound: 'before', date: { kind: 'date', date: '2026-12-24' } }],
    ['deadline after today', { type: 'date_bound', field: 'deadline', bound: 'after', date: { kind: 'relative', word: 'today' } }],
    ['Due Before Tomorrow', { type: 'date_bound', field: 'due', bound: 'before', date: { kind: 'relative', word: 'tomorrow' } }],
    ['due after yesterday', { type: 'date_bound', field: 'due', bound: 'after', date: { kind: 'relative', word: 'yesterday' } }],
    ['due before 2028-02-29', { type: 'date_bound', field: 'due', bound: 'before', date: { kind: 'date', date: '2028-02-29' } }],
    ['search: kitchen sink', { type: 'search', text: 'kitchen sink' }],
    ['search:"a & b"', { type: 'search', text: 'a & b' }],
    ['SEARCH:  hello!  ', { type: 'search', text: 'hello!' }],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(parsed(text)).toEqual(term(expected));
  });
});

describe('parseTaskFilter: operators and precedence', () => {
  const cases: [string, FilterNode][] = [
    ['today & p1', and(today, p1)],
    ['today | overdue', or(today, overdue)],
    ['!today', not(today)],
    ['!!today', not(not(today))],
    // & binds tighter than |
    ['today | overdue & p1', or(today, and(overdue, p1))],
    ['today & overdue | p1', or(and(today, overdue), p1)],
    // ! binds tighter than &
    ['!today & p1', and(not(today), p1)],
    ['!(today & p1)', not(and(today, p1))],
    ['(today | overdue) & p1', and(or(today, overdue), p1)],
    // & and | group from the left
    ['today & overdue & p1', and(and(today, overdue), p1)],
    ['today | overdue | p1', or(or(today, overdue), p1)],
    ['today & (overdue & p1)', and(today, and(overdue, p1))],
    ['((today))', today],
    ['today&p1', and(today, p1)],
    ['#Work&@phone', and(term({ type: 'project', name: 'Work' }), term({ type: 'label', name: 'phone' }))],
    ['search: sink & p1', and(term({ type: 'search', text: 'sink' }), p1)],
    ['(search: sink)', term({ type: 'search', text: 'sink' })],
    ['!no date|in progress', or(not(term({ type: 'no_date' })), term({ type: 'status', status: 'in_progress' }))],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
  });

  it('prints every case back to text that parses to the same tree', () => {
    for (const [, expected] of cases) expect(parsed(printTaskFilter(expected))).toEqual(expected);
    expect(printTaskFilter(and(today, and(overdue, p1)))).toBe('today & (overdue & p1)');
    expect(printTaskFilter(or(today, and(overdue, p1)))).toBe('today | overdue & p1');
    expect(printTaskFilter(not(or(today, p1)))).toBe('!(today | p1)');
    expect(printTaskFilter(term({ type: 'label', name: 'a b' }))).toBe('@"a b"');
  });
});

describe('parseTaskFilter: errors point at the position', () => {
  // [text, message, offset, length]
  const cases: [string, string, number, number][] = [
    ['', 'The filter is empty', 0, 0],
    ['   ', 'The filter is empty', 3, 0],
    ['deadline before', "Expected a date after 'deadline before'", 15, 0],
    ['p1 & deadline before', "Expected a date after 'deadline before'", 20, 0],
    ['deadline before 2026-13-01', "'2026-13-01' is not a date: use YYYY-MM-DD, yesterday, today or tomorrow", 16, 10],
    ['due after 2027-02-29', "'2027-02-29' is not a date: use YYYY-MM-DD, yesterday, today or tomorrow", 10, 10],
    ['deadline 2026-12-24', "Expected 'before' or 'after' after 'deadline'", 9, 10],
    ['due', "Expected 'before' or 'after' after 'due'", 3, 0],
    ['no', "Expected 'date', 'deadline' or 'labels' after 'no'", 2, 0],
    ['no time', "Expected 'date', 'deadline' or 'labels' after 'no'", 3, 4],
    ['in', "Expected 'progress' after 'in'", 2, 0],
    ['tuesday', "Unknown filter term 'tuesday'", 0, 7],
    ['today & p5', "Unknown filter term 'p5'", 8, 2],
    ['today &', "Expected a filter term after '&'", 7, 0],
    ['today | ', "Expected a filter term after '|'", 8, 0],
    ['!', "Expected a filter term after '!'", 1, 0],
    ['& today', "Expected a filter term, found '&'", 0, 1],
    ['today && p1', "Expected a filter term, found '&'", 7, 1],
    ['today p1', "Expected '&' or '|' before 'p1'", 6, 2],
    ['today)', "This ')' closes nothing", 5, 1],
    ['(today', "This '(' is never closed", 0, 1],
    ['p1 & (today | overdue', "This '(' is never closed", 5, 1],
    ['(today p1)', "Expected '&', '|' or ')' before 'p1'", 7, 2],
    ['()', "Expected a filter term, found ')'", 1, 1],
    ['#', "Expected a project name after '#'", 1, 0],
    ['@ & p1', "Expected a label name after '@'", 1, 0],
    ['#"unclosed', 'This quote is never closed', 1, 9],
    ['"today"', "Quotes go after '#', '@' or 'search:'", 0, 1],
    ['search:', "Expected words to search for after 'search:'", 7, 0],
    ['search:   & p1', "Expected words to search for after 'search:'", 10, 0],
    [`${'('.repeat(40)}today${')'.repeat(40)}`, 'Filters nest at most 32 levels deep', 33, 1],
    ['x'.repeat(FILTER_QUERY_MAX + 3), `Filters are at most ${FILTER_QUERY_MAX} characters`, FILTER_QUERY_MAX, 3],
  ];
  it.each(cases)('%j', (text, message, offset, length) => {
    expect(parseTaskFilter(text)).toEqual({ ok: false, error: { message, offset, length } });
  });

  it('describes an error with its position in one line', () => {
    const result = parseTaskFilter('p1 & deadline before');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeFilterError(result.error)).toBe("Expected a date after 'deadline before' at 20");
  });
});
