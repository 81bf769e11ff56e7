import { addDays, type FilterDate, type FilterNode, type FilterTerm, mentionsStatus, PRIORITY_OF_LEVEL, type Task } from '@ordo/shared-types';
import type { Fragment } from 'postgres';
import type { Db, Tx } from '../db.ts';
import { matchesSearch, taskSearchQuery } from './task-search.ts';

// A parsed filter (parseTaskFilter in @ordo/shared-types) as SQL on task row `t`. Every value is
// a bound parameter; the only text spliced in is this file's own.

const OPEN_STATUSES = ['todo', 'in_progress'];
const RELATIVE_DAY_OFFSET = { yesterday: -1, today: 0, tomorrow: 1 } as const;

function dayOf(date: FilterDate, today: string): string {
  return date.kind === 'date' ? date.date : addDays(today, RELATIVE_DAY_OFFSET[date.word]);
}

// Each term is true or false, never null, so that ! of it is the rows it does not match (a task
// without a due date is !today).
function termCondition(tx: Tx, term: FilterTerm, today: string): Fragment {
  switch (term.type) {
    case 'today':
      return tx`t.due_date is not distinct from ${today}::date`;
    case 'tomorrow':
      return tx`t.due_date is not distinct from ${addDays(today, 1)}::date`;
    case 'overdue':
      return tx`(t.due_date < ${today}::date and t.status in ('todo', 'in_progress')) is true`;
    case 'no_date':
      return tx`t.due_date is null`;
    case 'no_deadline':
      return tx`t.deadline is null`;
    case 'no_labels':
      return tx`not exists (select 1 from public.task_labels tl where tl.task_id = t.id)`;
    case 'inbox':
      return tx`t.project_id is null`;
    case 'recurring':
      return tx`t.recurrence_rule is not null`;
    case 'subtask':
      return tx`t.parent_id is not null`;
    case 'priority':
      return tx`t.priority is not distinct from ${PRIORITY_OF_LEVEL[term.level]}::text`;
    case 'status':
      return term.status === 'open' ? tx`t.status in ('todo', 'in_progress')` : tx`t.status = ${term.status}`;
    case 'project':
      return tx`exists (
        select 1 from public.projects p
        where p.id = t.project_id and p.deleted_at is null and lower(p.name) = lower(${term.name})
      )`;
    case 'label':
      return tx`exists (
        select 1 from public.task_labels tl join public.labels l on l.id = tl.label_id
        where tl.task_id = t.id and lower(l.name) = lower(${term.name})
      )`;
    case 'date_bound': {
      const day = dayOf(term.date, today);
      const column = term.field === 'due' ? tx`t.due_date` : tx`t.deadline`;
      return term.bound === 'before' ? tx`(${column} < ${day}::date) is true` : tx`(${column} > ${day}::date) is true`;
    }
    case 'search': {
      const tsquery = taskSearchQuery(term.text);
      return tsquery === null ? tx`false` : matchesSearch(tx, tsquery);
    }
  }
}

function nodeCondition(tx: Tx, node: FilterNode, today: string): Fragment {
  switch (node.kind) {
    case 'term':
      return termCondition(tx, node.term, today);
    case 'not':
      return tx`not (${nodeCondition(tx, node.operand, today)})`;
    case 'and':
      return tx`(${nodeCondition(tx, node.left, today)}) and (${nodeCondition(tx, node.right, today)})`;
    case 'or':
      return tx`(${nodeCondition(tx, node.left, today)}) or (${nodeCondition(tx, node.right, today)})`;
  }
}

/**
 * The filter as one parenthesised condition on task row `t`, `today` being the person's own day ('YYYY-MM-DD',
 * in their time zone). A filter with no status word in it matches open tasks only (to do, in
 * progress); one that names a status decides for itself.
 */
export function filterCondition(tx: Tx, filter: FilterNode, today: string): Fragment {
  const condition = nodeCondition(tx, filter, today);
  return mentionsStatus(filter) ? tx`(${condition})` : tx`(t.status = any(${tx.array(OPEN_STATUSES)}::text[]) and (${condition}))`;
}

export interface FilteredTaskPageQuery {
  filter: FilterNode;
  today: string;
  /** The (position, id) of the last row of the previous page. */
  after: { position: number; id: string } | null;
  limit: number;
}

/** One page of the user's live tasks matching the filter, in list order (position, id), read as the user (RLS). */
export async function filteredTaskPage(db: Pick<Db, 'readAsUser'>, userId: string, query: FilteredTaskPageQuery): Promise<Task[]> {
  const [rows] = await db.readAsUser(userId, (tx) => [
    tx<Task[]>`
      select t.* from public.tasks t
      where t.user_id = ${userId} and t.deleted_at is null
        and ${filterCondition(tx, query.filter, query.today)}
        ${query.after ? tx`and (t.position, t.id) > (${query.after.position}, ${query.after.id}::uuid)` : tx``}
      order by t.position, t.id
      limit ${query.limit}`,
  ] as const);
  return rows as Task[];
}
