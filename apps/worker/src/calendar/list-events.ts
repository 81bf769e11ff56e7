import { googleEventPageSchema } from '@ordo/google';
import type { calendar_v3 } from 'googleapis';
import { type EventChange, eventChange } from './event-rows.ts';

/** Google's largest page: fewer round trips for a big calendar. */
export const EVENTS_PAGE_SIZE = 2500;

export type EventListingRequest =
  /** Every event instance overlapping the window. */
  | { kind: 'full'; timeMin: Date; timeMax: Date }
  /** What changed since the sync token was issued, cancellations included. */
  | { kind: 'incremental'; syncToken: string };

export interface EventListing {
  /** Each page's items, read (see eventChange), in Google's order. */
  pages: EventChange[][];
  /** Where the next incremental listing starts. */
  nextSyncToken: string;
}

export interface ListOptions {
  signal?: AbortSignal;
  /** Events a page holds (default EVENTS_PAGE_SIZE; tests use small pages). */
  pageSize?: number;
  /** The calendar's zone from Ordo's copy, for timed events that name none. */
  calendarZone: string | null;
}

/**
 * Pages through events.list with recurring events expanded into instances (singleEvents), and
 * reads each page as it arrives. googleapis' own retries are off: a 429 or 5xx goes back to the
 * queue, which retries the whole job with backoff. A page that is not an events listing throws;
 * an item that is not a usable event becomes `malformed` and is left to the caller.
 */
export async function listEvents(
  api: calendar_v3.Calendar,
  googleCalendarId: string,
  request: EventListingRequest,
  options: ListOptions,
): Promise<EventListing> {
  const pages: EventChange[][] = [];
  const base: calendar_v3.Params$Resource$Events$List = {
    calendarId: googleCalendarId,
    singleEvents: true,
    maxResults: options.pageSize ?? EVENTS_PAGE_SIZE,
    ...(request.kind === 'full'
      ? { timeMin: request.timeMin.toISOString(), timeMax: request.timeMax.toISOString() }
      : { syncToken: request.syncToken }),
  };
  let pageToken: string | undefined;
  for (;;) {
    const response = await api.events.list({ ...base, ...(pageToken ? { pageToken } : {}) }, { retry: false, signal: options.signal });
    const page = googleEventPageSchema.parse(response.data);
    const zone = options.calendarZone ?? page.timeZone ?? null;
    pages.push(page.items.map((item) => eventChange(item, zone)));
    if (page.nextPageToken) {
      pageToken = page.nextPageToken;
      continue;
    }
    if (!page.nextSyncToken) throw new Error('events.list ended without nextSyncToken');
    return { pages, nextSyncToken: page.nextSyncToken };
  }
}
