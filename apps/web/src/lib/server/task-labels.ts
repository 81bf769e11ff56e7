import type { Tx } from '@ordo/supabase-client';

/**
 * Makes `names` the task's labels: a name the person has no label for (without regard to case)
 * becomes a new label in the default colour; labels not named are taken off the task.
 */
export async function setTaskLabels(tx: Tx, userId: string, taskId: string, names: readonly string[]): Promise<void> {
  const byLowered = new Map(names.map((name) => [name.toLowerCase(), name]));
  const wanted = tx.array([...byLowered.values()]);
  const lowered = tx.array([...byLowered.keys()]);
  await tx`
    insert into public.labels (user_id, name)
    select ${userId}, name from unnest(${wanted}::text[]) as n(name)
    on conflict (user_id, lower(name)) do nothing`;
  await tx`
    delete from public.task_labels tl using public.labels l
    where tl.task_id = ${taskId} and l.id = tl.label_id and not (lower(l.name) = any(${lowered}::text[]))`;
  await tx`
    insert into public.task_labels (task_id, label_id, user_id)
    select ${taskId}, l.id, ${userId} from public.labels l
    where l.user_id = ${userId} and lower(l.name) = any(${lowered}::text[])
    on conflict do nothing`;
}
