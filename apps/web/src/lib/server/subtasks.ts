import { SUBTASK_LEVELS_MAX } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';
import { FieldError } from './field-error.ts';
import { OpenSubtasksError } from './open-subtasks-error.ts';
import { violatedConstraint } from './violated-constraint.ts';

// Subtask rules the app applies before the database's own (20261205180000): a parent must be a
// live task; completing a task settles its open subtasks first.

/** A parent_id that is not one of the person's live tasks is a FieldError. */
export async function assertLiveParent(tx: Tx, parentId: string | null | undefined): Promise<void> {
  if (!parentId) return;
  const [found] = await tx`select 1 from public.tasks where id = ${parentId} and deleted_at is null`;
  if (!found) throw new FieldError('parent_id', 'That task does not exist');
}

const TREE_ERRORS: Record<string, string> = {
  tasks_parent_no_cycle: 'A task cannot be a subtask of itself or of its own subtasks',
  tasks_parent_not_self: 'A task cannot be a subtask of itself or of its own subtasks',
  tasks_parent_depth: `Subtasks nest at most ${SUBTASK_LEVELS_MAX} levels deep`,
  tasks_parent_same_user: 'That task does not exist',
  tasks_subtask_does_not_repeat: 'A subtask cannot repeat, nor a repeating task be a subtask',
};

/** The database's refusal of a task tree as a FieldError on parent_id; other errors unchanged. */
export function asParentFieldError(error: unknown): unknown {
  const message = TREE_ERRORS[violatedConstraint(error) ?? ''];
  return message ? new FieldError('parent_id', message) : error;
}

/** The live, open tasks beneath these ones (at any level), excluding the listed ones themselves. */
export function openDescendants(tx: Tx, ids: readonly string[]) {
  return tx<{ id: string; title: string }[]>`
    with recursive below (id) as (
      select c.id from public.tasks c where c.parent_id = any(${tx.array([...ids])}::uuid[]) and c.deleted_at is null
      union
      select c.id from public.tasks c join below on c.parent_id = below.id where c.deleted_at is null
    )
    select t.id, t.title from public.tasks t join below using (id)
    where t.status in ('todo', 'in_progress') and not (t.id = any(${tx.array([...ids])}::uuid[]))
    order by t.position, t.id`;
}

/**
 * Before tasks are completed: their open subtasks are completed too when `completeThem`, and
 * otherwise make it an OpenSubtasksError naming them. Subtasks never repeat, so completing them
 * creates no occurrence.
 */
export async function settleOpenSubtasks(tx: Tx, ids: readonly string[], completeThem: boolean): Promise<void> {
  const open = await openDescendants(tx, ids);
  if (open.length === 0) return;
  if (!completeThem) throw new OpenSubtasksError(open);
  await tx`update public.tasks set status = 'done' where id = any(${tx.array(open.map((task) => task.id))}::uuid[])`;
}

/** The live subtrees under these tasks, the tasks themselves included. */
export function withSubtrees(tx: Tx, ids: readonly string[]) {
  return tx`
    with recursive tree (id) as (
      select unnest(${tx.array([...ids])}::uuid[])
      union
      select c.id from public.tasks c join tree on c.parent_id = tree.id where c.deleted_at is null
    )
    select id from tree`;
}
