import { randomUUID } from 'node:crypto';
import { CopyRows, copyField, copyIn, type Tx } from '@ordo/supabase-client';
import type { CalendarEventRow } from './event-rows.ts';

// The row's columns in the order each line carries them, after id, user_id and calendar_id.
const COLUMNS = [
  'google_event_id',
  'recurring_event_id',
  'ical_uid',
  'status',
  'title',
  'location',
  'html_link',
  'all_day',
  'start_at',
  'end_at',
  'start_date',
  'end_date',
  'time_zone',
  'busy',
  'etag',
  'google_updated_at',
] as const satisfies readonly (keyof CalendarEventRow)[];

// About what a row of a typical event takes (ids, three uuids, a title, a link, two times): the
// buffer starts big enough for most pages and grows for the rest.
const ROW_BYTES = 320;

/**
 * Inserts events the calendar's copy does not hold yet, with COPY (see copyIn): a first sync's
 * thousands of rows for about half the database time of an insert from arrays. The ids are made
 * here, because a column default calling a volatile function (gen_random_uuid) makes COPY insert
 * row by row. No event may stand for a task (those go through upsertEvents, which checks the
 * task's owner), and none may be stored already: a duplicate fails the statement with
 * unique_violation (23505), for the caller to handle. `sent`: see copyIn (called at once when
 * there is nothing to copy).
 */
export async function copyNewEvents(tx: Tx, userId: string, calendarId: string, rows: readonly CalendarEventRow[], sent?: () => void): Promise<void> {
  if (rows.length === 0) {
    sent?.();
    return;
  }
  const owner = `\t${copyField(userId)}\t${copyField(calendarId)}`;
  const data = new CopyRows(rows.length * ROW_BYTES);
  for (const row of rows) {
    if (row.task_id !== null) throw new Error(`copyNewEvents: event ${row.google_event_id} stands for a task`);
    let line = randomUUID() + owner;
    for (const column of COLUMNS) line += `\t${copyField(row[column])}`;
    data.add(line);
  }
  await copyIn(tx`copy public.calendar_events (id, user_id, calendar_id, ${tx(COLUMNS)}) from stdin`, data.data(), sent);
}
