import { type Operation, SUGGESTION_CONFIDENCE_BELOW } from '@ordo/shared-types';

/**
 * The tasks a draft creates with confidence (0.5 or more: the review shows the rest as
 * suggestions), each as its title and the name of the project it creates for it (null otherwise).
 */
export function confidentTasks(operations: Operation[]): [string, string | null][] {
  return tasksAtLeast(operations, SUGGESTION_CONFIDENCE_BELOW);
}

/**
 * Every task a draft proposes, suggestions too, as `confidentTasks` gives them: for tests of what
 * the rules read (which items, under which group), whichever side of one half the learned
 * confidence puts a bare noun such as "groceries".
 */
export function draftedTasks(operations: Operation[]): [string, string | null][] {
  return tasksAtLeast(operations, 0);
}

function tasksAtLeast(operations: Operation[], confidence: number): [string, string | null][] {
  const names = new Map(operations.flatMap((operation) => (operation.op === 'create_project' ? [[operation.ref, operation.name] as const] : [])));
  return operations.flatMap((operation): [string, string | null][] =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= confidence ? [[operation.title, names.get(operation.project_ref ?? '') ?? null]] : [],
  );
}

/** The tasks a draft creates with confidence, each as its title and its due date (null when it has none). */
export function confidentTitlesAndDays(operations: Operation[]): [string, string | null][] {
  return operations.flatMap((operation): [string, string | null][] =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= SUGGESTION_CONFIDENCE_BELOW ? [[operation.title, operation.due_date]] : [],
  );
}

/** Tasks as `confidentTasks` or `draftedTasks` give them, each as "project / title" ("- / title" when it has none). */
export function asGroupedLines(tasks: [string, string | null][]): string[] {
  return tasks.map(([title, project]) => `${project ?? '-'} / ${title}`);
}
