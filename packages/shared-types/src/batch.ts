import { z } from 'zod';

/** Most ids one bulk or reorder call takes (a page shows at most 200 tasks; 1,000 leaves room for API clients). */
export const BATCH_IDS_MAX = 1000;

/** Distinct ids, 1 to BATCH_IDS_MAX of them: a repeated id has no meaning in a batch or an order. */
export const batchIdsSchema = z
  .array(z.uuid())
  .min(1)
  .max(BATCH_IDS_MAX)
  .refine((ids) => new Set(ids).size === ids.length, 'an id appears more than once');

export const taskBulkActionSchema = z.enum(['complete', 'reopen', 'move', 'delete', 'restore']);
export type TaskBulkAction = z.infer<typeof taskBulkActionSchema>;

// A discriminated union so that `move` requires project_id, only `complete` takes complete_subtasks.
export const taskBulkInputSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('move'),
    ids: batchIdsSchema,
    project_id: z.uuid().nullable().describe('the project to move the tasks to; null = the inbox'),
  }),
  z.strictObject({
    action: z.literal('complete'),
    ids: batchIdsSchema,
    complete_subtasks: z.boolean().optional().describe('also complete open subtasks not in ids (without it, a conflict)'),
  }),
  z.strictObject({
    action: taskBulkActionSchema.exclude(['move', 'complete']),
    ids: batchIdsSchema,
  }),
]);
export type TaskBulkInput = z.infer<typeof taskBulkInputSchema>;

/** A new order for some of the user's tasks or projects: they swap the places they hold among themselves. */
export const reorderInputSchema = z.strictObject({ ids: batchIdsSchema });
export type ReorderInput = z.infer<typeof reorderInputSchema>;
