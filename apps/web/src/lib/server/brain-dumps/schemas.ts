import { operationSchema, TASK_CHANGE_FIELDS } from '@ordo/shared-types';
import { z } from 'zod';

/** Longest brain dump accepted, in characters; longer text is refused with a 413 naming this limit. */
export const BRAIN_DUMP_TEXT_MAX = 20_000;

/** Most operations one apply accepts; a draft of a 20,000-character dump stays well below it. */
export const APPLY_OPERATIONS_MAX = 500;

export const brainDumpStatusSchema = z.enum(['pending', 'drafting', 'drafted', 'failed', 'applied', 'undone']);
export type BrainDumpStatus = z.infer<typeof brainDumpStatusSchema>;

// The length is checked by the endpoint, which answers 413 rather than 400 for it.
export const brainDumpInputSchema = z.strictObject({
  text: z.string().trim().min(1, 'write something to draft from'),
});

/** The operations the person accepted, possibly edited; `ref`s point within this list only. */
export const applyInputSchema = z.strictObject({
  operations: z.array(operationSchema).min(1, 'accept at least one operation').max(APPLY_OPERATIONS_MAX),
});
export type ApplyInput = z.output<typeof applyInputSchema>;

/**
 * What apply wrote, so undo can take it back: the projects and tasks it created, and the tasks it
 * updated with the previous values of the fields it changed. Those values are written back as
 * column names, so only the fields an operation may change pass: the stored record is data a user
 * could have rewritten, not a trusted one.
 */
export const appliedChangesSchema = z.object({
  created_project_ids: z.array(z.uuid()),
  created_task_ids: z.array(z.uuid()),
  updated_tasks: z.array(z.object({ id: z.uuid(), previous: z.partialRecord(z.enum(TASK_CHANGE_FIELDS), z.unknown()) })),
});
export type AppliedChanges = z.output<typeof appliedChangesSchema>;

/** One event as the stream sends it and the row keeps it, for replay. */
export const streamEventSchema = z.object({
  event: z.enum(['status', 'operation', 'usage', 'done', 'error']),
  data: z.unknown(),
});
export type StreamEvent = z.infer<typeof streamEventSchema>;

const timestamp = z.date();

/** A brain dump as the API returns it (its stream events are served by the stream endpoint). */
export const brainDumpSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  status: brainDumpStatusSchema,
  provider: z.string().nullable(),
  model: z.string().nullable(),
  operations: z.array(operationSchema),
  usage: z.record(z.string(), z.unknown()).nullable(),
  error: z.string().nullable(),
  applied_changes: z.unknown().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
  drafted_at: timestamp.nullable(),
  applied_at: timestamp.nullable(),
  undone_at: timestamp.nullable(),
});
export type BrainDump = z.infer<typeof brainDumpSchema>;

/** A line of history: the dump without its full text and operations. */
export const brainDumpSummarySchema = brainDumpSchema
  .pick({ id: true, status: true, provider: true, created_at: true, applied_at: true })
  .extend({ excerpt: z.string(), operation_count: z.int() });
export type BrainDumpSummary = z.infer<typeof brainDumpSummarySchema>;
