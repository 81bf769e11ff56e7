import { z } from 'zod';

/**
 * How Ordo uses one of the person's Google calendars: 'show' syncs it and shows its events,
 * 'busy' syncs it for free/busy only (titles never reach the browser), 'off' does not sync it.
 */
export const CALENDAR_SYNC_MODES = ['show', 'busy', 'off'] as const;
export const calendarSyncModeSchema = z.enum(CALENDAR_SYNC_MODES, { error: 'Choose Show, Busy only or Off' });
export type CalendarSyncMode = z.infer<typeof calendarSyncModeSchema>;

/** Google's access roles that let Ordo write events, so a calendar can receive scheduled tasks. */
export const WRITABLE_CALENDAR_ROLES = ['owner', 'writer'] as const;

export function calendarIsWritable(accessRole: string | null): boolean {
  return (WRITABLE_CALENDAR_ROLES as readonly (string | null)[]).includes(accessRole);
}

/** The settings form: a mode per calendar, and the calendar scheduled tasks go to (if any). */
export const calendarChoicesSchema = z.strictObject({
  modes: z.record(z.uuid({ error: 'Unknown calendar' }), calendarSyncModeSchema),
  task_target: z.uuid({ error: 'Choose one of your calendars' }).nullable(),
});
export type CalendarChoices = z.infer<typeof calendarChoicesSchema>;
