import type { Operation } from '@ordo/shared-types';
import type { DraftContext } from '../../drafter.ts';
import type { EvalCase } from './dumps.ts';

/**
 * How a draft is compared with the expected changes. Titles match when their normalised forms
 * (lower case, punctuation and the words a/an/the dropped) are equal, or when their word sets
 * overlap with a Dice coefficient of at least 0.8 — one extra or missing word in five.
 */
export function normaliseTitle(title: string): string[] {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && word !== 'a' && word !== 'an' && word !== 'the');
}

export function titleSimilarity(a: string, b: string): number {
  const left = normaliseTitle(a);
  const right = normaliseTitle(b);
  if (left.join(' ') === right.join(' ')) return 1;
  const rightSet = new Set(right);
  const shared = new Set(left.filter((word) => rightSet.has(word))).size;
  return (2 * shared) / (new Set(left).size + rightSet.size || 1);
}

export const TITLE_MATCH = 0.8;

export interface CaseScore {
  name: string;
  expected: number;
  found: number;
  datesRight: number;
  datesExpected: number;
  projectsRight: number;
  projectsExpected: number;
  predictedTasks: number;
  /** Created tasks that matched an expected one (precision's numerator). */
  tasksMatched: number;
  misses: string[];
}

export function contextOf(evalCase: EvalCase): DraftContext {
  return {
    today: evalCase.today,
    timezone: evalCase.timezone,
    projects: [],
    tasks: (evalCase.open ?? []).map((task) => ({ ...task, project_id: null, status: 'todo' })),
  };
}

/** Scores one draft: recall of expected tasks and updates, exact due dates, projects. */
export function scoreCase(evalCase: EvalCase, operations: Operation[]): CaseScore {
  const projectNames = new Map<string, string>();
  for (const operation of operations) if (operation.op === 'create_project') projectNames.set(operation.ref, operation.name);
  const created = operations.flatMap((operation) => (operation.op === 'create_task' ? [operation] : []));
  const updates = operations.flatMap((operation) => (operation.op === 'update_task' ? [operation] : []));
  const unused = new Set(created);
  const score: CaseScore = {
    name: evalCase.name,
    expected: evalCase.tasks.length + (evalCase.updates?.length ?? 0),
    found: 0,
    datesRight: 0,
    datesExpected: 0,
    projectsRight: 0,
    projectsExpected: 0,
    predictedTasks: created.length,
    tasksMatched: 0,
    misses: [],
  };
  for (const task of evalCase.tasks) {
    const expectedDue = task.due ?? null;
    score.datesExpected++;
    let best: (typeof created)[number] | undefined;
    let bestSimilarity = 0;
    for (const candidate of unused) {
      const similarity = titleSimilarity(task.title, candidate.title);
      if (similarity > bestSimilarity) [best, bestSimilarity] = [candidate, similarity];
    }
    if (!best || bestSimilarity < TITLE_MATCH) {
      score.misses.push(`missing task "${task.title}"${best ? ` (closest: "${best.title}")` : ''}`);
      if (task.project !== undefined) score.projectsExpected++;
      continue;
    }
    unused.delete(best);
    score.found++;
    score.tasksMatched++;
    if (best.due_date === expectedDue) score.datesRight++;
    else score.misses.push(`"${task.title}": due ${best.due_date} instead of ${expectedDue}`);
    if (task.project !== undefined) {
      score.projectsExpected++;
      const project = best.project_ref ? (projectNames.get(best.project_ref) ?? null) : null;
      if ((project ?? '').toLowerCase() === (task.project ?? '').toLowerCase()) score.projectsRight++;
      else score.misses.push(`"${task.title}": project ${project} instead of ${task.project}`);
    }
  }
  for (const expected of evalCase.updates ?? []) {
    const update = updates.find((candidate) => candidate.task_id === expected.task_id);
    if (expected.due !== undefined) score.datesExpected++;
    const statusRight = expected.status === undefined || update?.changes.status === expected.status;
    if (!update || !statusRight) {
      score.misses.push(`missing update of ${expected.task_id}`);
      continue;
    }
    score.found++;
    if (expected.due !== undefined) {
      if (update.changes.due_date === expected.due) score.datesRight++;
      else score.misses.push(`update of ${expected.task_id}: due ${update.changes.due_date} instead of ${expected.due}`);
    }
  }
  return score;
}
