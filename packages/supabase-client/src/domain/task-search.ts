import type { Task, TaskStatus } from '@ordo/shared-types';
import type { Fragment } from 'postgres';
import type { Db, Tx } from '../db.ts';

/**
 * The tsquery source for what a person typed: every whitespace-separated word quoted as a
 * tsquery operand (quote and backslash escaped, so no text can be read as an operator), joined
 * with &, and the last marked :* to match as a prefix while the person is still typing it. Words
 * without a letter or digit are dropped (the parser would find no lexeme in them); null when
 * none is left. to_tsquery('simple', …) then splits and lower-cases each word exactly as the
 * documents were (`e-mail` becomes the phrase e-mail <-> e <-> mail).
 */
export function taskSearchQuery(text: string): string | null {
  const words = text
    .replaceAll('\u0000', '')
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return null;
  const last = words.length - 1;
  return words.map((word, i) => `'${word.replace(/['\\]/g, (c) => `\\${c}`)}'${i === last ? ':*' : ''}`).join(' & ');
}

/** The search condition on task row `t`: its document matches the tsquery source (taskSearchQuery). */
export function matchesSearch(tx: Tx, tsquery: string): Fragment {
  return tx`exists (
    select 1 from public.task_search s
    where s.task_id = t.id and s.document @@ pg_catalog.to_tsquery('pg_catalog.simple', ${tsquery})
  )`;
}

export interface TaskListConditions {
  /** A project's tasks; with `inbox`, tasks in no project; neither, all. */
  projectId: string | null;
  inbox: boolean;
  statuses: TaskStatus[] | null;
  /** Due strictly before / after these dates ('YYYY-MM-DD'). */
  dueBefore: string | null;
  dueAfter: string | null;
  /** Tasks carrying the label of this name (any case). */
  label?: string | null;
  /** This task's subtasks; with `topLevel`, tasks that are no task's subtask. */
  parentId?: string | null;
  topLevel?: boolean;
}

/** The task list's optional filters as conditions on task row `t`, each `and …`. */
function listConditions(tx: Tx, filter: TaskListConditions): Fragment {
  const empty = tx``;
  return tx`
    ${filter.projectId ? tx`and t.project_id = ${filter.projectId}` : filter.inbox ? tx`and t.project_id is null` : empty}
    ${filter.statuses ? tx`and t.status = any(${tx.array(filter.statuses)}::text[])` : empty}
    ${filter.dueBefore ? tx`and t.due_date < ${filter.dueBefore}::date` : empty}
    ${filter.dueAfter ? tx`and t.due_date > ${filter.dueAfter}::date` : empty}
    ${filter.label ? tx`and exists (select 1 from public.task_labels tl join public.labels l on l.id = tl.label_id where tl.task_id = t.id and lower(l.name) = lower(${filter.label}))` : empty}
    ${filter.parentId ? tx`and t.parent_id = ${filter.parentId}` : empty}
    ${filter.topLevel ? tx`and t.parent_id is null` : empty}`;
}

/** Where a page of search results ended: ranks fall, equal ranks go by task id. */
export interface SearchCursor {
  rank: number;
  id: string;
}

export interface TaskSearchQuery extends TaskListConditions {
  /** What the person typed. */
  text: string;
  after: SearchCursor | null;
  limit: number;
}

export interface RankedTask {
  task: Task;
  /** ts_rank of the task for the query: a title match (weight A) ranks above a notes match (B). */
  rank: number;
}

/**
 * One page of the user's live tasks matching `text` in titles or notes (the last word as a
 * prefix), best rank first, equal ranks by task id; read as the user in one round trip after
 * BEGIN. Text with no word in it matches nothing.
 *
 * The matches come from public.task_search_matches (the caller's own rows, through the index; RLS
 * would keep the index from being used), already in page order, and each task is then read by its
 * key, so only the tasks on the page (and those the list's filters pass over) are read. The lateral
 * subquery (kept apart by OFFSET 0) holds that plan whatever the estimates: the generic plan of a
 * plain join, made for any person, would read all of the person's tasks into a hash.
 */
export async function searchTaskPage(db: Pick<Db, 'readAsUser'>, userId: string, query: TaskSearchQuery): Promise<RankedTask[]> {
  const tsquery = taskSearchQuery(query.text);
  if (tsquery === null) return [];
  const [rows] = await db.readAsUser(userId, (tx) => [
    tx<(Task & { search_rank: number })[]>`
      select t.*, m.rank as search_rank
      from (
        select task_id, rank from public.task_search_matches(pg_catalog.to_tsquery('pg_catalog.simple', ${tsquery}))
        ${query.after ? tx`where rank < ${query.after.rank}::real or (rank = ${query.after.rank}::real and task_id > ${query.after.id}::uuid)` : tx``}
        order by rank desc, task_id
      ) m
      cross join lateral (
        select * from public.tasks t
        where t.id = m.task_id and t.user_id = ${userId} and t.deleted_at is null
          ${listConditions(tx, query)}
        offset 0
      ) t
      order by m.rank desc, m.task_id
      limit ${query.limit}`,
  ] as const);
  return rows.map(({ search_rank, ...task }) => ({ task: task as Task, rank: search_rank }));
}
