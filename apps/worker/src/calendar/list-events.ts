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
  pages: number;
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

/** A page handed to onPage: its handling has begun. */
export interface PageHandling {
  /** Settles once the handling needs nothing more of this thread for a while (say, its data is sent). */
  sent: Promise<void>;
  /** Settles when the page is handled; rejects with what failed. */
  written: Promise<void>;
}

/** Google's answer (or its absence) ended the listing; `cause` is what was thrown. */
export class EventListingFailed extends Error {
  override name = 'EventListingFailed';
  constructor(override readonly cause: unknown) {
    super('events.list failed', { cause });
  }
}

async function fetchPage(api: calendar_v3.Calendar, params: calendar_v3.Params$Resource$Events$List, signal: AbortSignal | undefined) {
  try {
    const response = await api.events.list(params, { retry: false, signal });
    return googleEventPageSchema.parse(response.data);
  } catch (error) {
    throw new EventListingFailed(error);
  }
}

/**
 * Pages through events.list with recurring events expanded into instances (singleEvents), reads
 * each page (see eventChange) and hands it to `onPage`, in Google's order, one at a time: the next
 * page is fetched while the previous one is handled, once that handling is under way (`sent`).
 * Fetching first would let the next answer, which holds this thread while it is parsed and read,
 * delay the replies the handling waits for (a savepoint, a COPY's go-ahead) and the database with
 * them. googleapis' own retries are off: a 429 or 5xx goes back to the queue, which retries the
 * whole job with backoff. A failed call or a page that is not an events listing rejects with
 * EventListingFailed; a failed handling (`written`) comes out as it is, and either way only once
 * no page is being handled. An item that is not a usable event becomes `malformed` and is left to
 * `onPage`.
 */
export async function listEvents(
  api: calendar_v3.Calendar,
  googleCalendarId: string,
  request: EventListingRequest,
  options: ListOptions,
  onPage: (changes: EventChange[]) => PageHandling,
): Promise<EventListing> {
  const base: calendar_v3.Params$Resource$Events$List = {
    calendarId: googleCalendarId,
    singleEvents: true,
    maxResults: options.pageSize ?? EVENTS_PAGE_SIZE,
    ...(request.kind === 'full'
      ? { timeMin: request.timeMin.toISOString(), timeMax: request.timeMax.toISOString() }
      : { syncToken: request.syncToken }),
  };
  let handling: Promise<void> | undefined;
  let pages = 0;
  let pageToken: string | undefined;
  try {
    for (;;) {
      const page = await fetchPage(api, { ...base, ...(pageToken ? { pageToken } : {}) }, options.signal);
      const zone = options.calendarZone ?? page.timeZone ?? null;
      const changes = page.items.map((item) => eventChange(item, zone));
      await handling;
      const handed = onPage(changes);
      handling = handed.written;
      // Awaited below or in the catch; until then a rejection must not count as unhandled.
      handling.catch(() => {});
      pages += 1;
      if (page.nextPageToken) {
        pageToken = page.nextPageToken;
        await handed.sent;
        continue;
      }
      await handling;
      if (!page.nextSyncToken) throw new EventListingFailed(new Error('events.list ended without nextSyncToken'));
      return { pages, nextSyncToken: page.nextSyncToken };
    }
  } catch (error) {
    await handling?.catch(() => {});
    throw error;
  }
}
