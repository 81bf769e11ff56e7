import { z } from 'zod';

/**
 * Calendar v3 events as Ordo reads them (the fields it uses; Google's others pass through
 * unchecked). A listing page is checked apart from its items, so one malformed event is skipped
 * by its id instead of failing the page.
 */

const eventTimeSchema = z.object({
  /** All-day events: a calendar day. */
  date: z.iso.date().optional(),
  /** Timed events: RFC 3339, normally with an offset. */
  dateTime: z.string().optional(),
  timeZone: z.string().optional(),
});
export type GoogleEventTime = z.infer<typeof eventTimeSchema>;

export const googleEventSchema = z.object({
  // PostgreSQL text cannot hold NUL: an id with one could be neither stored nor matched.
  id: z.string().min(1).max(1024).refine((id) => !id.includes('\u0000'), 'contains a NUL character'),
  // A cancelled event in an incremental listing may carry little more than its id and status.
  status: z.enum(['confirmed', 'tentative', 'cancelled']).default('confirmed'),
  etag: z.string().optional(),
  summary: z.string().optional(),
  location: z.string().optional(),
  htmlLink: z.string().optional(),
  updated: z.iso.datetime({ offset: true }).optional(),
  start: eventTimeSchema.optional(),
  end: eventTimeSchema.optional(),
  recurringEventId: z.string().optional(),
  iCalUID: z.string().optional(),
  transparency: z.enum(['opaque', 'transparent']).optional(),
  extendedProperties: z.object({ private: z.record(z.string(), z.string()).optional() }).optional(),
});
export type GoogleEvent = z.infer<typeof googleEventSchema>;

/** One page of events.list. */
export const googleEventPageSchema = z.object({
  items: z.array(z.unknown()).default([]),
  nextPageToken: z.string().min(1).optional(),
  nextSyncToken: z.string().min(1).optional(),
  /** The calendar's zone, which timed events without a zone of their own are in. */
  timeZone: z.string().optional(),
});
export type GoogleEventPage = z.infer<typeof googleEventPageSchema>;

/** What events.watch answers. */
export const googleChannelSchema = z.object({
  id: z.string().min(1),
  resourceId: z.string().min(1),
  /** Milliseconds since the epoch, as a string. */
  expiration: z.coerce.number().int().positive(),
});
export type GoogleChannel = z.infer<typeof googleChannelSchema>;

/** The private extended property that marks an event as an Ordo task's. */
export const ORDO_TASK_PROPERTY = 'ordo_task_id';
