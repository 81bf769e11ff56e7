import type { CreateTaskOperation, Operation, Task } from '@ordo/shared-types';
import { createNextOccurrence, isOpenStatus, type Tx } from '@ordo/supabase-client';
import { ApiError, validationFailed } from '../api/errors.ts';
import { database } from '../db.ts';
import { jsonb } from './jsonb.ts';
import type { AppliedChanges, BrainDump } from './schemas.ts';
import { readBrainDump } from './store.ts';


const APPLICABLE = new Set(['drafted', 'failed']);

/** Refs must be unique and a task's project_ref must name a project created in the same list. */
function checkReferences(operations: Operation[]): void {
  const projectRefs = new Set<string>();
  const taskRefs = new Set<string>();
  const problems: Record<string, string> = {};
  operations.forEach((operation, index) => {
    if (operation.op === 'create_project') {
      if (projectRefs.has(operation.ref)) problems[`operations.${index}.ref`] = `duplicate reference ${operation.ref}`;
      projectRefs.add(operation.ref);
    } else if (operation.op === 'create_task') {
      if (taskRefs.has(operation.ref)) problems[`operations.${index}.ref`] = `duplicate reference ${operation.ref}`;
      taskRefs.add(operation.ref);
    }
  });
  operations.forEach((operation, index) => {
    if (operation.op !== 'create_task') return;
    if (operation.project_ref !== null && !projectRefs.has(operation.project_ref)) {
      problems[`operations.${index}.project_ref`] = `no project ${operation.project_ref} among the accepted operations`;
    }
    if (operation.project_ref !== null && operation.project_id !== null) {
      problems[`operations.${index}.project_id`] = 'give project_ref or project_id, not both';
    }
  });
  if (Object.keys(problems).length > 0) throw validationFailed(problems);
}

async function nextPosition(tx: Tx, table: 'projects' | 'tasks'): Promise<number> {
  const [row] = await tx<{ next: number }[]>`
    select coalesce(max(position), 0) + 1 as next from ${tx(`public.${table}`)} where deleted_at is null
  `;
  return row?.next ?? 1;
}

async function assertLiveProject(tx: Tx, projectId: string, field: string): Promise<void> {
  const [found] = await tx`select 1 from public.projects where id = ${projectId} and deleted_at is null`;
  if (!found) throw validationFailed({ [field]: 'no such project' });
}

async function createTask(
  tx: Tx,
  userId: string,
  operation: CreateTaskOperation,
  projectId: string | null,
  position: number,
): Promise<string> {
  const [row] = await tx<{ id: string }[]>`
    insert into public.tasks ${tx({
      user_id: userId,
      title: operation.title,
      project_id: projectId,
      due_date: operation.due_date,
      start_at: operation.start_at,
      duration_minutes: operation.duration_minutes,
      priority: operation.priority,
      notes: operation.notes,
      position,
    })}
    returning id
  `;
  if (!row) throw new Error('task insert returned no row');
  return row.id;
}

async function applyOperations(tx: Tx, userId: string, operations: Operation[]): Promise<AppliedChanges> {
  const changes: AppliedChanges = { created_project_ids: [], created_task_ids: [], updated_tasks: [] };
  const projectIds = new Map<string, string>();
  let projectPosition = await nextPosition(tx, 'projects');
  let taskPosition = await nextPosition(tx, 'tasks');
  // Projects first, so a task may come before the project it refers to.
  for (const operation of operations) {
    if (operation.op !== 'create_project') continue;
    const [row] = await tx<{ id: string }[]>`
      insert into public.projects ${tx({
        user_id: userId,
        name: operation.name,
        description: operation.description,
        position: projectPosition++,
      })}
      returning id
    `;
    if (!row) throw new Error('project insert returned no row');
    projectIds.set(operation.ref, row.id);
    changes.created_project_ids.push(row.id);
  }
  for (const [index, operation] of operations.entries()) {
    if (operation.op === 'create_task') {
      let projectId = operation.project_id;
      if (operation.project_ref !== null) projectId = projectIds.get(operation.project_ref) ?? null;
      else if (projectId !== null) await assertLiveProject(tx, projectId, `operations.${index}.project_id`);
      changes.created_task_ids.push(await createTask(tx, userId, operation, projectId, taskPosition++));
    } else if (operation.op === 'update_task') {
      const fields = Object.keys(operation.changes);
      const [before] = await tx<Record<string, unknown>[]>`
        select ${tx(fields)} from public.tasks where id = ${operation.task_id} and deleted_at is null for update
      `;
      if (!before) {
        throw new ApiError(409, 'conflict', `operations.${index}.task_id: the task no longer exists; nothing was applied`, {
          fields: { [`operations.${index}.task_id`]: 'no such task (deleted since the draft?)' },
        });
      }
      if (operation.changes.project_id) {
        await assertLiveProject(tx, operation.changes.project_id, `operations.${index}.changes.project_id`);
      }
      const [after] = await tx<Task[]>`update public.tasks set ${tx(operation.changes)} where id = ${operation.task_id} returning *`;
      // Closing a repeating task from a dump creates its next occurrence, as every other way of closing it does.
      if (after && typeof before.status === 'string' && isOpenStatus(before.status) && !isOpenStatus(after.status)) {
        await createNextOccurrence(tx, userId, after, new Date());
      }
      if (!changes.updated_tasks.some((task) => task.id === operation.task_id)) {
        changes.updated_tasks.push({ id: operation.task_id, previous: before });
      }
    }
  }
  return changes;
}

/**
 * Writes the accepted operations in one transaction, `p1`-style refs resolved to the new project
 * ids, and marks the dump applied. Any failure (a task deleted meanwhile, a project gone) rolls
 * everything back. Null when the user has no such dump.
 */
export async function applyBrainDump(
  userId: string,
  dumpId: string,
  operations: Operation[],
): Promise<{ dump: BrainDump; changes: AppliedChanges } | null> {
  checkReferences(operations);
  return database().asUser(userId, async (tx) => {
    const dump = await readBrainDump(tx, dumpId, true);
    if (!dump) return null;
    if (!APPLICABLE.has(dump.status)) {
      throw new ApiError(409, 'conflict', `this brain dump is ${dump.status}; only a drafted one can be applied`);
    }
    const changes = await applyOperations(tx, userId, operations);
    await tx`
      update public.brain_dumps
      set status = 'applied', applied_at = now(), applied_changes = ${jsonb(tx, changes)}
      where id = ${dumpId}
    `;
    const applied = await readBrainDump(tx, dumpId);
    if (!applied) throw new Error('applied brain dump vanished');
    return { dump: applied, changes };
  });
}
