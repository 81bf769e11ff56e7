import { z } from 'zod';
import { taskPrioritySchema } from './task.ts';
import { dateOnlySchema } from './timestamp.ts';

/**
 * Quick add: one line of text ("Call mum tomorrow 6pm for 30m p1 #Family @phone every sunday
 * deadline dec 24") read into a task by the grammar in `@ordo/ai-pipeline/quick-add`. These are
 * the shapes the browser, the endpoint and the grammar share.
 */

export const QUICK_ADD_TEXT_MAX = 1000;
/** More undone chips than one line can hold. */
export const QUICK_ADD_IGNORE_MAX = 50;

/** A stretch of the text, by UTF-16 offsets: `start` inclusive, `end` exclusive. */
export const textRangeSchema = z.strictObject({ start: z.int().min(0), end: z.int().min(0) });
export type TextRange = z.infer<typeof textRangeSchema>;

/** POST /api/tasks/quick-add. */
export const quickAddRequestSchema = z
  .strictObject({
    text: z.string().max(QUICK_ADD_TEXT_MAX).refine((text) => text.trim() !== '', 'Write the task'),
    /** Stretches the person chose to keep as plain text (chips they undid). */
    ignore: z.array(textRangeSchema).max(QUICK_ADD_IGNORE_MAX).optional(),
    /** Create the #Project the text names when the person has none of that name. */
    create_project: z.boolean().optional(),
    /** Where the task goes when the text names no #Project (null or absent: the inbox). */
    project_id: z.uuid().nullable().optional(),
  })
  .superRefine((body, context) => {
    // Refinements run even when a field failed its own parse: look only at what parsed.
    if (typeof body.text !== 'string' || !Array.isArray(body.ignore)) return;
    body.ignore.forEach((range, index) => {
      if (typeof range?.start !== 'number' || typeof range.end !== 'number') return;
      if (range.end < range.start) context.addIssue({ code: 'custom', path: ['ignore', index, 'end'], message: 'end comes before start' });
      else if (range.end > body.text.length) {
        context.addIssue({ code: 'custom', path: ['ignore', index, 'end'], message: `end is past the text's ${body.text.length} characters` });
      }
    });
  });
export type QuickAddRequest = z.infer<typeof quickAddRequestSchema>;

const spanFields = { start: z.int().min(0), end: z.int().min(0), text: z.string() };
/** A #Project or @label as read: the person's own spelling when they have one (existing), else as written. */
const namedSchema = z.object({ name: z.string(), existing: z.boolean() });

/** One piece of the text the grammar recognised, with what it means. */
export const quickAddSpanSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), ...spanFields, value: z.object({ due_date: dateOnlySchema, start_at: z.string().nullable() }) }),
  z.object({ kind: z.literal('deadline'), ...spanFields, value: dateOnlySchema }),
  z.object({ kind: z.literal('recurrence'), ...spanFields, value: z.object({ rrule: z.string(), from_completion: z.boolean() }) }),
  z.object({ kind: z.literal('duration'), ...spanFields, value: z.int().min(1) }),
  /** p1 high, p2 medium, p3 low, p4 null (not prioritised). */
  z.object({ kind: z.literal('priority'), ...spanFields, value: taskPrioritySchema.nullable() }),
  z.object({ kind: z.literal('project'), ...spanFields, value: namedSchema }),
  z.object({ kind: z.literal('label'), ...spanFields, value: namedSchema }),
]);
export type QuickAddSpan = z.infer<typeof quickAddSpanSchema>;
export type QuickAddSpanKind = QuickAddSpan['kind'];
