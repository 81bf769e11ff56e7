import type { SubtaskProgress, Task, TaskLabel, TaskWithExtras } from '@ordo/shared-types';
import type { Tx } from '../db.ts';

/**
 * Select-list columns for the task aliased `t`: `labels`, its labels' names and colours sorted by
 * name without regard to case, and `progress`, `{done, total}` over its live subtasks (cancelled ones left out), null
 * without any. Each is a lookup by index per task.
 */
export const taskExtrasColumns = (tx: Tx) =>
  tx`(select coalesce(json_agg(json_build_object('name', l.name, 'color', l.color) order by lower(l.name), l.name), '[]')
        from task_labels tl join labels l on l.id = tl.label_id where tl.task_id = t.id) as labels,
      (select case when count(*) > 0 then json_build_object('done', count(*) filter (where c.status = 'done'), 'total', count(*)) end
        from tasks c where c.parent_id = t.id and c.deleted_at is null and c.status <> 'cancelled') as progress`;

interface ExtrasRow {
  id: string;
  labels: TaskLabel[];
  progress: SubtaskProgress | null;
}

/** The tasks with their labels and subtask progress, read in one statement, in the order given. */
export async function withExtras(tx: Tx, tasks: readonly Task[]): Promise<TaskWithExtras[]> {
  if (tasks.length === 0) return [];
  const rows = await tx<ExtrasRow[]>`
    select t.id, ${taskExtrasColumns(tx)}
    from unnest(${tx.array(tasks.map((task) => task.id))}::uuid[]) as t(id)`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return tasks.map((task) => ({ ...task, labels: byId.get(task.id)?.labels ?? [], progress: byId.get(task.id)?.progress ?? null }));
}

/** One task with its labels and subtask progress. */
export async function oneWithExtras(tx: Tx, task: Task): Promise<TaskWithExtras> {
  const [decorated] = await withExtras(tx, [task]);
  return decorated ?? { ...task, labels: [], progress: null };
}
