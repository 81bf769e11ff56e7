import { z } from 'zod';
import { timestampSchema } from './timestamp.ts';

/** A placement of a task as it was (task_history.version): its time, and what else it had. */
export const taskHistoryVersionSchema = z.object({
  title: z.string().optional(),
  start_at: z.iso.datetime({ offset: true }).nullable().optional(),
  end_at: z.iso.datetime({ offset: true }).nullable().optional(),
  duration_minutes: z.int().nullable().optional(),
  /** Google's version was a deletion. */
  deleted: z.boolean().optional(),
  /** Google's version was an all-day event. */
  all_day: z.boolean().optional(),
  /** The task's blocks, when it had some. */
  blocks: z.array(z.object({ start_at: z.string().nullable(), end_at: z.string().nullable() })).optional(),
});
export type TaskHistoryVersion = z.infer<typeof taskHistoryVersionSchema>;

/**
 * What happened to a task's placement that was not done in Ordo, or a version a conflict overruled:
 * 'moved_in_google' and 'unscheduled_in_google' keep where the task was; 'conflict_lost' keeps the
 * version of the side (`source`) whose change was older.
 */
export const taskHistoryEntrySchema = z.object({
  id: z.uuid(),
  task_id: z.uuid(),
  at: timestampSchema,
  source: z.enum(['google', 'ordo']),
  kind: z.enum(['moved_in_google', 'unscheduled_in_google', 'conflict_lost']),
  version: taskHistoryVersionSchema,
});
export type TaskHistoryEntry = z.infer<typeof taskHistoryEntrySchema>;

/** A task's event in Google Calendar, for the task page. */
export const taskGoogleEventSchema = z.object({
  block_id: z.uuid().nullable(),
  start_at: timestampSchema,
  end_at: timestampSchema,
  html_link: z.url({ protocol: /^https?$/ }).nullable(),
});
export type TaskGoogleEvent = z.infer<typeof taskGoogleEventSchema>;
