import { ApiError } from '../api/errors.ts';
import { database } from '../db.ts';
import { type AppliedChanges, appliedChangesSchema, type BrainDump } from './schemas.ts';
import { readBrainDump } from './store.ts';

function parseAppliedChanges(stored: unknown): AppliedChanges {
  const parsed = appliedChangesSchema.safeParse(stored);
  if (!parsed.success) {
    throw new ApiError(409, 'conflict', 'the changes recorded for this brain dump are not ones undo can take back; nothing was changed');
  }
  return parsed.data;
}

/**
 * Takes an applied dump back in one transaction: the tasks and projects it created are deleted
 * (tasks added to those projects since move to the inbox), and the tasks it updated get their
 * previous values back. Null when the user has no such dump.
 */
export async function undoBrainDump(userId: string, dumpId: string): Promise<BrainDump | null> {
  return database().asUser(userId, async (tx) => {
    const dump = await readBrainDump(tx, dumpId, true);
    if (!dump) return null;
    if (dump.status !== 'applied') {
      throw new ApiError(409, 'conflict', `this brain dump is ${dump.status}; only an applied one can be undone`);
    }
    const changes = parseAppliedChanges(dump.applied_changes);
    // Restored in reverse order of application, so a task updated twice ends as before the first.
    for (const task of changes.updated_tasks.toReversed()) {
      // Parsed above: only allow-listed columns; their values are as apply read them.
      await tx`update public.tasks set ${tx(task.previous as Record<string, unknown>)} where id = ${task.id}`;
    }
    if (changes.created_task_ids.length > 0) {
      await tx`delete from public.tasks where id = any(${tx.array(changes.created_task_ids)}::uuid[])`;
    }
    if (changes.created_project_ids.length > 0) {
      await tx`delete from public.projects where id = any(${tx.array(changes.created_project_ids)}::uuid[])`;
    }
    await tx`update public.brain_dumps set status = 'undone', undone_at = now() where id = ${dumpId}`;
    const undone = await readBrainDump(tx, dumpId);
    if (!undone) throw new Error('undone brain dump vanished');
    return undone;
  });
}
