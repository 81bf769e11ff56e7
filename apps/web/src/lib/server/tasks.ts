import {
  TASK_PAGE_DEFAULT,
  type Task,
  type TaskBulkInput,
  type TaskFilter,
  type TaskInput,
  type TaskPatch,
  type TaskWithExtras,
  toTaskResource,
} from '@ordo/shared-types';
import {
  applyToFutureOccurrences,
  changeRecurrence,
  closeOccurrence,
  createNextOccurrence,
  findTask,
  isOpenStatus,
  oneWithExtras,
  searchTaskPage,
  type Tx,
  taskPage,
  withExtras,
} from '@ordo/supabase-client';
import type { Fragment } from 'postgres';
import { database } from './db.ts';
import { assertLiveProject, assertRuleReaches, insertTask } from './task-insert.ts';
import { setTaskLabels } from './task-labels.ts';
import { reorderLiveRows } from './reorder-rows.ts';
import { asParentFieldError, assertLiveParent, settleOpenSubtasks, withSubtrees } from './subtasks.ts';
import { decodeListCursor, decodeSearchCursor, encodeTaskCursor } from './task-cursor.ts';

// Every function acts as the user (asUser), so RLS alone decides what "theirs" means;
// null/false answer "not found or not yours" alike.

// Rows are `select *` of a table the shared-types schema mirrors column for column (a test
// checks the two agree), so they are typed, not re-parsed on every read.
const parseAll = (rows: readonly unknown[]): Task[] => rows as Task[];
const parseOne = (rows: readonly unknown[]): Task | null => (rows[0] as Task | undefined) ?? null;

function definedEntries<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

// The database's refusals of a task tree name the parent_id field.
async function namingTreeErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw asParentFieldError(error);
  }
}

/**
 * One page of tasks in (position, id) order, each with its labels and subtask progress;
 * next_cursor is null on the last page. With `q`, the tasks whose title or notes match it (full-text,
 * the last word as a prefix), best match first, equal matches by id.
 */
export async function listTasks(userId: string, filter: TaskFilter): Promise<{ tasks: TaskWithExtras[]; next_cursor: string | null }> {
  const limit = filter.limit ?? TASK_PAGE_DEFAULT;
  const conditions = {
    projectId: filter.project_id && filter.project_id !== 'inbox' ? filter.project_id : null,
    inbox: filter.project_id === 'inbox',
    statuses: filter.status ?? null,
    dueBefore: filter.due_before ?? null,
    dueAfter: filter.due_after ?? null,
    label: filter.label ?? null,
    parentId: filter.parent_id && filter.parent_id !== 'none' ? filter.parent_id : null,
    topLevel: filter.parent_id === 'none',
  };
  if (filter.q !== undefined) {
    const cursor = filter.cursor ? decodeSearchCursor(filter.cursor) : null;
    const after = cursor && { rank: cursor.rank, id: cursor.id };
    const ranked = await searchTaskPage(database(), userId, { ...conditions, text: filter.q, after, limit: limit + 1 });
    const page = ranked.slice(0, limit);
    const last = page.at(-1);
    return {
      tasks: await withTaskExtras(userId, page.map(({ task }) => task)),
      next_cursor: ranked.length > limit && last ? encodeTaskCursor({ position: last.task.position, id: last.task.id, rank: last.rank }) : null,
    };
  }
  const after = filter.cursor ? decodeListCursor(filter.cursor) : null;
  const rows = await taskPage(database().sql, userId, { ...conditions, after, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    tasks: await withTaskExtras(userId, page),
    next_cursor: rows.length > limit && last ? encodeTaskCursor({ position: last.position, id: last.id }) : null,
  };
}

/** The tasks, in the same order, each with its labels and subtask progress. */
export async function withTaskExtras(userId: string, tasks: Task[]): Promise<TaskWithExtras[]> {
  return tasks.length === 0 ? [] : database().asUser(userId, (tx) => withExtras(tx, tasks));
}

export async function getTask(userId: string, id: string): Promise<TaskWithExtras | null> {
  return database().asUser(userId, async (tx) => {
    const task = await findTask(tx, userId, id);
    return task && oneWithExtras(tx, task);
  });
}

/** A task's live subtasks in list order, each with its labels and own progress. */
export async function listSubtasks(userId: string, parentId: string): Promise<TaskWithExtras[]> {
  return database().asUser(userId, async (tx) =>
    withExtras(tx, parseAll(await tx`select * from public.tasks where parent_id = ${parentId} and deleted_at is null order by position, id`)),
  );
}

/**
 * New tasks go last unless a position is given; a project_id that is not a live project of the
 * user, or a parent_id not a live task of theirs, is a FieldError. With a recurrence, the task is
 * the first occurrence of a new series. Label names the person has no label for create labels.
 */
export async function createTask(userId: string, input: TaskInput, now = new Date()): Promise<TaskWithExtras> {
  return namingTreeErrors(() => database().asUser(userId, (tx) => insertTask(tx, userId, input, now)));
}

/** A task after a change, and the occurrence the change created when it closed a repeating one. */
export interface UpdatedTask {
  task: TaskWithExtras;
  next_occurrence: TaskWithExtras | null;
}

/**
 * Edits a task. On a repeating one, `recurrence_scope` 'future' carries the edit into the series
 * (applyToFutureOccurrences); a new `recurrence` always applies from this occurrence on. Closing
 * an open occurrence (done, or cancelled: a skip) creates the next in the same transaction; the
 * row lock makes a second, concurrent close find it done and create nothing. Completing a task
 * with open subtasks is an OpenSubtasksError unless `complete_subtasks` completes them too.
 */
export async function updateTask(userId: string, id: string, patch: TaskPatch, now = new Date()): Promise<UpdatedTask | null> {
  const { recurrence, recurrence_scope, labels, complete_subtasks, ...changes } = definedEntries(patch);
  return namingTreeErrors(() => database().asUser(userId, async (tx) => {
    const [before] = parseAll(await tx`select * from public.tasks where id = ${id} and deleted_at is null for update`);
    if (!before) return null;
    await assertLiveProject(tx, changes.project_id);
    await assertLiveParent(tx, changes.parent_id);
    if (changes.status === 'done' && before.status !== 'done') await settleOpenSubtasks(tx, [id], complete_subtasks === true);
    if (labels) await setTaskLabels(tx, userId, id, labels);
    let task = before;
    if (Object.keys(changes).length > 0) {
      task = parseOne(await tx`update public.tasks set ${tx(changes)} where id = ${id} returning *`) ?? task;
    }
    if (recurrence !== undefined) {
      if (recurrence) await assertRuleReaches(tx, userId, task, recurrence, now);
      task = await changeRecurrence(tx, userId, task, recurrence, now);
    }
    if (recurrence_scope === 'future') task = await applyToFutureOccurrences(tx, userId, task, patch);
    const closed = isOpenStatus(before.status) && !isOpenStatus(task.status);
    const next = closed ? await createNextOccurrence(tx, userId, task, now) : null;
    return { task: await oneWithExtras(tx, task), next_occurrence: next && (await oneWithExtras(tx, next)) };
  }));
}

/**
 * Completes a task ('done') or skips an occurrence of a repeating one ('cancelled'), answering
 * with the next occurrence: the one this close created, or the one an earlier close of the same
 * occurrence created (so two tabs completing it both see the same next one). Completing a task
 * with open subtasks is an OpenSubtasksError unless `completeSubtasks` completes them too.
 */
export async function closeTask(
  userId: string,
  id: string,
  status: 'done' | 'cancelled',
  options: { completeSubtasks?: boolean; now?: Date } = {},
): Promise<UpdatedTask | null> {
  return database().asUser(userId, async (tx) => {
    if (status === 'done') {
      const [open] = await tx`select 1 from public.tasks where id = ${id} and deleted_at is null and status in ('todo', 'in_progress') for update`;
      if (open) await settleOpenSubtasks(tx, [id], options.completeSubtasks === true);
    }
    const closed = await closeOccurrence(tx, userId, id, status, options.now ?? new Date());
    if (!closed) return null;
    return { task: await oneWithExtras(tx, closed.task), next_occurrence: closed.next && (await oneWithExtras(tx, closed.next)) };
  });
}

// Deletes the tasks and their live subtasks, all at the same instant (so a restore finds them together).
function deleteWithSubtasks(tx: Tx, ids: readonly string[]) {
  return tx<{ id: string }[]>`
    update public.tasks set deleted_at = now() where id in (${withSubtrees(tx, ids)}) and deleted_at is null returning id`;
}

/** Deletes a task and its subtasks. */
export async function deleteTask(userId: string, id: string): Promise<boolean> {
  const rows = await database().asUser(userId, (tx) => deleteWithSubtasks(tx, [id]));
  return rows.some((row) => row.id === id);
}

// Brings back deleted tasks, with the subtasks deleted with them (the same deleted_at); one whose
// project is deleted comes back in the inbox, one whose parent stays deleted as a task of its own.
function restoreWhere(tx: Tx, condition: Fragment) {
  return tx`
    with recursive tree (id, deleted_at) as (
      select t.id, t.deleted_at from public.tasks t where ${condition} and t.deleted_at is not null
      union
      select c.id, c.deleted_at from public.tasks c join tree on c.parent_id = tree.id and c.deleted_at = tree.deleted_at
    )
    update public.tasks t
    set deleted_at = null,
        project_id = case
          when exists (select 1 from public.projects p where p.id = t.project_id and p.deleted_at is null) then t.project_id
        end,
        parent_id = case
          when t.parent_id in (select id from tree)
            or exists (select 1 from public.tasks p where p.id = t.parent_id and p.deleted_at is null) then t.parent_id
        end
    where t.id in (select id from tree)
    returning t.id
  `;
}

/** Undoes deleteTask. A task whose project is deleted comes back in the inbox. */
export async function restoreTask(userId: string, id: string): Promise<boolean> {
  const rows = await database().asUser(userId, (tx) => restoreWhere(tx, tx`t.id = ${id}`));
  return rows.length > 0;
}

/**
 * One action on many tasks, all or nothing: null (and nothing changed) when any id is not one of
 * the user's live tasks, or for `restore` not one of the user's tasks at all (live ones stay as they
 * are, so undoing a batch twice is harmless). Returns the tasks after the change, in the order of ids.
 * Completing tasks with open subtasks not in the batch is an OpenSubtasksError unless
 * `complete_subtasks` completes them too; deleting a task deletes its subtasks.
 */
export async function bulkUpdateTasks(userId: string, input: TaskBulkInput): Promise<TaskWithExtras[] | null> {
  return database().asUser(userId, async (tx) => {
    const ids = tx.array(input.ids);
    const restoring = input.action === 'restore';
    // Locked in id order, so two overlapping batches cannot deadlock.
    const found = await tx`
      select id from public.tasks
      where id = any(${ids}::uuid[]) and (${restoring} or deleted_at is null)
      order by id
      for update
    `;
    if (found.length !== input.ids.length) return null;
    const listed = tx`t.id = any(${ids}::uuid[])`;
    // Rows already in the wanted state are left alone: no new updated_at, no change announced.
    switch (input.action) {
      case 'complete': {
        await settleOpenSubtasks(tx, input.ids, input.complete_subtasks === true);
        // Only the rows this statement closes create a next occurrence (a row already done was
        // closed before, by this or another request).
        const closed = parseAll(await tx`
          update public.tasks t set status = 'done' where ${listed} and t.status in ('todo', 'in_progress') returning *`);
        await tx`update public.tasks t set status = 'done' where ${listed} and t.status = 'cancelled'`;
        for (const task of closed) await createNextOccurrence(tx, userId, task, new Date());
        break;
      }
      case 'reopen':
        await tx`update public.tasks t set status = 'todo' where ${listed} and t.status in ('done', 'cancelled')`;
        break;
      case 'move':
        await assertLiveProject(tx, input.project_id);
        await tx`
          update public.tasks t set project_id = ${input.project_id}
          where ${listed} and t.project_id is distinct from ${input.project_id}::uuid
        `;
        break;
      case 'delete':
        await deleteWithSubtasks(tx, input.ids);
        break;
      case 'restore':
        await restoreWhere(tx, listed);
        break;
    }
    const byId = new Map(parseAll(await tx`select * from public.tasks t where ${listed}`).map((task) => [task.id, task]));
    return withExtras(tx, input.ids.flatMap((id) => byId.get(id) ?? []));
  });
}

/**
 * Puts the listed tasks in the given order within the places they already hold (distinctSlots), so
 * tasks outside the list keep theirs. All or nothing: null (and nothing changed) when any id is not
 * one of the user's live tasks. Returns the tasks in their new order.
 */
export async function reorderTasks(userId: string, orderedIds: string[]): Promise<TaskWithExtras[] | null> {
  return database().asUser(userId, async (tx) => {
    if (!(await reorderLiveRows(tx, 'tasks', orderedIds))) return null;
    return withExtras(tx, parseAll(await tx`select * from public.tasks where id = any(${tx.array(orderedIds)}::uuid[]) order by position, id`));
  });
}

/** `{task, next_occurrence}` as the API answers a change that may close an occurrence. */
export function nextOccurrenceJson(updated: UpdatedTask) {
  return {
    task: toTaskResource(updated.task),
    next_occurrence: updated.next_occurrence ? toTaskResource(updated.next_occurrence) : null,
  };
}
