import { isSuggestion, type Operation } from '@ordo/shared-types';
import type { DraftContext } from '../../drafter.ts';
import type { EvalCase } from './dumps.ts';

/** "w/" and "w/o", the written shorthand for "with" and "without": the same words, spelled short. */
const WITH_SHORTHAND = /\bw\/(o\b)?/g;

/**
 * How a draft is compared with the expected changes. Titles match when their normalised forms
 * (lower case, "w/" read as "with", punctuation and the words a/an/the dropped) are equal, or when
 * their word sets overlap with a Dice coefficient of at least 0.8 — one extra or missing word in five.
 */
export function normaliseTitle(title: string): string[] {
  return title
    .toLowerCase()
    .replace(WITH_SHORTHAND, (_shorthand, out: string | undefined) => (out ? 'without' : 'with '))
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

/**
 * A looser match, for a diagnostic only ("titles aside"): most of the shorter title's words are in
 * the longer one ("Leave" and "Leave for Denver"), which tells a task drafted with another title —
 * a clause kept or cut — from a task not drafted at all. The headline figures use `TITLE_MATCH`.
 */
export const LOOSE_TITLE_OVERLAP = 0.75;

export function titleOverlap(a: string, b: string): number {
  const left = new Set(normaliseTitle(a));
  const right = new Set(normaliseTitle(b));
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / (Math.min(left.size, right.size) || 1);
}

export interface CaseScore {
  name: string;
  expected: number;
  found: number;
  datesRight: number;
  datesExpected: number;
  projectsRight: number;
  projectsExpected: number;
  /** Found tasks, and expected tasks missed only by their title's wording (`LOOSE_TITLE_OVERLAP`). */
  foundTitlesAside: number;
  /** Found tasks with an expected project (or an expected none): grouping apart from recall. */
  projectsFound: number;
  /** Of those, tasks drafted with the same companions as expected, whatever the group is named. */
  projectsGroupedRight: number;
  prioritiesRight: number;
  prioritiesExpected: number;
  /** Tasks proposed as confident changes (what the person gets unless they reject it). */
  predictedTasks: number;
  /** Confident tasks that matched an expected one (precision's numerator). */
  tasksMatched: number;
  /** Tasks proposed as suggestions (shown rejected, one click to keep). */
  suggestedTasks: number;
  /** Suggestions that are expected tasks the confident tasks missed. */
  suggestionsMatched: number;
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

/** The candidate whose title is most like `title` (the first of equals), and how alike they are. */
export function closest<T extends { title: string }>(title: string, candidates: Iterable<T>): { task: T | undefined; similarity: number } {
  let task: T | undefined;
  let similarity = 0;
  for (const candidate of candidates) {
    const next = titleSimilarity(title, candidate.title);
    if (next > similarity) [task, similarity] = [candidate, next];
  }
  return { task, similarity };
}

interface Grouping {
  expected: string | null;
  drafted: string | null;
}

/**
 * How many found tasks sit with the right companions, names aside: each expected group is paired
 * with the drafted group holding most of its tasks (largest pairs first, each drafted group used
 * once), and a task counts when it landed in its group's pair, or in none when none was expected.
 * Set against the exact-name figure, it tells misnamed groups from tasks put in the wrong group.
 */
function groupedRight(groupings: Grouping[]): number {
  const pairs = new Map<string, { expected: string; drafted: string; count: number }>();
  for (const { expected, drafted } of groupings) {
    if (expected === null || drafted === null) continue;
    const key = JSON.stringify([expected, drafted]);
    const pair = pairs.get(key) ?? { expected, drafted, count: 0 };
    pair.count++;
    pairs.set(key, pair);
  }
  const pairedWith = new Map<string, string>();
  const used = new Set<string>();
  for (const pair of [...pairs.values()].sort((a, b) => b.count - a.count)) {
    if (pairedWith.has(pair.expected) || used.has(pair.drafted)) continue;
    pairedWith.set(pair.expected, pair.drafted);
    used.add(pair.drafted);
  }
  return groupings.filter(({ expected, drafted }) => (expected === null ? drafted === null : drafted !== null && pairedWith.get(expected) === drafted)).length;
}

/** How many of the missed titles a leftover drafted task matches loosely, each drafted task used once, closest pairs first. */
function looselyMatched(missed: string[], leftovers: Iterable<{ title: string }>): number {
  const pairs = missed.flatMap((title, index) => [...leftovers].map((task) => ({ index, task, overlap: titleOverlap(title, task.title) })));
  const usedMissed = new Set<number>();
  const usedDrafted = new Set<unknown>();
  for (const pair of pairs.filter((one) => one.overlap >= LOOSE_TITLE_OVERLAP).sort((a, b) => b.overlap - a.overlap)) {
    if (usedMissed.has(pair.index) || usedDrafted.has(pair.task)) continue;
    usedMissed.add(pair.index);
    usedDrafted.add(pair.task);
  }
  return usedMissed.size;
}

/**
 * Scores one draft as the review first shows it: confident operations are kept, suggestions are
 * not (a project the review rejects sends its tasks to the inbox). Recall, exact due dates,
 * projects and priorities are over expected tasks (a missed task counts as wrong for each);
 * suggestions are counted apart, with the expected tasks among them.
 */
export function scoreCase(evalCase: EvalCase, operations: Operation[]): CaseScore {
  const projectNames = new Map<string, string>();
  for (const operation of operations) {
    if (operation.op === 'create_project' && !isSuggestion(operation)) projectNames.set(operation.ref, operation.name);
  }
  const kept = operations.filter((operation) => !isSuggestion(operation));
  const created = kept.flatMap((operation) => (operation.op === 'create_task' ? [operation] : []));
  const suggested = operations.flatMap((operation) => (operation.op === 'create_task' && isSuggestion(operation) ? [operation] : []));
  const updates = kept.flatMap((operation) => (operation.op === 'update_task' ? [operation] : []));
  const unused = new Set(created);
  const unusedSuggestions = new Set(suggested);
  const groupings: Grouping[] = [];
  const missedTitles: string[] = [];
  const score: CaseScore = {
    name: evalCase.name,
    expected: evalCase.tasks.length + (evalCase.updates?.length ?? 0),
    found: 0,
    foundTitlesAside: 0,
    datesRight: 0,
    datesExpected: 0,
    projectsRight: 0,
    projectsExpected: 0,
    projectsFound: 0,
    projectsGroupedRight: 0,
    prioritiesRight: 0,
    prioritiesExpected: 0,
    predictedTasks: created.length,
    tasksMatched: 0,
    suggestedTasks: suggested.length,
    suggestionsMatched: 0,
    misses: [],
  };
  for (const task of evalCase.tasks) {
    const expectedDue = task.due ?? null;
    score.datesExpected++;
    if (task.project !== undefined) score.projectsExpected++;
    if (task.priority !== undefined) score.prioritiesExpected++;
    const { task: best, similarity } = closest(task.title, unused);
    if (!best || similarity < TITLE_MATCH) {
      const suggestion = closest(task.title, unusedSuggestions);
      if (suggestion.task && suggestion.similarity >= TITLE_MATCH) {
        unusedSuggestions.delete(suggestion.task);
        score.suggestionsMatched++;
        score.misses.push(`only suggested: "${task.title}"`);
      } else {
        score.misses.push(`missing task "${task.title}"${best ? ` (closest: "${best.title}")` : ''}`);
        missedTitles.push(task.title);
      }
      continue;
    }
    unused.delete(best);
    score.found++;
    score.tasksMatched++;
    if (best.due_date === expectedDue) score.datesRight++;
    else score.misses.push(`"${task.title}": due ${best.due_date} instead of ${expectedDue}`);
    if (task.project !== undefined) {
      const project = best.project_ref ? (projectNames.get(best.project_ref) ?? null) : null;
      groupings.push({ expected: task.project?.toLowerCase() ?? null, drafted: project?.toLowerCase() ?? null });
      if ((project ?? '').toLowerCase() === (task.project ?? '').toLowerCase()) score.projectsRight++;
      else score.misses.push(`"${task.title}": project ${project} instead of ${task.project}`);
    }
    if (task.priority !== undefined) {
      if (best.priority === task.priority) score.prioritiesRight++;
      else score.misses.push(`"${task.title}": priority ${best.priority} instead of ${task.priority}`);
    }
  }
  for (const task of unused) score.misses.push(`invented task "${task.title}"`);
  score.foundTitlesAside = score.found + looselyMatched(missedTitles, unused);
  score.projectsFound = groupings.length;
  score.projectsGroupedRight = groupedRight(groupings);
  for (const expected of evalCase.updates ?? []) {
    const update = updates.find((candidate) => candidate.task_id === expected.task_id);
    if (expected.due !== undefined) score.datesExpected++;
    const statusRight = expected.status === undefined || update?.changes.status === expected.status;
    if (!update || !statusRight) {
      score.misses.push(`missing update of ${expected.task_id}`);
      continue;
    }
    score.found++;
    score.foundTitlesAside++;
    if (expected.due !== undefined) {
      if (update.changes.due_date === expected.due) score.datesRight++;
      else score.misses.push(`update of ${expected.task_id}: due ${update.changes.due_date} instead of ${expected.due}`);
    }
  }
  return score;
}
