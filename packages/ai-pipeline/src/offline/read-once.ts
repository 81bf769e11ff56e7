import type { Operation } from '@ordo/shared-types';

/**
 * A notice asks "Bikes in the cage must be tagged with your unit number before May 31", and the
 * reader's own note under it says "tag both bikes tonight": one task, read once. The reader's
 * shorter restatement keeps its title and its day (or the notice's day when it names none), and the
 * notice's longer reading goes.
 */

/** Words that only count or point ("both bikes", "the car"), not what the task is about. */
const POINTING = new Set(['a', 'an', 'the', 'both', 'all', 'my', 'our', 'your', 'their', 'his', 'her', 'some', 'each', 'every', 'any', 'these', 'those', 'this', 'that']);
/** Longest restatement, in words, read as the same task as a longer one. */
const RESTATEMENT_WORDS_MAX = 4;
const NOT_WORD = /[^\p{L}\p{N}'’-]+/u;

function wordsOf(title: string): string[] {
  return title.toLowerCase().split(NOT_WORD).filter(Boolean);
}

/** "tag both bikes" restates "tag bikes stored in the cage …": same verb, and its other words all in the longer one. */
function wordsRestate(shortWords: readonly string[], longWords: readonly string[]): boolean {
  if (shortWords.length < 2 || shortWords.length > RESTATEMENT_WORDS_MAX || longWords.length <= shortWords.length) return false;
  if (shortWords[0] !== longWords[0]) return false;
  const said = new Set(longWords.slice(1));
  const content = shortWords.slice(1).filter((word) => !POINTING.has(word));
  return content.length > 0 && content.every((word) => said.has(word));
}

type TaskOperation = Extract<Operation, { op: 'create_task' }>;

/** A later task may take an earlier one's place when they are in the same project, or one of them is in none. */
/** The project a task goes to, new or existing (null for none). */
function placeOf(task: TaskOperation): string | null {
  return task.project_ref ?? task.project_id;
}

// Asked of every pair of tasks: no function is made per call.
function sameOrNoProject(later: TaskOperation, earlier: TaskOperation): boolean {
  return placeOf(later) === null || placeOf(earlier) === null || placeOf(later) === placeOf(earlier);
}

/**
 * The operations with each task a later, shorter one restates merged into that later one, which
 * takes the earlier one's day and project when it names none (so no project is left empty).
 */
export function readOnce(operations: Operation[]): Operation[] {
  const dropped = new Set<TaskOperation>();
  const tasks = operations.filter((operation): operation is TaskOperation => operation.op === 'create_task');
  // Each title's words, read once: every task is weighed against every later one.
  const words = tasks.map((task) => wordsOf(task.title));
  for (const [index, earlier] of tasks.entries()) {
    const later = tasks.find(
      (candidate, at) => at > index && !dropped.has(candidate) && sameOrNoProject(candidate, earlier) && wordsRestate(words[at] ?? [], words[index] ?? []),
    );
    if (!later) continue;
    dropped.add(earlier);
    if (later.due_date === null && later.start_at === null) later.due_date = earlier.due_date;
    if (later.project_ref === null && later.project_id === null) [later.project_ref, later.project_id] = [earlier.project_ref, earlier.project_id];
  }
  return operations.filter((operation) => operation.op !== 'create_task' || !dropped.has(operation));
}
