import { type Recurrence, readValidRrule, type Task, type TaskInput, type TaskWithExtras } from '@ordo/shared-types';
import { anchorOf, oneWithExtras, startSeries, type Tx, userTimeZone } from '@ordo/supabase-client';
import { FieldError } from './field-error.ts';
import { assertLiveParent } from './subtasks.ts';
import { setTaskLabels } from './task-labels.ts';

// A task's insert and its checks, without the app's pool: the caller brings the transaction (as
// the person), so quick add and the benchmark run the same writes.

const parseOne = (rows: readonly unknown[]): Task | null => (rows[0] as Task | undefined) ?? null;

function definedEntries<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

// The composite foreign key would refuse another user's project, but not a deleted one,
// and its error would not name the field.
export async function assertLiveProject(tx: Tx, projectId: string | null | undefined): Promise<void> {
  if (!projectId) return;
  const [found] = await tx`select 1 from public.projects where id = ${projectId} and deleted_at is null`;
  if (!found) throw new FieldError('project_id', 'That project does not exist');
}

// A rule that ends before the day it starts from would make a task that never repeats.
export async function assertRuleReaches(tx: Tx, userId: string, task: Pick<Task, 'due_date' | 'start_at'>, recurrence: Recurrence, now: Date) {
  const { until } = readValidRrule(recurrence.rrule);
  if (until === null) return;
  const anchor = anchorOf(task, await userTimeZone(tx, userId), now);
  if (until < anchor) throw new FieldError('recurrence.rrule', `UNTIL is before the task's date (${anchor})`);
}

/** createTask inside the caller's transaction (as the person), for writes that make more than the task. */
export async function insertTask(tx: Tx, userId: string, input: TaskInput, now: Date): Promise<TaskWithExtras> {
  const { recurrence, labels, ...fields } = input;
  await assertLiveProject(tx, input.project_id);
  await assertLiveParent(tx, input.parent_id);
  if (recurrence) await assertRuleReaches(tx, userId, { due_date: input.due_date ?? null, start_at: input.start_at ?? null }, recurrence, now);
  let position = input.position;
  if (position === undefined) {
    const [row] = await tx<{ next: number }[]>`
      select coalesce(max(position), 0) + 1 as next from public.tasks where deleted_at is null
    `;
    position = row?.next ?? 1;
  }
  const task = parseOne(await tx`insert into public.tasks ${tx({ ...definedEntries(fields), position, user_id: userId })} returning *`);
  if (!task) throw new Error('task insert returned no row');
  if (labels) await setTaskLabels(tx, userId, task.id, labels);
  return oneWithExtras(tx, recurrence ? await startSeries(tx, userId, task, recurrence, now) : task);
}
