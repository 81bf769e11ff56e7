import { z } from 'zod';
import { labelNameSchema } from './label.ts';
import { TASK_DURATION_MINUTES_MAX, TASK_LABELS_MAX, TASK_NOTES_MAX, TASK_TITLE_MAX } from './limits.ts';
import { recurrenceSchema } from './recurrence/rrule-text.ts';
import { dateOnlySchema, timestampSchema } from './timestamp.ts';

export const taskStatusSchema = z.enum(['todo', 'in_progress', 'done', 'cancelled']);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

// null means "not prioritised", distinct from 'medium'.
export const taskPrioritySchema = z.enum(['low', 'medium', 'high']);
export type TaskPriority = z.infer<typeof taskPrioritySchema>;

const durationMinutesSchema = z.int().min(1).max(TASK_DURATION_MINUTES_MAX);

/** A row of public.tasks, column for column. */
export const taskSchema = z.object({
  id: z.uuid(),
  user_id: z.uuid(),
  project_id: z.uuid().nullable(),
  title: z.string().max(TASK_TITLE_MAX),
  notes: z.string().max(TASK_NOTES_MAX).nullable(),
  status: taskStatusSchema,
  priority: taskPrioritySchema.nullable(),
  /** The day the person plans to do it. */
  due_date: dateOnlySchema.nullable(),
  start_at: timestampSchema.nullable(),
  duration_minutes: durationMinutesSchema.nullable(),
  completed_at: timestampSchema.nullable(),
  position: z.number(),
  deleted_at: timestampSchema.nullable(),
  created_at: timestampSchema,
  updated_at: timestampSchema,
  /** The day it must be done by; apart from due_date. */
  deadline: dateOnlySchema.nullable(),
  /** The repeat this occurrence follows (null: it does not repeat), and whether it counts from completion. */
  recurrence_rule: z.string().nullable(),
  recurrence_from_completion: z.boolean().nullable(),
  /** The occurrences of one repeating task share a series. */
  recurrence_series_id: z.uuid().nullable(),
  /** The day the rule gave this occurrence, wherever it was moved to since. */
  recurrence_anchor: dateOnlySchema.nullable(),
  /** The occurrence whose completion or skip created this one. */
  recurrence_previous_id: z.uuid().nullable(),
  /** The task this one is a subtask of. */
  parent_id: z.uuid().nullable(),
});
export type Task = z.infer<typeof taskSchema>;

/** How many of a task's live subtasks (cancelled ones left out) are done. */
export const subtaskProgressSchema = z.object({ done: z.int().min(0), total: z.int().min(1) });
export type SubtaskProgress = z.infer<typeof subtaskProgressSchema>;

/** A label as a task carries it: its name and colour. */
export interface TaskLabel {
  name: string;
  color: string;
}

/** A task row with its labels (sorted by name) and its subtasks' progress (null: none). */
export type TaskWithExtras = Task & { labels: TaskLabel[]; progress: SubtaskProgress | null };

/** A task as the JSON API shows it: the repeat as one `recurrence` object, the bookkeeping columns left out. */
export const taskResourceSchema = taskSchema
  .omit({ recurrence_rule: true, recurrence_from_completion: true, recurrence_anchor: true, recurrence_previous_id: true })
  .extend({
    recurrence: z.object({ rrule: z.string(), from_completion: z.boolean() }).nullable(),
    labels: z.array(z.string()),
    progress: subtaskProgressSchema.nullable(),
  });
export type TaskResource = z.infer<typeof taskResourceSchema>;

/** The repeat of a task row in the API's shape, or null. */
export function taskRecurrence(task: Pick<Task, 'recurrence_rule' | 'recurrence_from_completion'>): TaskResource['recurrence'] {
  return task.recurrence_rule === null ? null : { rrule: task.recurrence_rule, from_completion: task.recurrence_from_completion === true };
}

/** A task in the API's shape: the repeat as one object, labels by name. */
export function toTaskResource(task: TaskWithExtras): TaskResource {
  const { recurrence_rule, recurrence_from_completion, recurrence_anchor, recurrence_previous_id, labels, ...rest } = task;
  return { ...rest, labels: labels.map((label) => label.name), recurrence: taskRecurrence(task) };
}

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
  deadline: dateOnlySchema.nullable().optional(),
  recurrence: recurrenceSchema.nullable().optional(),
  /** Every label the task carries, by name; a name the person has no label for creates one. */
  labels: z.array(labelNameSchema).max(TASK_LABELS_MAX).optional(),
  parent_id: z.uuid().nullable().optional(),
});
export type TaskInput = z.infer<typeof taskInputSchema>;

/**
 * Which occurrences of a repeating task a patch changes: 'this' (the default) only this one;
 * 'future' this one and the series, so every occurrence made after it, and open ones already
 * made after it, carry the change. A change of `recurrence` always applies from this occurrence on.
 */
export const recurrenceScopeSchema = z.enum(['this', 'future']);
export type RecurrenceScope = z.infer<typeof recurrenceScopeSchema>;

// A partial update; null clears a nullable field, an absent key leaves it alone.
// complete_subtasks: closing a task as done with open subtasks completes them too (without it, a conflict).
export const taskPatchSchema = taskInputSchema
  .partial()
  .extend({ recurrence_scope: recurrenceScopeSchema.optional(), complete_subtasks: z.boolean().optional() });
export type TaskPatch = z.infer<typeof taskPatchSchema>;

/** POST /api/tasks/:id/complete: an optional body; complete_subtasks as in a patch. */
export const taskCompleteInputSchema = z.strictObject({ complete_subtasks: z.boolean().optional() });
export type TaskCompleteInput = z.infer<typeof taskCompleteInputSchema>;
