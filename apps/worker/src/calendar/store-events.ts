import type { Db, Tx } from '@ordo/supabase-client';
import type { CalendarEventRow } from './event-rows.ts';
import { type ChangedTaskEvent, type RemovedTaskEvent, reconcileTaskEvents } from './reconcile-task-events.ts';

/** A sync's outcome for one calendar, written all at once. */
export interface SyncWrite {
  userId: string;
  calendarId: string;
  mode: 'full' | 'incremental';
  /** Events to store, in statements of at most `batchSize` rows (one id once). */
  rows: CalendarEventRow[];
  /** Incremental: events to remove (cancelled in Google, or moved out of the window). */
  removedIds: string[];
  syncToken: string;
  at: Date;
  /** Rows a statement writes (default 2500, a Google page). */
  batchSize?: number;
}

export interface StoredSync {
  /** Rows inserted or changed (an event whose etag and task are unchanged is not rewritten). */
  written: number;
  removed: number;
}

const BATCH = 2500;

// One statement a batch: the rows travel as parallel arrays through unnest, the task link is kept
// only when the task is the same person's, and an unchanged event (same etag, task and zone) is
// left alone. It answers with a count and the rows that stand for tasks, not with every row.
async function upsertEvents(tx: Tx, userId: string, calendarId: string, rows: readonly CalendarEventRow[]) {
  const column = <K extends keyof CalendarEventRow>(key: K) => rows.map((row) => row[key]);
  // postgres.js sends a JS boolean array with a scalar type: booleans travel as text.
  const flag = (key: 'all_day' | 'busy') => rows.map((row) => (row[key] ? 't' : 'f'));
  const [result] = await tx<{ written: number; changed: ChangedTaskEvent[] }[]>`
    with incoming as (
      select r.*, t.id as owned_task_id
      from unnest(
        ${column('google_event_id')}::text[], ${column('recurring_event_id')}::text[], ${column('ical_uid')}::text[],
        ${column('status')}::text[], ${column('title')}::text[], ${column('location')}::text[], ${column('html_link')}::text[],
        ${flag('all_day')}::text[]::boolean[], ${column('start_at')}::timestamptz[], ${column('end_at')}::timestamptz[],
        ${column('start_date')}::date[], ${column('end_date')}::date[], ${column('time_zone')}::text[], ${flag('busy')}::text[]::boolean[],
        ${column('task_id')}::uuid[], ${column('etag')}::text[], ${column('google_updated_at')}::timestamptz[]
      ) as r(google_event_id, recurring_event_id, ical_uid, status, title, location, html_link, all_day, start_at, end_at,
             start_date, end_date, time_zone, busy, task_id, etag, google_updated_at)
      left join public.tasks t on t.id = r.task_id and t.user_id = ${userId}
    ),
    written as (
      insert into public.calendar_events as e (user_id, calendar_id, google_event_id, recurring_event_id, ical_uid, status, title,
        location, html_link, all_day, start_at, end_at, start_date, end_date, time_zone, busy, task_id, etag, google_updated_at)
      select ${userId}, ${calendarId}, google_event_id, recurring_event_id, ical_uid, status, title, location, html_link, all_day,
        start_at, end_at, start_date, end_date, time_zone, busy, owned_task_id, etag, google_updated_at
      from incoming
      on conflict (calendar_id, google_event_id) do update set
        recurring_event_id = excluded.recurring_event_id, ical_uid = excluded.ical_uid, status = excluded.status,
        title = excluded.title, location = excluded.location, html_link = excluded.html_link, all_day = excluded.all_day,
        start_at = excluded.start_at, end_at = excluded.end_at, start_date = excluded.start_date, end_date = excluded.end_date,
        time_zone = excluded.time_zone, busy = excluded.busy, task_id = excluded.task_id, etag = excluded.etag,
        google_updated_at = excluded.google_updated_at
      where e.etag is distinct from excluded.etag or e.task_id is distinct from excluded.task_id
        or e.time_zone is distinct from excluded.time_zone
      returning e.id, e.google_event_id, e.task_id, e.start_at, e.end_at, e.all_day, e.start_date::text as start_date,
        e.end_date::text as end_date, e.etag, e.google_updated_at, e.status
    )
    select count(*)::int as written,
      coalesce(json_agg(written) filter (where task_id is not null), '[]'::json) as changed
    from written`;
  const changed = (result?.changed ?? []).map((row) => ({
    ...row,
    start_at: row.start_at === null ? null : new Date(row.start_at),
    end_at: row.end_at === null ? null : new Date(row.end_at),
    google_updated_at: row.google_updated_at === null ? null : new Date(row.google_updated_at),
  }));
  return { written: result?.written ?? 0, changed };
}

/**
 * Writes one sync in one transaction: the events (upserted in batches), the removals (full: every
 * stored event of the calendar the listing did not return; incremental: the ones named), the task
 * hook, and the new sync token with the sync times. A crash before the commit leaves the previous
 * copy and token, so the next run starts from where this one did. Null when the calendar is gone.
 */
export async function storeSync(db: Db, write: SyncWrite): Promise<StoredSync | null> {
  return db.asService(async (tx) => {
    // No lock on the calendar: the job's dedup key keeps one sync per calendar running, and a
    // lock would make the person's settings change wait for the sync.
    const [calendar] = await tx`select id from public.calendars where id = ${write.calendarId}`;
    if (!calendar) return null;
    let rows = write.rows;
    let removedIds = write.removedIds;
    if (write.mode === 'full') {
      // What the listing did not return is gone, and what it returned unchanged (same etag, task
      // and zone) needs no write: both worked out here from one read of the stored copy. (An
      // anti-join against the listed ids is planned as a nested loop over the array: 10⁸ steps.)
      const stored = await tx<{ google_event_id: string; etag: string | null; task_id: string | null; time_zone: string | null }[]>`
        select google_event_id, etag, task_id, time_zone from public.calendar_events where calendar_id = ${write.calendarId}`;
      const storedById = new Map(stored.map((row) => [row.google_event_id, row]));
      const listed = new Set(write.rows.map((row) => row.google_event_id));
      removedIds = stored.map((row) => row.google_event_id).filter((id) => !listed.has(id));
      rows = write.rows.filter((row) => {
        const before = storedById.get(row.google_event_id);
        return !before || before.etag !== row.etag || before.task_id !== row.task_id || before.time_zone !== row.time_zone;
      });
    }
    const batch = write.batchSize ?? BATCH;
    let written = 0;
    const changed: ChangedTaskEvent[] = [];
    for (let start = 0; start < rows.length; start += batch) {
      const result = await upsertEvents(tx, write.userId, write.calendarId, rows.slice(start, start + batch));
      written += result.written;
      changed.push(...result.changed);
    }
    const removed =
      removedIds.length === 0
        ? []
        : await tx<RemovedTaskEvent[]>`
            delete from public.calendar_events
            where calendar_id = ${write.calendarId} and google_event_id = any(${removedIds}::text[])
            returning google_event_id, task_id`;
    await reconcileTaskEvents(tx, {
      userId: write.userId,
      calendarId: write.calendarId,
      changed,
      removed: removed.filter((row) => row.task_id !== null),
    });
    await tx`
      update public.calendars set sync_token = ${write.syncToken}, last_synced_at = ${write.at}, last_sync_error = null,
        full_synced_at = case when ${write.mode}::text = 'full' then ${write.at}::timestamptz else full_synced_at end
      where id = ${write.calendarId}`;
    return { written, removed: removed.length };
  });
}
