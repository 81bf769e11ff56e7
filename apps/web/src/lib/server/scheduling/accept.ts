import { busyInterval, type Interval } from '@ordo/scheduler';
import type { AcceptBlock, AcceptedBlock, AcceptPlanInput, AcceptPlanResult, Task } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';
import { ApiError, notFound } from '../api/errors.ts';
import { database } from '../db.ts';
import { FieldError } from '../field-error.ts';
import { readBusyTime } from './busy-time.ts';
import { readSchedulingPreferences } from './preferences.ts';

const MINUTE_MS = 60_000;

const conflict = (message: string) => new ApiError(409, 'conflict', message);
const minutesOf = (block: AcceptBlock) => Math.round((block.end_at.getTime() - block.start_at.getTime()) / MINUTE_MS);

interface LockedTask {
  id: string;
  title: string;
  open: boolean;
  unchanged: boolean;
}

/** Locks the tasks (the person's only, through RLS) and says which are still open and as previewed. */
async function lockTasks(tx: Tx, byTask: Map<string, AcceptBlock[]>): Promise<Map<string, LockedTask>> {
  const ids = [...byTask.keys()];
  const versions = ids.map((id) => (byTask.get(id) as AcceptBlock[])[0]?.task_updated_at.toISOString() ?? '');
  const rows = await tx<LockedTask[]>`
    select t.id, t.title,
           t.deleted_at is null and t.status in ('todo', 'in_progress') as open,
           date_trunc('milliseconds', t.updated_at) = sent.version as unchanged
    from public.tasks t
    join unnest(${tx.array(ids)}::uuid[], ${tx.array(versions)}::timestamptz[]) as sent (id, version) on sent.id = t.id
    order by t.id
    for update of t`;
  return new Map(rows.map((row) => [row.id, row]));
}

/** Refuses (409) a block that overlaps time that became busy since the preview: an event, another task. */
async function checkStillFree(tx: Tx, blocks: AcceptBlock[], zone: string, defaultMinutes: number, titles: Map<string, string>): Promise<void> {
  const from = new Date(Math.min(...blocks.map((block) => block.start_at.getTime())));
  const to = new Date(Math.max(...blocks.map((block) => block.end_at.getTime())));
  const busy = (await readBusyTime(tx, from, to, defaultMinutes, [...titles.keys()]))
    .map((interval) => busyInterval(interval, zone))
    .filter((interval): interval is Interval => interval !== null);
  for (const block of blocks) {
    const [start, end] = [block.start_at.getTime(), block.end_at.getTime()];
    if (busy.some((interval) => interval.start < end && interval.end > start)) {
      throw conflict(`"${titles.get(block.task_id)}" at ${block.start_at.toISOString()} overlaps time that is busy now; plan again`);
    }
  }
}

/** Writes one task's place: start and duration for one block; its blocks, first start and total for several. */
async function writeTask(tx: Tx, userId: string, taskId: string, blocks: AcceptBlock[]): Promise<{ task: Task; blocks: AcceptedBlock[] }> {
  const first = blocks[0] as AcceptBlock;
  const total = blocks.reduce((sum, block) => sum + minutesOf(block), 0);
  await tx`delete from public.task_blocks where task_id = ${taskId}`;
  const written =
    blocks.length === 1
      ? []
      : await tx<AcceptedBlock[]>`
          insert into public.task_blocks ${tx(blocks.map((block) => ({ user_id: userId, task_id: taskId, start_at: block.start_at, end_at: block.end_at })))}
          returning id, task_id, start_at, end_at`;
  const [task] = await tx<Task[]>`
    update public.tasks set start_at = ${first.start_at}, duration_minutes = ${total} where id = ${taskId} returning *`;
  if (!task) throw notFound('task');
  return { task, blocks: written };
}

/**
 * Writes an accepted plan in one transaction as the person: each task gets its start and duration
 * (the total of its blocks), and a task with several blocks gets them as task_blocks (replacing
 * any it had). 404 when a task is not theirs; 409 when a task changed since the preview (or was
 * done, cancelled or deleted) or a block now overlaps busy time; 400 naming a block already over.
 * Calendar events follow from these rows (another part of Ordo writes them).
 */
export async function acceptPlan(userId: string, zone: string, input: AcceptPlanInput, now = new Date()): Promise<AcceptPlanResult> {
  input.blocks.forEach((block, index) => {
    if (block.end_at <= now) throw new FieldError(`blocks.${index}.end_at`, 'This time is already over');
  });
  const byTask = new Map<string, AcceptBlock[]>();
  for (const block of input.blocks) byTask.set(block.task_id, [...(byTask.get(block.task_id) ?? []), block]);
  for (const blocks of byTask.values()) blocks.sort((a, b) => a.start_at.getTime() - b.start_at.getTime());

  return database().asUser(userId, async (tx) => {
    // One accept at a time per person: two tabs must not both find the same time free.
    await tx`select pg_advisory_xact_lock(hashtextextended(${`plan_accept:${userId}`}, 0))`;
    const locked = await lockTasks(tx, byTask);
    if (locked.size < byTask.size) throw notFound('one or more tasks');
    for (const task of locked.values()) {
      if (!task.open || !task.unchanged) throw conflict(`"${task.title}" changed since the plan was made; plan again`);
    }
    const preferences = await readSchedulingPreferences(tx, userId);
    const titles = new Map([...locked.values()].map((task) => [task.id, task.title]));
    await checkStillFree(tx, input.blocks, zone, preferences.default_duration_minutes, titles);
    const tasks: Task[] = [];
    const blocks: AcceptedBlock[] = [];
    for (const [taskId, taskBlocks] of byTask) {
      const written = await writeTask(tx, userId, taskId, taskBlocks);
      tasks.push(written.task);
      blocks.push(...written.blocks);
    }
    return { tasks, blocks };
  });
}
