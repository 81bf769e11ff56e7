import { TASK_DURATION_MINUTES_MAX, type TaskBlock, type TaskBlockPatch, taskBlockSpanProblem } from '@ordo/shared-types';
import { database } from '../db.ts';
import { FieldError } from '../field-error.ts';

/**
 * Moves or resizes one of the person's blocks (as the person: RLS decides what is theirs), and in
 * the same transaction keeps its task as task_blocks' contract has it: start_at is the first
 * block's start, duration_minutes the blocks' total. null when the block is not theirs, or its
 * task is deleted. The Google side follows from these rows (another part of Ordo syncs them).
 */
export async function updateTaskBlock(userId: string, id: string, patch: TaskBlockPatch): Promise<TaskBlock | null> {
  return database().asUser(userId, async (tx) => {
    const [current] = await tx<{ task_id: string; start_at: Date; end_at: Date }[]>`
      select b.task_id, b.start_at, b.end_at
      from public.task_blocks b
      join public.tasks t on t.id = b.task_id and t.deleted_at is null
      where b.id = ${id}
      for update of b
    `;
    if (!current) return null;
    const start = patch.start_at ?? current.start_at;
    const end = patch.end_at ?? current.end_at;
    const problem = taskBlockSpanProblem(start, end);
    if (problem) throw new FieldError(patch.end_at ? 'end_at' : 'start_at', problem);

    const [block] = await tx<TaskBlock[]>`
      update public.task_blocks set start_at = ${start}, end_at = ${end} where id = ${id} returning *
    `;
    const [totals] = await tx<{ first_start: Date; minutes: number }[]>`
      select min(start_at) as first_start, (sum(extract(epoch from end_at - start_at)) / 60)::int as minutes
      from public.task_blocks where task_id = ${current.task_id}
    `;
    if (!block || !totals) throw new Error('task block update returned no row');
    if (totals.minutes > TASK_DURATION_MINUTES_MAX) {
      throw new FieldError(patch.end_at ? 'end_at' : 'start_at', `The task's blocks would add up to more than ${TASK_DURATION_MINUTES_MAX / 60} hours`);
    }
    await tx`
      update public.tasks set start_at = ${totals.first_start}, duration_minutes = ${totals.minutes}
      where id = ${current.task_id}
        and (start_at is distinct from ${totals.first_start} or duration_minutes is distinct from ${totals.minutes})
    `;
    return block;
  });
}
