import { z } from 'zod';
import { TASK_DURATION_MINUTES_MAX, TASK_TITLE_MAX } from '../limits.ts';
import { taskSchema } from '../task.ts';
import { dateOnlySchema, timestampSchema } from '../timestamp.ts';
import { planBlockSchema, unplacedTaskSchema } from './plan-result.ts';

/** What "Plan my day / week" covers: the day of `date`, or the Monday-to-Sunday week holding it (today when absent). */
export const planRangeKindSchema = z.enum(['day', 'week']);
export type PlanRangeKind = z.infer<typeof planRangeKindSchema>;

/** The body of POST /api/schedule/plan. */
export const planRequestSchema = z.strictObject({
  range: planRangeKindSchema,
  date: dateOnlySchema.optional(),
  /** Re-plan tasks whose scheduled time passed undone in the last week (default true). */
  include_missed: z.boolean().optional(),
});
export type PlanRequest = z.infer<typeof planRequestSchema>;

/** A block of a task whose scheduled time is over (ended before now) while the task is not done. */
export const missedBlockSchema = z.object({
  task_id: z.uuid(),
  title: z.string().max(TASK_TITLE_MAX),
  start_at: timestampSchema,
  end_at: timestampSchema,
});
export type MissedBlock = z.infer<typeof missedBlockSchema>;

/** The preview: nothing is written until the person accepts (a version of) it. */
export const planPreviewSchema = z.object({
  range: z.object({ from: dateOnlySchema, to: dateOnlySchema }),
  time_zone: z.string(),
  generated_at: timestampSchema,
  /** Send each block back with its task_updated_at to accept it. */
  blocks: z.array(planBlockSchema.extend({ task_id: z.uuid(), title: z.string().max(TASK_TITLE_MAX), task_updated_at: timestampSchema })),
  unplaced: z.array(unplacedTaskSchema.extend({ task_id: z.uuid(), title: z.string().max(TASK_TITLE_MAX) })),
  /** Missed blocks of the last week, earliest first; their tasks are in this plan unless include_missed was false. */
  missed: z.array(missedBlockSchema),
});
export type PlanPreview = z.infer<typeof planPreviewSchema>;

export const ACCEPT_BLOCKS_MAX = 500;
/** Plans and accepts a person may ask for in a minute (both count). */
export const PLAN_RUNS_PER_MINUTE = 60;
/** How far back a missed block is still offered for rescheduling. */
export const MISSED_LOOKBACK_DAYS = 7;
const DAY_MS = 86_400_000;

// Refinements can see fields that failed their own parse (zod reports those separately): a
// timestamp that is not a Date yet reads as NaN and every comparison with it is false.
const ms = (value: unknown) => (value instanceof Date ? value.getTime() : Number.NaN);

/** One block to write: a task's time, as previewed or as the person moved it. */
export const acceptBlockSchema = z
  .strictObject({
    task_id: z.uuid(),
    /** The task's updated_at from the preview: a task changed since is refused (409). */
    task_updated_at: timestampSchema,
    start_at: timestampSchema,
    end_at: timestampSchema,
  })
  .refine((block) => !(ms(block.end_at) <= ms(block.start_at)), { message: 'Choose an end after the start', path: ['end_at'] })
  .refine((block) => !(ms(block.end_at) - ms(block.start_at) > DAY_MS), { message: 'A block lasts at most 24 hours', path: ['end_at'] });
export type AcceptBlock = z.infer<typeof acceptBlockSchema>;

/**
 * The body of POST /api/schedule/accept: the blocks to write. One block sets its task's start and
 * duration; several become the task's blocks. Blocks may not overlap one another, the blocks of a
 * task carry the same task_updated_at, and add up to at most a task's longest duration.
 */
export const acceptPlanInputSchema = z
  .strictObject({ blocks: z.array(acceptBlockSchema).min(1).max(ACCEPT_BLOCKS_MAX) })
  .superRefine(({ blocks }, context) => {
    if (!blocks.every((block) => block.start_at instanceof Date && block.end_at instanceof Date && block.task_updated_at instanceof Date)) return;
    const byStart = blocks.map((block, index) => ({ block, index })).sort((a, b) => ms(a.block.start_at) - ms(b.block.start_at));
    for (let k = 1; k < byStart.length; k++) {
      const [before, after] = [byStart[k - 1], byStart[k]] as [(typeof byStart)[0], (typeof byStart)[0]];
      if (ms(after.block.start_at) < ms(before.block.end_at)) {
        context.addIssue({ code: 'custom', message: 'Overlaps another block of this plan', path: ['blocks', after.index, 'start_at'] });
      }
    }
    const firstOfTask = new Map<string, { version: number; minutes: number }>();
    blocks.forEach((block, index) => {
      const minutes = (block.end_at.getTime() - block.start_at.getTime()) / 60_000;
      const seen = firstOfTask.get(block.task_id);
      if (!seen) {
        firstOfTask.set(block.task_id, { version: block.task_updated_at.getTime(), minutes });
        return;
      }
      if (seen.version !== block.task_updated_at.getTime()) {
        context.addIssue({ code: 'custom', message: 'Differs from the other blocks of this task', path: ['blocks', index, 'task_updated_at'] });
      }
      seen.minutes += minutes;
      if (seen.minutes > TASK_DURATION_MINUTES_MAX) {
        context.addIssue({ code: 'custom', message: `A task's blocks add up to at most ${TASK_DURATION_MINUTES_MAX} minutes`, path: ['blocks', index, 'end_at'] });
      }
    });
  });
export type AcceptPlanInput = z.infer<typeof acceptPlanInputSchema>;

/** A block as written to task_blocks. */
export const acceptedBlockSchema = z.object({
  id: z.uuid(),
  task_id: z.uuid(),
  start_at: timestampSchema,
  end_at: timestampSchema,
});
export type AcceptedBlock = z.infer<typeof acceptedBlockSchema>;

/** What accepting wrote: the tasks as they are now, and the blocks of the tasks that were split. */
export const acceptPlanResultSchema = z.object({
  tasks: z.array(taskSchema),
  blocks: z.array(acceptedBlockSchema),
});
export type AcceptPlanResult = z.infer<typeof acceptPlanResultSchema>;
