import { z } from 'zod';

/**
 * Makes Google agree with one task's schedule: creates, moves or deletes its event(s) in the
 * person's task calendar. Enqueued whenever a task's placement changes; reads the task's current
 * state when it runs, so a burst of edits becomes one write.
 */
export const calendarPushTaskPayloadSchema = z.strictObject({
  task_id: z.uuid(),
});
export type CalendarPushTaskPayload = z.input<typeof calendarPushTaskPayloadSchema>;

export const calendarPushTaskDefaults = { maxAttempts: 6, priority: 3 } as const;

export function calendarPushTaskDedupKey(taskId: string): string {
  return `calendar-push:${taskId}`;
}
