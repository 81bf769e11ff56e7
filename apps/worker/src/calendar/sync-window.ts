import type { CalendarEventRow } from './event-rows.ts';

const DAY_MS = 86_400_000;

/** How far back and ahead Ordo keeps a copy of a calendar. */
export const SYNC_DAYS_BACK = 30;
export const SYNC_DAYS_AHEAD = 180;
/**
 * The window moves with time, but an event that does not change never reaches an incremental
 * listing: a full listing this often brings in what has moved into the window meanwhile (and
 * drops what has left it).
 */
export const FULL_SYNC_EVERY_MS = 7 * DAY_MS;

export interface SyncWindow {
  from: Date;
  to: Date;
}

export function syncWindow(now: Date): SyncWindow {
  return { from: new Date(now.getTime() - SYNC_DAYS_BACK * DAY_MS), to: new Date(now.getTime() + SYNC_DAYS_AHEAD * DAY_MS) };
}

/**
 * Whether an event overlaps the window, as Google's timeMin/timeMax filter decides for a full
 * listing. All-day events are compared by their UTC days, a day of slack either side: their days
 * belong to no zone, and keeping one a day early or late costs nothing.
 */
export function inWindow(row: CalendarEventRow, window: SyncWindow): boolean {
  if (row.all_day) {
    const from = new Date(window.from.getTime() - DAY_MS).toISOString().slice(0, 10);
    const to = new Date(window.to.getTime() + DAY_MS).toISOString().slice(0, 10);
    return (row.end_date as string) > from && (row.start_date as string) < to;
  }
  return Date.parse(row.end_at as string) > window.from.getTime() && Date.parse(row.start_at as string) < window.to.getTime();
}
