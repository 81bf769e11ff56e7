import type { SubtaskProgress, Task, TaskLabel, TaskStatus } from '@ordo/shared-types';
import type { Fragment } from 'postgres';
import type { Sql, Tx } from '../db.ts';
import { taskExtrasColumns } from './task-extras.ts';

// Task reads both apps need. Each takes the transaction it runs in: the web runs them as the user
// (asUser/readAsUser, so RLS applies), the worker may run them as a service. Either way every query
// names the user explicitly, so a service transaction reads that user's tasks and no one else's.
// Reads that return a query (not a promise) can be pipelined with readAsUser.

/**
 * A task as a list row shows it, always with its project's name. Only that is read: pages send
 * their data to the browser on every visit and refetch.
 */
export type TaskSummary = Pick<
  Task,
  'id' | 'title' | 'status' | 'priority' | 'due_date' | 'start_at' | 'deadline' | 'recurrence_rule' | 'recurrence_from_completion' | 'parent_id'
> & {
  project_name: string | null;
  labels: TaskLabel[];
  progress: SubtaskProgress | null;
};

// The project name is a lookup by primary key per task. As a join, plans cached for the
// statement (generic plans, and RLS's `user_id = auth.uid()` on projects) estimate a user's
// projects at the average count and scan all of them for every task, which for a user with
// 1,000 projects is slower than everything else the dashboard reads together.
/** A task's list columns without its labels, subtask progress and parent (what a brief's lists read). */
export const taskListColumns = (tx: Tx) =>
  tx`t.id, t.title, t.status, t.priority, t.due_date, t.start_at, t.deadline, t.recurrence_rule, t.recurrence_from_completion,
      (select p.name from projects p where p.id = t.project_id) as project_name`;

const summaryColumns = (tx: Tx) => tx`${taskListColumns(tx)}, t.parent_id, ${taskExtrasColumns(tx)}`;

/**
 * `owner` and the dates below: values, or columns of an enclosing query (the brief's batch read
 * names each person's id and day this way).
 */
type ValueOrColumn = string | Fragment;

/** `owner`'s task that is neither deleted nor done or cancelled (`t`). */
export const openTask = (tx: Tx, owner: ValueOrColumn) => tx`t.user_id = ${owner} and t.deleted_at is null and t.status in ('todo', 'in_progress')`;

/** The query of `owner`'s open tasks due before `today` ('YYYY-MM-DD'), oldest due first, as `columns`. */
export function overdueTasksOf(tx: Tx, columns: Fragment, owner: ValueOrColumn, today: ValueOrColumn, limit: number): Fragment {
  return tx`
    select ${columns} from tasks t
    where ${openTask(tx, owner)} and t.due_date < ${today}::date
    order by t.due_date, t.position, t.created_at
    limit ${limit}`;
}

/** The query of `owner`'s open tasks due on `day` ('YYYY-MM-DD'), in list order, as `columns`. */
export function tasksDueOnOf(tx: Tx, columns: Fragment, owner: ValueOrColumn, day: ValueOrColumn, limit: number): Fragment {
  return tx`
    select ${columns} from tasks t
    where ${openTask(tx, owner)} and t.due_date = ${day}::date
    order by t.position, t.created_at
    limit ${limit}`;
}

/** The query of `owner`'s open tasks due in the `days` days after `day` (`day` itself excluded), soonest first, as `columns`. */
export function tasksDueWithinOf(tx: Tx, columns: Fragment, owner: ValueOrColumn, day: ValueOrColumn, days: number, limit: number): Fragment {
  return tx`
    select ${columns} from tasks t
    where ${openTask(tx, owner)} and t.due_date > ${day}::date and t.due_date <= ${day}::date + ${days}::int
    order by t.due_date, t.position, t.created_at
    limit ${limit}`;
}

/** Open tasks due before `today` ('YYYY-MM-DD'), oldest due first. */
export function overdueTasks(tx: Tx, userId: string, today: string, limit: number) {
  return tx<TaskSummary[]>`${overdueTasksOf(tx, summaryColumns(tx), userId, today, limit)}`;
}

/** Open tasks due on `day` ('YYYY-MM-DD'), in list order. */
export function tasksDueOn(tx: Tx, userId: string, day: string, limit: number) {
  return tx<TaskSummary[]>`${tasksDueOnOf(tx, summaryColumns(tx), userId, day, limit)}`;
}

/** Open tasks due in the `days` days after `day` ('YYYY-MM-DD'; `day` itself excluded), soonest first. */
export function tasksDueWithin(tx: Tx, userId: string, day: string, days: number, limit: number) {
  return tx<TaskSummary[]>`${tasksDueWithinOf(tx, summaryColumns(tx), userId, day, days, limit)}`;
}

/**
 * Open tasks at risk of missing their deadline, soonest deadline first: the deadline is before
 * `today`, or the task is planned (due_date) or starts (on `zone`'s calendar) after it.
 */
export function atRiskTasks(tx: Tx, userId: string, today: string, zone: string, limit: number) {
  return tx<TaskSummary[]>`
    select ${summaryColumns(tx)} from tasks t
    where ${openTask(tx, userId)} and t.deadline is not null
      and (t.deadline < ${today}::date or t.due_date > t.deadline or (t.start_at at time zone ${zone})::date > t.deadline)
    order by t.deadline, t.position, t.created_at
    limit ${limit}`;
}

/** Open tasks in no project, in list order. */
export function inboxTasks(tx: Tx, userId: string, limit: number) {
  return tx<TaskSummary[]>`
    select ${summaryColumns(tx)} from tasks t
    where ${openTask(tx, userId)} and t.project_id is null
    order by t.position, t.created_at
    limit ${limit}`;
}

/** Done tasks, the most recently completed first. */
export function recentlyCompletedTasks(tx: Tx, userId: string, limit: number) {
  return tx<TaskSummary[]>`
    select ${summaryColumns(tx)} from tasks t
    where t.user_id = ${userId} and t.deleted_at is null and t.status = 'done'
    order by t.completed_at desc
    limit ${limit}`;
}

/** The user's live task with this id, or null. */
export async function findTask(tx: Tx, userId: string, id: string): Promise<Task | null> {
  // Rows are `select *` of a table the shared-types schema mirrors column for column (a test
  // checks the two agree), so they are typed, not re-parsed on every read.
  const [row] = await tx`select * from public.tasks where id = ${id} and user_id = ${userId} and deleted_at is null`;
  return (row as Task | undefined) ?? null;
}

export interface TaskPageQuery {
  /** A project's tasks; with `inbox`, tasks in no project; neither, all. */
  projectId: string | null;
  inbox: boolean;
  /** Any of these statuses; null, any status. */
  statuses: TaskStatus[] | null;
  /** Due strictly before / after these dates ('YYYY-MM-DD'). */
  dueBefore: string | null;
  dueAfter: string | null;
  /** Tasks carrying the label of this name (any case); null, any. */
  label?: string | null;
  /** This task's subtasks; with `topLevel`, tasks that are no task's subtask; neither, both. */
  parentId?: string | null;
  topLevel?: boolean;
  /** The (position, id) of the last row of the previous page. */
  after: { position: number; id: string } | null;
  limit: number;
}

/**
 * Up to `limit` of the user's live tasks in (position, id) order, read as the user in one statement.
 * A text search is searchTaskPage (ranked), not this.
 */
export async function taskPage(sql: Sql, userId: string, query: TaskPageQuery): Promise<Task[]> {
  // as_user.tasks_page takes the user's role and claims for its own duration, so RLS applies.
  const rows = await sql`
    select * from as_user.tasks_page(
      ${userId}, ${query.projectId}, ${query.inbox}, ${query.statuses},
      ${query.dueBefore}, ${query.dueAfter}, ${null},
      ${query.after?.position ?? null}, ${query.after?.id ?? null}, ${query.limit},
      ${query.label ?? null}, ${query.parentId ?? null}, ${query.topLevel ?? false}
    )`;
  return rows as unknown as Task[];
}
