import type { Operation } from '@ordo/shared-types';
import type { DraftContext } from '../drafter.ts';

/**
 * Checks what the schema cannot: that ids name the person's own projects and tasks (a model may
 * invent a uuid), that refs are unique, and that a task's project_ref names a project proposed
 * before it. Returns the problem, or null when the operation can be applied.
 */
export class OperationReferences {
  private readonly projectIds: Set<string>;
  private readonly taskIds: Set<string>;
  private readonly refs = new Set<string>();

  constructor(context: DraftContext) {
    this.projectIds = new Set(context.projects.map((project) => project.id));
    this.taskIds = new Set(context.tasks.map((task) => task.id));
  }

  /** Validates `operation` and, when it is valid, remembers the ref it introduces. */
  accept(operation: Operation): string | null {
    const problem = this.problemWith(operation);
    if (problem === null && operation.op !== 'update_task') this.refs.add(operation.ref);
    return problem;
  }

  private problemWith(operation: Operation): string | null {
    switch (operation.op) {
      case 'create_project':
        return this.refs.has(operation.ref) ? `ref ${operation.ref} is used twice` : null;
      case 'create_task':
        if (this.refs.has(operation.ref)) return `ref ${operation.ref} is used twice`;
        if (operation.project_ref !== null && !this.refs.has(operation.project_ref)) {
          return `project_ref ${operation.project_ref} names no create_project before this task`;
        }
        if (operation.project_id !== null && !this.projectIds.has(operation.project_id)) {
          return `project_id ${operation.project_id} is not one of the person's projects`;
        }
        if (operation.project_ref !== null && operation.project_id !== null) {
          return 'set project_ref or project_id, not both';
        }
        return null;
      case 'update_task':
        if (!this.taskIds.has(operation.task_id)) return `task_id ${operation.task_id} is not one of the person's open tasks`;
        if (operation.changes.project_id != null && !this.projectIds.has(operation.changes.project_id)) {
          return `changes.project_id ${operation.changes.project_id} is not one of the person's projects`;
        }
        return null;
    }
  }
}
