import type { Operation } from '@ordo/shared-types';

/**
 * The tasks a draft creates with confidence (0.5 or more: the review shows the rest as
 * suggestions), each as its title and the name of the project it creates for it (null otherwise).
 */
export function confidentTasks(operations: Operation[]): [string, string | null][] {
  const names = new Map(operations.flatMap((operation) => (operation.op === 'create_project' ? [[operation.ref, operation.name] as const] : [])));
  return operations.flatMap((operation): [string, string | null][] =>
    operation.op === 'create_task' && (operation.confidence ?? 1) >= 0.5 ? [[operation.title, names.get(operation.project_ref ?? '') ?? null]] : [],
  );
}
