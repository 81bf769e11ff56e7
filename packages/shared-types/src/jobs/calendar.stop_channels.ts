import { z } from 'zod';

/**
 * Stops the push channels no calendar needs any more (its calendar removed or turned off, its
 * connection disconnected or gone) at Google and marks them stopped; forgets channels stopped
 * over a week ago. Enqueued by the calendar channel schedule when there are any.
 */
export const calendarStopChannelsPayloadSchema = z.strictObject({});
export type CalendarStopChannelsPayload = z.input<typeof calendarStopChannelsPayloadSchema>;

export const calendarStopChannelsDefaults = { maxAttempts: 3, priority: 6 } as const;
