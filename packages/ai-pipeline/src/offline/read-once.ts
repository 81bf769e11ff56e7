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

/** The project a task goes to, new or existing (null for none). */
function placeOf(task: TaskOperation): string | null {
  return task.project_ref ?? task.project_id;
}

/** A later task may take an earlier one's place when they are in the same project, or one of them is in none. */
// Asked of every pair of tasks: no function is made per call.
function sameOrNoProject(later: TaskOperation, earlier: TaskOperation): boolean {
  return placeOf(later) === null || placeOf(earlier) === null || placeOf(later) === placeOf(earlier);
}

/** Verbs that say how a thing is got, more than "get" does: "buy", "order", "book". */
const GETTING = new Set(['buy', 'order', 'reorder', 're-order', 'book', 'purchase', 'pick', 'grab', 'fetch', 'collect', 'source', 'renew']);
const GET = 'get';
const NEED = 'need';

/**
 * Of two sayings of one errand, the one to keep; null when they are two errands. "Get some warm
 * gloves for the boys" (what their need implies) and "Buy some warm gloves for the boys" (the step
 * said after it) are one errand, told best by "buy"; "Need the tax certificate" and "Get the tax
 * certificate" are one, told best by "get". The words after the verb are the same.
 */
function tellingSaying(one: TaskOperation, oneWords: readonly string[], other: TaskOperation, otherWords: readonly string[]): TaskOperation | null {
  if (oneWords.length < 2 || oneWords.length !== otherWords.length || !oneWords.every((word, at) => at === 0 || word === otherWords[at])) return null;
  const [oneVerb, otherVerb] = [oneWords[0] ?? '', otherWords[0] ?? ''];
  if (oneVerb === GET) return GETTING.has(otherVerb) ? other : otherVerb === NEED ? one : null;
  if (otherVerb === GET) return GETTING.has(oneVerb) ? one : oneVerb === NEED ? other : null;
  return null;
}

/** `kept` takes what `gone` said and it did not: its day and its project. */
function absorb(kept: TaskOperation, gone: TaskOperation): void {
  if (kept.due_date === null && kept.start_at === null) [kept.due_date, kept.start_at] = [gone.due_date, gone.start_at];
  if (kept.project_ref === null && kept.project_id === null) [kept.project_ref, kept.project_id] = [gone.project_ref, gone.project_id];
}

/**
 * The operations with each task a later, shorter one restates merged into that later one, which
 * takes the earlier one's day and project when it names none (so no project is left empty); of one
 * errand said twice, the more telling saying stays, as sure as the surer.
 */
export function readOnce(operations: Operation[]): Operation[] {
  const dropped = new Set<TaskOperation>();
  const tasks = operations.filter((operation): operation is TaskOperation => operation.op === 'create_task');
  // Each title's words, read once: every task is weighed against every later one.
  const words = tasks.map((task) => wordsOf(task.title));
  for (const [index, earlier] of tasks.entries()) {
    if (dropped.has(earlier)) continue;
    const earlierWords = words[index] ?? [];
    for (const [at, later] of tasks.entries()) {
      if (at <= index || dropped.has(later) || !sameOrNoProject(later, earlier)) continue;
      const laterWords = words[at] ?? [];
      if (wordsRestate(laterWords, earlierWords)) {
        dropped.add(earlier);
        absorb(later, earlier);
        break;
      }
      const kept = tellingSaying(earlier, earlierWords, later, laterWords);
      if (kept) {
        const gone = kept === later ? earlier : later;
        dropped.add(gone);
        absorb(kept, gone);
        kept.confidence = Math.max(kept.confidence ?? 0, gone.confidence ?? 0);
        if (gone === earlier) break;
      }
    }
  }
  return operations.filter((operation) => operation.op !== 'create_task' || !dropped.has(operation));
}
