import { type TaskGoogleEvent, type TaskHistoryEntry, taskGoogleEventSchema, taskHistoryEntrySchema } from '@ordo/shared-types';
import type { Db } from '@ordo/supabase-client';

// As the user (RLS: their own history; task_google_events() checks auth.uid()). Rows are parsed:
// versions are JSON written by the worker, and an event's address is shown as a link, so only an
// http(s) address gets through.

/** The task's history, newest first (at most 50 entries). */
export async function listTaskHistory(db: Db, userId: string, taskId: string): Promise<TaskHistoryEntry[]> {
  const rows = await db.asUser(
    userId,
    (tx) => tx`select id, task_id, at, source, kind, version from public.task_history where task_id = ${taskId} order by at desc, id limit 50`,
  );
  return rows.flatMap((row) => {
    const parsed = taskHistoryEntrySchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The task's events in Google Calendar (one, or one per block), earliest first. */
export async function listTaskGoogleEvents(db: Db, userId: string, taskId: string): Promise<TaskGoogleEvent[]> {
  const rows = await db.asUser(userId, (tx) => tx`select block_id, start_at, end_at, html_link from public.task_google_events(${taskId})`);
  return rows.map((row) => {
    const parsed = taskGoogleEventSchema.safeParse(row);
    return parsed.success ? parsed.data : taskGoogleEventSchema.parse({ ...row, html_link: null });
  });
}
