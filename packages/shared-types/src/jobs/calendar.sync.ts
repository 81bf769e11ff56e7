import { z } from 'zod';

/** Brings one calendar's copy in Google up to date: a full window sync, or incremental by sync token. */
export const calendarSyncPayloadSchema = z.strictObject({
  calendar_id: z.uuid(),
  /** Drop the sync token and list the whole window again. */
  full: z.boolean().default(false),
  /** What asked for it, for logs and metrics. */
  reason: z.enum(['connected', 'settings', 'push', 'poll', 'renewal', 'manual', 'retry']).default('manual'),
});
export type CalendarSyncPayload = z.input<typeof calendarSyncPayloadSchema>;

// Google answers 429/5xx now and then; the queue's backoff retries those.
export const calendarSyncDefaults = { maxAttempts: 5, priority: 4 } as const;

/** At most one sync per calendar waiting or running: a burst of pushes becomes one sync. */
export function calendarSyncDedupKey(calendarId: string): string {
  return `calendar-sync:${calendarId}`;
}
