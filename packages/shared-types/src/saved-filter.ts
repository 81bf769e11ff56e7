import { z } from 'zod';
import { describeFilterError, FILTER_QUERY_MAX, parseTaskFilter } from './task-filter-language/parse.ts';
import { TASK_PAGE_MAX } from './task-filter.ts';
import { timestampSchema } from './timestamp.ts';

export const SAVED_FILTER_NAME_MAX = 60;

export const savedFilterNameSchema = z.string().trim().min(1).max(SAVED_FILTER_NAME_MAX);

/** Filter text that parses; the error names where it goes wrong (e.g. "Expected a date after 'deadline before' at 16"). */
export const filterQuerySchema = z
  .string()
  .trim()
  .min(1, 'Enter a filter, e.g. today | overdue')
  .max(FILTER_QUERY_MAX)
  .superRefine((text, ctx) => {
    // Checks do not stop at the first failure: text refused above is not parsed too.
    if (text.length === 0 || text.length > FILTER_QUERY_MAX) return;
    const parsed = parseTaskFilter(text);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: describeFilterError(parsed.error) });
  })
  .meta({ examples: ['(today | overdue) & p1'] });

/** A row of public.saved_filters, column for column. */
export const savedFilterSchema = z.object({
  id: z.uuid(),
  user_id: z.uuid(),
  name: z.string().max(SAVED_FILTER_NAME_MAX),
  query: z.string().max(FILTER_QUERY_MAX),
  position: z.number(),
  created_at: timestampSchema,
  updated_at: timestampSchema,
});
export type SavedFilter = z.infer<typeof savedFilterSchema>;

export const savedFilterInputSchema = z.strictObject({
  name: savedFilterNameSchema,
  query: filterQuerySchema,
  position: z.number().optional(),
});
export type SavedFilterInput = z.infer<typeof savedFilterInputSchema>;

export const savedFilterPatchSchema = z.strictObject({
  name: savedFilterNameSchema.optional(),
  query: filterQuerySchema.optional(),
  position: z.number().optional(),
});
export type SavedFilterPatch = z.infer<typeof savedFilterPatchSchema>;

/** GET /api/filters/:id/tasks: a page of the tasks the filter matches. */
export const filterTasksQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.int().min(1).max(TASK_PAGE_MAX).optional(),
});
