import { z } from 'zod';
import { timestampSchema } from '../timestamp.ts';

/** A block's longest span (the task_blocks_positive constraint). */
export const TASK_BLOCK_MAX_MINUTES = 24 * 60;

/** One chunk of a task's work placed on the calendar (table task_blocks). */
export const taskBlockSchema = z.object({
  id: z.uuid(),
  user_id: z.uuid(),
  task_id: z.uuid(),
  start_at: timestampSchema,
  end_at: timestampSchema,
  created_at: timestampSchema,
  updated_at: timestampSchema,
});
export type TaskBlock = z.infer<typeof taskBlockSchema>;

/**
 * Moving or resizing a block: either time or both. When only one is sent, the other is the
 * block's current one, so the span check against it happens where the row is read.
 */
export const taskBlockPatchSchema = z
  .strictObject({
    start_at: timestampSchema.optional(),
    end_at: timestampSchema.optional(),
  })
  .superRefine((patch, ctx) => {
    if (patch.start_at === undefined && patch.end_at === undefined) {
      ctx.addIssue({ code: 'custom', path: ['start_at'], message: 'Send start_at, end_at or both' });
      return;
    }
    // Refinements also see fields that failed their own parse (reported separately): only real dates are compared.
    if (patch.start_at instanceof Date && patch.end_at instanceof Date) {
      const problem = taskBlockSpanProblem(patch.start_at, patch.end_at);
      if (problem) ctx.addIssue({ code: 'custom', path: ['end_at'], message: problem });
    }
  });
export type TaskBlockPatch = z.infer<typeof taskBlockPatchSchema>;

/** Why a block from `start` to `end` cannot exist, or null when it can. */
export function taskBlockSpanProblem(start: Date, end: Date): string | null {
  if (end.getTime() <= start.getTime()) return 'Must be after start_at';
  if (end.getTime() - start.getTime() > TASK_BLOCK_MAX_MINUTES * 60_000) return 'A block lasts at most 24 hours';
  return null;
}
