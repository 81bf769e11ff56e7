import { type Label, type LabelInput, type LabelPatch, TASK_LABELS_MAX } from '@ordo/shared-types';
import { database } from './db.ts';
import { FieldError } from './field-error.ts';
import { violatedConstraint } from './violated-constraint.ts';

// A person's labels, acting as them (asUser): RLS decides what is theirs; null/false answer
// "not found or not yours" alike.

const parseOne = (rows: readonly unknown[]): Label | null => (rows[0] as Label | undefined) ?? null;

// The unique index compares names without regard to case; its refusal names the field.
async function namingDuplicateNames<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (violatedConstraint(error) === 'labels_user_name_key') throw new FieldError('name', `You already have a label named “${name}”`);
    throw error;
  }
}

/** The person's labels, by name without regard to case. */
export async function listLabels(userId: string): Promise<Label[]> {
  return database().asUser(userId, (tx) => tx<Label[]>`select * from public.labels order by lower(name), name, id`);
}

export async function createLabel(userId: string, input: LabelInput): Promise<Label> {
  return namingDuplicateNames(input.name, () =>
    database().asUser(userId, async (tx) => {
      const label = parseOne(await tx`insert into public.labels ${tx({ ...input, user_id: userId })} returning *`);
      if (!label) throw new Error('label insert returned no row');
      return label;
    }),
  );
}

export async function updateLabel(userId: string, id: string, patch: LabelPatch): Promise<Label | null> {
  const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return namingDuplicateNames(patch.name, () =>
    database().asUser(userId, async (tx) =>
      parseOne(
        Object.keys(changes).length === 0
          ? await tx`select * from public.labels where id = ${id}`
          : await tx`update public.labels set ${tx(changes)} where id = ${id} returning *`,
      ),
    ),
  );
}

/** Deletes a label; the tasks that carried it lose it. */
export async function deleteLabel(userId: string, id: string): Promise<boolean> {
  const rows = await database().asUser(userId, (tx) => tx`delete from public.labels where id = ${id} returning id`);
  return rows.length > 0;
}

/**
 * Puts the label of this name (any case) on the person's live task, creating the label when
 * there is none; a colour given sets the label's colour. False when the task is not theirs; a
 * FieldError on `name` when the task carries TASK_LABELS_MAX others already.
 */
export async function addTaskLabel(userId: string, taskId: string, name: string, color?: string): Promise<boolean> {
  return database().asUser(userId, async (tx) => {
    const [task] = await tx`select 1 from public.tasks where id = ${taskId} and deleted_at is null`;
    if (!task) return false;
    const [label] = await tx<{ id: string }[]>`
      insert into public.labels (user_id, name, color) values (${userId}, ${name}, ${color ?? 'gray'})
      on conflict (user_id, lower(name)) do update set color = coalesce(${color ?? null}, labels.color)
      returning id`;
    const [carried] = await tx<{ others: number }[]>`
      select count(*)::int as others from public.task_labels where task_id = ${taskId} and label_id <> ${label?.id as string}`;
    if ((carried?.others ?? 0) >= TASK_LABELS_MAX) throw new FieldError('name', `A task carries at most ${TASK_LABELS_MAX} labels`);
    await tx`
      insert into public.task_labels (task_id, label_id, user_id) values (${taskId}, ${label?.id as string}, ${userId})
      on conflict do nothing`;
    return true;
  });
}

/** Takes the label of this name (any case) off the task; the label itself stays. */
export async function removeTaskLabel(userId: string, taskId: string, name: string): Promise<boolean> {
  const rows = await database().asUser(
    userId,
    (tx) => tx`
      delete from public.task_labels tl using public.labels l
      where tl.task_id = ${taskId} and l.id = tl.label_id and lower(l.name) = lower(${name})
      returning tl.task_id`,
  );
  return rows.length > 0;
}
