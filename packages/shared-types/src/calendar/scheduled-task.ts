/**
 * How long a scheduled task without a duration_minutes occupies on the calendar page and in the
 * ICS feed: the same everywhere, so both show it alike.
 */
export const SCHEDULED_TASK_DEFAULT_MINUTES = 30;

/** The end of a task scheduled at `start` for `durationMinutes` (the default when null). */
export function scheduledTaskEnd(start: Date, durationMinutes: number | null): Date {
  return new Date(start.getTime() + (durationMinutes ?? SCHEDULED_TASK_DEFAULT_MINUTES) * 60_000);
}
