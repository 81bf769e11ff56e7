import { z } from 'zod';
import { TASK_DURATION_MINUTES_MAX, TASK_NOTES_MAX, TASK_TITLE_MAX } from './limits.ts';
import { dateOnlySchema, timestampSchema } from './timestamp.ts';

export const taskStatusSchema = z.enum(['todo', 'in_progress', 'done', 'cancelled']);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

// null means "not prioritised", distinct from 'medium'.
export const taskPrioritySchema = z.enum(['low', 'medium', 'high']);
export type TaskPriority = z.infer<typeof taskPrioritySchema>;

const durationMinutesSchema = z.int().min(1).max(TASK_DURATION_MINUTES_MAX);

export const taskSchema = z.object({
  id: z.uuid(),
  user_id: z.uuid(),
  project_id: z.uuid().nullable(),
  title: z.string().max(TASK_TITLE_MAX),
  notes: z.string().max(TASK_NOTES_MAX).nullable(),
  status: taskStatusSchema,
  priority: taskPrioritySchema.nullable(),
  due_date: dateOnlySchema.nullable(),
  start_at: timestampSchema.nullable(),
  duration_minutes: durationMinutesSchema.nullable(),
  completed_at: timestampSchema.nullable(),
  position: z.number(),
  deleted_at: timestampSchema.nullable(),
  created_at: timestampSchema,
  updated_at: timestampSchema,
});
export type Task = z.infer<typeof taskSchema>;

// What a client may send to create a task; the owner comes from the session and
// completed_at follows the status in the database.
export const taskInputSchema = z.strictObject({
  title: z.string().trim().min(1).max(TASK_TITLE_MAX),
  notes: z.string().max(TASK_NOTES_MAX).nullable().optional(),
  project_id: z.uuid().nullable().optional(),
  status: taskStatusSchema.optional(),
  priority: taskPrioritySchema.nullable().optional(),
  due_date: dateOnlySchema.nullable().optional(),
  start_at: timestampSchema.nullable().optional(),
  duration_minutes: durationMinutesSchema.nullable().optional(),
  position: z.number().optional(),
});
export type TaskInput = z.infer<typeof taskInputSchema>;

// A partial update; null clears a nullable field, an absent key leaves it alone.
export const taskPatchSchema = taskInputSchema.partial();
export type TaskPatch = z.infer<typeof taskPatchSchema>;
