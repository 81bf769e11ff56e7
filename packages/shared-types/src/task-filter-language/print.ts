import type { FilterDate, FilterNode, FilterTerm } from './ast.ts';

const STATUS_WORDS = { open: 'open', todo: 'todo', in_progress: 'in progress', done: 'done', cancelled: 'cancelled' } as const;
const SIMPLE_WORDS = {
  today: 'today',
  tomorrow: 'tomorrow',
  overdue: 'overdue',
  no_date: 'no date',
  no_deadline: 'no deadline',
  no_labels: 'no labels',
  inbox: 'inbox',
  recurring: 'recurring',
  subtask: 'subtask',
} as const;

// A name prints bare when the tokenizer would read it back whole, else quoted with \ escapes.
const BARE_NAME = /^[^\s&|!()"]+$/;
const quote = (text: string) => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;

function printDate(date: FilterDate): string {
  return date.kind === 'date' ? date.date : date.word;
}

function printTerm(term: FilterTerm): string {
  switch (term.type) {
    case 'priority':
      return `p${term.level}`;
    case 'status':
      return STATUS_WORDS[term.status];
    case 'project':
      return `#${BARE_NAME.test(term.name) ? term.name : quote(term.name)}`;
    case 'label':
      return `@${BARE_NAME.test(term.name) ? term.name : quote(term.name)}`;
    case 'date_bound':
      return `${term.field} ${term.bound} ${printDate(term.date)}`;
    case 'search':
      return `search: ${quote(term.text)}`;
    default:
      return SIMPLE_WORDS[term.type];
  }
}

const PRECEDENCE = { or: 1, and: 2, not: 3, term: 4 } as const;

/**
 * The filter as text that parses back to the same tree: parentheses only where precedence (! over
 * & over |) and left grouping need them.
 */
export function printTaskFilter(node: FilterNode): string {
  switch (node.kind) {
    case 'term':
      return printTerm(node.term);
    case 'not': {
      const operand = printTaskFilter(node.operand);
      return PRECEDENCE[node.operand.kind] < PRECEDENCE.not ? `!(${operand})` : `!${operand}`;
    }
    default: {
      const own = PRECEDENCE[node.kind];
      const left = printTaskFilter(node.left);
      const right = printTaskFilter(node.right);
      // The right side groups only in parentheses when it is the same operator (a & (b & c)).
      const wrapLeft = PRECEDENCE[node.left.kind] < own;
      const wrapRight = PRECEDENCE[node.right.kind] <= own;
      const operator = node.kind === 'and' ? '&' : '|';
      return `${wrapLeft ? `(${left})` : left} ${operator} ${wrapRight ? `(${right})` : right}`;
    }
  }
}
