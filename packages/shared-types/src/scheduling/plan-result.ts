import { z } from 'zod';
import { timestampSchema } from '../timestamp.ts';

/**
 * Why a task was left out of a plan:
 * - `deadline_too_tight`: less free time before its deadline than the task needs;
 * - `no_room`: less free time in the whole range than the task needs;
 * - `no_fitting_slot`: enough time in total, but not in one piece (splitting off or the task too
 *   short to split) or not in pieces of the minimum chunk length;
 * - `deadline_before_range`: its deadline falls before the range begins (plan an earlier day).
 */
export const UNPLACED_CODES = ['deadline_too_tight', 'no_room', 'no_fitting_slot', 'deadline_before_range'] as const;
export const unplacedCodeSchema = z.enum(UNPLACED_CODES);
export type UnplacedCode = z.infer<typeof unplacedCodeSchema>;

/** One stretch of a task's work: chunk n of m (1 of 1 when it is not split). */
export const planBlockSchema = z.object({
  task_id: z.string(),
  start_at: timestampSchema,
  end_at: timestampSchema,
  chunk: z.int().min(1),
  chunks: z.int().min(1),
  /** Why it sits where it ranks, for people: "high priority, due Fri 5 Dec". */
  reason: z.string(),
});
export type PlanBlock = z.infer<typeof planBlockSchema>;

/** A task the plan could not place, with the numbers behind it. */
export const unplacedTaskSchema = z.object({
  task_id: z.string(),
  code: unplacedCodeSchema,
  /** For people, with the numbers: "needs 6 h by Fri 5 Dec, 3.5 h free". */
  reason: z.string(),
  needed_minutes: z.int().min(0),
  /** Free time the task could have used (before its deadline, or in the range), after the tasks ranked above it. */
  free_minutes: z.int().min(0),
  /** The longest of those free stretches. */
  longest_free_minutes: z.int().min(0),
});
export type UnplacedTask = z.infer<typeof unplacedTaskSchema>;

/** Blocks in time order; unplaced tasks in the order they were ranked. */
export const planResultSchema = z.object({
  blocks: z.array(planBlockSchema),
  unplaced: z.array(unplacedTaskSchema),
});
export type PlanResult = z.infer<typeof planResultSchema>;
