import { z } from 'zod';
import { labelNameSchema } from './label.ts';
import { dateOnlySchema } from './timestamp.ts';
import { taskStatusSchema } from './task.ts';

export const TASK_PAGE_DEFAULT = 50;
export const TASK_PAGE_MAX = 200;
export const TASK_SEARCH_MAX = 200;

// Which tasks to list. Date bounds are exclusive: due_before=2026-11-24 means due on the
// 23rd or earlier. Tasks without a due date never match a date bound.
export const taskFilterSchema = z.strictObject({
  project_id: z.union([z.uuid(), z.literal('inbox')]).optional(),
  status: z.array(taskStatusSchema).min(1).optional(),
  due_before: dateOnlySchema.optional(),
  due_after: dateOnlySchema.optional(),
  q: z.string().trim().min(1).max(TASK_SEARCH_MAX).optional(),
  /** Tasks carrying the label of this name (any case). */
  label: labelNameSchema.optional(),
  /** One task's subtasks, or 'none': tasks that are no task's subtask. */
  parent_id: z.union([z.uuid(), z.literal('none')]).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.int().min(1).max(TASK_PAGE_MAX).optional(),
});
export type TaskFilter = z.infer<typeof taskFilterSchema>;
