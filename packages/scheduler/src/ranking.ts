import type { PlanRange, PlanTask, TaskPriority } from '@ordo/shared-types';

// Not prioritised (null) ranks below medium and above low: the person has not said it can wait.
const PRIORITY_RANK: Record<TaskPriority | 'none', number> = { high: 0, medium: 1, none: 2, low: 3 };

/** The date a task is ranked by: its deadline, else its due date. */
export function rankingDate(task: PlanTask): string | null {
  return task.deadline ?? task.due_date ?? null;
}

/**
 * The order tasks are placed in, each into the free time the ones before it left:
 * 1. first, tasks that are *bound*: their deadline (else due date) falls on or before the range's
 *    last day (overdue ones included), or their priority is high;
 * 2. then earliest deadline (else due date); tasks with neither come after all dated ones;
 * 3. then priority: high, medium, none, low;
 * 4. then the person's own order (position), then id, so equal tasks never swap between runs.
 */
export function rankTasks(tasks: readonly PlanTask[], range: PlanRange): PlanTask[] {
  const keyed = tasks.map((task) => {
    const date = rankingDate(task);
    const bound = (date !== null && date <= range.to) || task.priority === 'high';
    return { task, bound: bound ? 0 : 1, date: date ?? '\uffff', priority: PRIORITY_RANK[task.priority ?? 'none'] };
  });
  keyed.sort(
    (a, b) =>
      a.bound - b.bound ||
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      a.priority - b.priority ||
      a.task.position - b.task.position ||
      (a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0),
  );
  return keyed.map((entry) => entry.task);
}
