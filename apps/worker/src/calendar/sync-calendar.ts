import type { Logger } from '@ordo/config';
import { calendarApi, connectionAuth, GoogleDisconnectedError, type GoogleDeps } from '@ordo/google';
import type { calendar_v3 } from 'googleapis';
import { type CalendarWebhook, type ChannelOutcome, ensureCalendarChannel } from './channels.ts';
import type { CalendarEventRow, EventChange } from './event-rows.ts';
import { describeGoogleError, isGrantGone, isSyncTokenGone, isTransient } from './google-errors.ts';
import { type EventListingRequest, EventListingFailed, listEvents } from './list-events.ts';
import { type PageWrite, type StoredSync, storeSync } from './store-events.ts';
import { FULL_SYNC_EVERY_MS, inWindow, syncWindow } from './sync-window.ts';

export interface SyncCalendarDeps {
  google: GoogleDeps;
  /** Push channels are made only with one (an https PUBLIC_APP_URL, or a test's loopback). */
  webhook: CalendarWebhook | null;
  now: () => Date;
  log: Logger;
}

export interface SyncCalendarOptions {
  /** List the whole window even when a sync token is stored. */
  full?: boolean;
  signal?: AbortSignal;
  /** Events per page (default Google's largest). */
  pageSize?: number;
}

export type SyncCalendarResult =
  | { outcome: 'skipped'; reason: 'missing' | 'off' | 'disconnected' }
  | {
      outcome: 'synced';
      mode: 'full' | 'incremental';
      /** An incremental listing was refused (410) and the window was listed again. */
      resynced: boolean;
      pages: number;
      listed: number;
      written: number;
      removed: number;
      malformed: number;
      channel: ChannelOutcome | 'none' | 'failed';
    };

/** A failure a retry cannot fix (calendar not found, access withdrawn): the job fails at once. */
export class CalendarSyncRefused extends Error {
  override name = 'CalendarSyncRefused';
}

interface CalendarToSync {
  id: string;
  user_id: string;
  connection_id: string;
  google_calendar_id: string;
  time_zone: string | null;
  sync_mode: 'show' | 'busy' | 'off';
  sync_token: string | null;
  full_synced_at: Date | null;
}

async function recordSyncError(google: GoogleDeps, calendarId: string, message: string): Promise<void> {
  await google.db.asService((tx) => tx`update public.calendars set last_sync_error = ${message.slice(0, 1000)} where id = ${calendarId}`);
}

/**
 * Brings Ordo's copy of one calendar up to date. Incremental (by the stored sync token) when it
 * can be; a full listing of the window (30 days back, 180 ahead) when asked, when there is no
 * token, when the last full listing is a week old, or when Google refuses the token (410), in
 * the same run. Everything a run lists is written in one transaction, page by page as it is
 * listed (storeSync); the sync token is stored with the last of it.
 * Incremental changes outside the window are not kept (a stored copy of one is removed): the
 * copy is always "the window's events", whichever way it was reached.
 *
 * Throws for the queue to retry on rate limits, Google's failures and network errors; throws
 * CalendarSyncRefused when retrying cannot help; a disconnected connection is skipped.
 */
export async function syncCalendar(deps: SyncCalendarDeps, calendarId: string, options: SyncCalendarOptions = {}): Promise<SyncCalendarResult> {
  const { google, log } = deps;
  const [calendar] = await google.db.asService(
    (tx) => tx<CalendarToSync[]>`
      select id, user_id, connection_id, google_calendar_id, time_zone, sync_mode, sync_token, full_synced_at
      from public.calendars where id = ${calendarId}`,
  );
  if (!calendar) return { outcome: 'skipped', reason: 'missing' };
  if (calendar.sync_mode === 'off') return { outcome: 'skipped', reason: 'off' };

  let api: calendar_v3.Calendar;
  try {
    const { auth } = await connectionAuth(google, calendar.connection_id);
    api = await calendarApi(google.config, auth);
  } catch (error) {
    if (!(error instanceof GoogleDisconnectedError)) throw error;
    await recordSyncError(google, calendar.id, 'Google is disconnected: connect again in Settings');
    return { outcome: 'skipped', reason: 'disconnected' };
  }

  const started = deps.now();
  const window = syncWindow(started);
  const list = { signal: options.signal, pageSize: options.pageSize, calendarZone: calendar.time_zone };
  const stale = !calendar.full_synced_at || started.getTime() - calendar.full_synced_at.getTime() >= FULL_SYNC_EVERY_MS;
  let mode: 'full' | 'incremental' = options.full || !calendar.sync_token || stale ? 'full' : 'incremental';
  let resynced = false;
  let pages = 0;
  let listed = 0;
  let malformed = 0;

  // Each page is written as the next one is listed, all in one transaction (storeSync). Within a
  // page the last word on an event wins (an id listed twice is stored once); malformed ones are skipped.
  const readPage = (changes: readonly EventChange[]): PageWrite => {
    const latest = new Map<string, CalendarEventRow | null>();
    for (const change of changes) {
      listed += 1;
      if (change.kind === 'malformed') {
        malformed += 1;
        log.warn({ calendar_id: calendar.id, google_event_id: change.googleEventId, problem: change.problem }, 'calendar event skipped: not a usable event');
      } else if (change.kind === 'cancelled') {
        latest.set(change.googleEventId, null);
      } else {
        latest.set(change.row.google_event_id, mode === 'incremental' && !inWindow(change.row, window) ? null : change.row);
      }
    }
    const page: PageWrite = { rows: [], removedIds: [] };
    for (const [id, row] of latest) {
      if (row) page.rows.push(row);
      else page.removedIds.push(id);
    }
    return page;
  };
  const sync = (request: EventListingRequest) => {
    pages = 0;
    listed = 0;
    malformed = 0;
    return storeSync(google.db, { userId: calendar.user_id, calendarId: calendar.id, mode, at: started }, async (writePage) => {
      const listing = await listEvents(api, calendar.google_calendar_id, request, list, (changes) => writePage(readPage(changes)));
      pages = listing.pages;
      return listing.nextSyncToken;
    });
  };
  const fullListing: EventListingRequest = { kind: 'full', timeMin: window.from, timeMax: window.to };

  let stored: StoredSync | null;
  try {
    try {
      stored = await sync(mode === 'incremental' ? { kind: 'incremental', syncToken: calendar.sync_token as string } : fullListing);
    } catch (error) {
      if (mode !== 'incremental' || !(error instanceof EventListingFailed) || !isSyncTokenGone(error.cause)) throw error;
      log.info({ calendar_id: calendar.id }, 'calendar sync token expired (410): listing the whole window again');
      mode = 'full';
      resynced = true;
      stored = await sync(fullListing);
    }
  } catch (failure) {
    // Only Google's failures are judged here; the database's go to the queue as they are.
    if (!(failure instanceof EventListingFailed)) throw failure;
    const error = failure.cause;
    if (isGrantGone(error)) {
      await recordSyncError(google, calendar.id, 'Google refused the connection (invalid_grant): connect again in Settings');
      return { outcome: 'skipped', reason: 'disconnected' };
    }
    const message = `calendar sync failed: ${describeGoogleError(error)}`;
    await recordSyncError(google, calendar.id, message);
    if (isTransient(error)) throw error;
    throw new CalendarSyncRefused(message);
  }
  if (!stored) return { outcome: 'skipped', reason: 'missing' };

  let channel: ChannelOutcome | 'none' | 'failed' = 'none';
  if (deps.webhook) {
    try {
      channel = await ensureCalendarChannel(api, google.db, calendar, deps.webhook, deps.now());
    } catch (error) {
      // The copy is up to date; without a channel the polling schedule keeps it so until the next try.
      channel = 'failed';
      log.warn({ calendar_id: calendar.id, reason: describeGoogleError(error) }, 'could not open a push channel for the calendar');
    }
  }
  return {
    outcome: 'synced',
    mode,
    resynced,
    pages,
    listed,
    written: stored.written,
    removed: stored.removed,
    malformed,
    channel,
  };
}
