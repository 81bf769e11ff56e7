import { z } from 'zod';
import { PROJECT_DESCRIPTION_MAX, PROJECT_NAME_MAX, TASK_DURATION_MINUTES_MAX, TASK_NOTES_MAX, TASK_TITLE_MAX } from './limits.ts';
import { taskPrioritySchema, taskStatusSchema } from './task.ts';

/**
 * The changes a brain dump proposes, in one schema for every provider (offline parser, OpenAI,
 * Anthropic). `ref`s name new projects and tasks inside one draft so tasks can point at a project
 * proposed in the same draft; applying resolves them to real ids.
 */

const taskRefSchema = z.string().regex(/^t\d{1,4}$/, 'Use a task reference such as "t3"');
const projectRefSchema = z.string().regex(/^p\d{1,4}$/, 'Use a project reference such as "p1"');
// Strings as the model writes them: a day without a zone, or an instant with an offset.
const dueDateSchema = z.iso.date();
const startAtSchema = z.iso.datetime({ offset: true });
const durationSchema = z.int().min(1).max(TASK_DURATION_MINUTES_MAX);
/**
 * How sure the drafter is that the dump asks for this change, from 0 to 1. Optional: a model may
 * leave it out, and an operation without one counts as confident.
 */
const confidenceSchema = z.number().min(0).max(1).optional();

/**
 * Below this confidence an operation is a suggestion: the review shows it rejected, one click to
 * keep, so a sentence misread as a task is never created silently.
 */
export const SUGGESTION_CONFIDENCE_BELOW = 0.5;

/** True when the drafter marked the operation as a suggestion rather than a confident change. */
export function isSuggestion(operation: { confidence?: number | undefined }): boolean {
  return operation.confidence !== undefined && operation.confidence < SUGGESTION_CONFIDENCE_BELOW;
}

export const createProjectOperationSchema = z.strictObject({
  op: z.literal('create_project'),
  ref: projectRefSchema,
  name: z.string().trim().min(1).max(PROJECT_NAME_MAX),
  description: z.string().max(PROJECT_DESCRIPTION_MAX).nullable().default(null),
  confidence: confidenceSchema,
});

export const createTaskOperationSchema = z.strictObject({
  op: z.literal('create_task'),
  ref: taskRefSchema,
  title: z.string().trim().min(1).max(TASK_TITLE_MAX),
  project_ref: projectRefSchema.nullable().default(null),
  project_id: z.uuid().nullable().default(null),
  due_date: dueDateSchema.nullable().default(null),
  start_at: startAtSchema.nullable().default(null),
  duration_minutes: durationSchema.nullable().default(null),
  priority: taskPrioritySchema.nullable().default(null),
  notes: z.string().max(TASK_NOTES_MAX).nullable().default(null),
  confidence: confidenceSchema,
});

export const taskChangesSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(TASK_TITLE_MAX),
    project_id: z.uuid().nullable(),
    due_date: dueDateSchema.nullable(),
    start_at: startAtSchema.nullable(),
    duration_minutes: durationSchema.nullable(),
    priority: taskPrioritySchema.nullable(),
    status: taskStatusSchema,
    notes: z.string().max(TASK_NOTES_MAX).nullable(),
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'Change at least one field');

/**
 * The task columns an update_task operation may change: the one list both apply (which records
 * their previous values) and undo (which writes those values back) go by.
 */
export const TASK_CHANGE_FIELDS = taskChangesSchema.keyof().options;

export const updateTaskOperationSchema = z.strictObject({
  op: z.literal('update_task'),
  task_id: z.uuid(),
  changes: taskChangesSchema,
  confidence: confidenceSchema,
});

export const operationSchema = z.discriminatedUnion('op', [
  createProjectOperationSchema,
  createTaskOperationSchema,
  updateTaskOperationSchema,
]);

export type CreateProjectOperation = z.output<typeof createProjectOperationSchema>;
export type CreateTaskOperation = z.output<typeof createTaskOperationSchema>;
export type UpdateTaskOperation = z.output<typeof updateTaskOperationSchema>;
export type Operation = z.output<typeof operationSchema>;

/** What `pnpm ordo parse` prints and what a model is asked to produce. */
export const operationsDocumentSchema = z.strictObject({ operations: z.array(operationSchema) });
export type OperationsDocument = z.output<typeof operationsDocumentSchema>;
