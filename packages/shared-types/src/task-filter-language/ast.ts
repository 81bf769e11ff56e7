/** What a filter expression is made of, once parsed (see parse.ts for the text it comes from). */

/** A day a date bound names: a calendar date, or a day relative to the person's today. */
export type FilterDate = { kind: 'date'; date: string } | { kind: 'relative'; word: 'yesterday' | 'today' | 'tomorrow' };

export type FilterStatus = 'open' | 'todo' | 'in_progress' | 'done' | 'cancelled';

/** p1 = high, p2 = medium, p3 = low, p4 = no priority. */
export type FilterPriorityLevel = 1 | 2 | 3 | 4;

export type FilterTerm =
  | { type: 'today' }
  | { type: 'tomorrow' }
  | { type: 'overdue' }
  | { type: 'no_date' }
  | { type: 'no_deadline' }
  | { type: 'no_labels' }
  | { type: 'inbox' }
  | { type: 'recurring' }
  | { type: 'subtask' }
  | { type: 'priority'; level: FilterPriorityLevel }
  | { type: 'status'; status: FilterStatus }
  | { type: 'project'; name: string }
  | { type: 'label'; name: string }
  | { type: 'date_bound'; field: 'due' | 'deadline'; bound: 'before' | 'after'; date: FilterDate }
  | { type: 'search'; text: string };

export type FilterNode =
  | { kind: 'term'; term: FilterTerm }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode };

export const PRIORITY_OF_LEVEL = { 1: 'high', 2: 'medium', 3: 'low', 4: null } as const;

/** True when a status word appears anywhere: then the filter alone decides which statuses match. */
export function mentionsStatus(node: FilterNode): boolean {
  switch (node.kind) {
    case 'term':
      return node.term.type === 'status';
    case 'not':
      return mentionsStatus(node.operand);
    default:
      return mentionsStatus(node.left) || mentionsStatus(node.right);
  }
}
