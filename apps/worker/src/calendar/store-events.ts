import type { Db, Tx } from '@ordo/supabase-client';
import { copyNewEvents } from './copy-new-events.ts';
import type { CalendarEventRow } from './event-rows.ts';
import { type ChangedTaskEvent, type RemovedTaskEvent, reconcileTaskEvents } from './reconcile-task-events.ts';

/** The calendar a sync writes, and how. */
export interface SyncTarget {
  userId: string;
  calendarId: string;
  mode: 'full' | 'incremental';
  at: Date;
  /** Rows a statement writes (default 2500, a Google page). */
  batchSize?: number;
}

/** One listed page, read: each event id once, either to store or to remove. */
export interface PageWrite {
  rows: CalendarEventRow[];
  /** Cancelled in Google, or (incremental) moved out of the window. */
  removedIds: string[];
}

/** A page's write, once begun. */
export interface PageWriting {
  /**
   * Settles once the page's rows are on their way to the database (its COPY's data is in the
   * socket's buffer), or once the write has ended, whichever comes first: from then on the
   * database needs nothing more from this thread to go on with it.
   */
  sent: Promise<void>;
  /** Settles when the page is written; rejects with the database's error. */
  written: Promise<void>;
}

/** Begins writing a page; the previous page's write must have ended (`written`). */
export type PageWriter = (page: PageWrite) => PageWriting;

export interface StoredSync {
  /** Rows inserted or changed (an event whose etag and task are unchanged is not rewritten). */
  written: number;
  removed: number;
}

const BATCH = 2500;
const UNIQUE_VIOLATION = '23505';

// One statement a batch: the rows travel as parallel arrays through unnest, the task link is kept
// only when the task is the same person's, and an unchanged event (same etag, task and zone) is
// left alone. A batch naming tasks answers with the rows that stand for tasks (for the task hook);
// one naming none, the common case, answers with a count only.
async function upsertEvents(tx: Tx, userId: string, calendarId: string, rows: readonly CalendarEventRow[]) {
  const column = <K extends keyof CalendarEventRow>(key: K) => rows.map((row) => row[key]);
  // postgres.js sends a JS boolean array with a scalar type: booleans travel as text.
  const flag = (key: 'all_day' | 'busy') => rows.map((row) => (row[key] ? 't' : 'f'));
  const upsert = tx`
    insert into public.calendar_events as e (user_id, calendar_id, google_event_id, recurring_event_id, ical_uid, status, title,
      location, html_link, all_day, start_at, end_at, start_date, end_date, time_zone, busy, task_id, etag, google_updated_at)
    select ${userId}, ${calendarId}, r.google_event_id, r.recurring_event_id, r.ical_uid, r.status, r.title, r.location,
      r.html_link, r.all_day, r.start_at, r.end_at, r.start_date, r.end_date, r.time_zone, r.busy, t.id, r.etag, r.google_updated_at
    from unnest(
      ${column('google_event_id')}::text[], ${column('recurring_event_id')}::text[], ${column('ical_uid')}::text[],
      ${column('status')}::text[], ${column('title')}::text[], ${column('location')}::text[], ${column('html_link')}::text[],
      ${flag('all_day')}::text[]::boolean[], ${column('start_at')}::timestamptz[], ${column('end_at')}::timestamptz[],
      ${column('start_date')}::date[], ${column('end_date')}::date[], ${column('time_zone')}::text[], ${flag('busy')}::text[]::boolean[],
      ${column('task_id')}::uuid[], ${column('etag')}::text[], ${column('google_updated_at')}::timestamptz[]
    ) as r(google_event_id, recurring_event_id, ical_uid, status, title, location, html_link, all_day, start_at, end_at,
           start_date, end_date, time_zone, busy, task_id, etag, google_updated_at)
    left join public.tasks t on t.id = r.task_id and t.user_id = ${userId}
    on conflict (calendar_id, google_event_id) do update set
      recurring_event_id = excluded.recurring_event_id, ical_uid = excluded.ical_uid, status = excluded.status,
      title = excluded.title, location = excluded.location, html_link = excluded.html_link, all_day = excluded.all_day,
      start_at = excluded.start_at, end_at = excluded.end_at, start_date = excluded.start_date, end_date = excluded.end_date,
      time_zone = excluded.time_zone, busy = excluded.busy, task_id = excluded.task_id, etag = excluded.etag,
      google_updated_at = excluded.google_updated_at
    where e.etag is distinct from excluded.etag or e.task_id is distinct from excluded.task_id
      or e.time_zone is distinct from excluded.time_zone`;
  if (rows.every((row) => row.task_id === null)) {
    const result = await upsert;
    return { written: result.count, changed: [] };
  }
  const [result] = await tx<{ written: number; changed: ChangedTaskEvent[] }[]>`
    with written as (
      ${upsert}
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
 * Copies events that were not stored when the sync began (copyNewEvents); false, with nothing
 * written, when one has been stored since (a push of a task, say, committed meanwhile): the
 * caller then upserts them.
 */
async function copyUnlessStored(tx: Tx, target: SyncTarget, rows: readonly CalendarEventRow[], sent: () => void): Promise<boolean> {
  if (rows.length === 0) {
    sent();
    return true;
  }
  try {
    await tx.savepoint((savepoint) => copyNewEvents(savepoint, target.userId, target.calendarId, rows, sent));
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) return false;
    throw error;
  }
}

/** What decides whether a listed event needs writing: an event with the same three is left alone. */
interface StoredVersion {
  etag: string | null;
  task_id: string | null;
  time_zone: string | null;
}

const storedVersion = (row: CalendarEventRow): StoredVersion => ({ etag: row.etag, task_id: row.task_id, time_zone: row.time_zone });

type TaskEventChange = { kind: 'changed'; event: ChangedTaskEvent } | { kind: 'removed'; event: RemovedTaskEvent };

/**
 * Writes one sync in one transaction while `list` lists it: `list` hands each page to the writer
 * it is given, in order, and resolves with the new sync token. Then the removals a full listing
 * implies (every stored event of the calendar it did not return), the task hook, and the token
 * with the sync times. A failure or crash before the commit leaves the previous copy and token,
 * so the next run starts from where this one did. Null when the calendar is gone.
 *
 * The commit does not wait for its WAL flush (asyncCommit): the job's completion, committed
 * durably after it, flushes it too, and a database crash in between loses the copy and its token
 * together, which costs only the rerun of the job, from the previous token.
 */
export async function storeSync(db: Db, target: SyncTarget, list: (writePage: PageWriter) => Promise<string>): Promise<StoredSync | null> {
  return db.asService(async (tx) => {
    // No lock on the calendar: the job's dedup key keeps one sync per calendar running, and a
    // lock would make the person's settings change wait for the sync.
    const [calendar] = await tx`select id from public.calendars where id = ${target.calendarId}`;
    if (!calendar) return null;
    // A full listing: what it does not return is gone, and what it returns unchanged (same etag,
    // task and zone) needs no write: both worked out from one read of the stored copy. (An
    // anti-join against the listed ids is planned as a nested loop over the array: 10⁸ steps.)
    const stored =
      target.mode === 'full'
        ? await tx<({ google_event_id: string } & StoredVersion)[]>`
            select google_event_id, etag, task_id, time_zone from public.calendar_events where calendar_id = ${target.calendarId}`
        : [];
    const storedById = new Map<string, StoredVersion>(stored.map((row) => [row.google_event_id, row]));
    const listed = new Set<string>();
    // The last word on each event that stands for a task, for the hook at the end.
    const taskEvents = new Map<string, TaskEventChange>();
    const batch = target.batchSize ?? BATCH;
    let written = 0;
    let removed = 0;

    const remove = async (ids: readonly string[]) => {
      if (ids.length === 0) return;
      const gone = await tx<RemovedTaskEvent[]>`
        delete from public.calendar_events
        where calendar_id = ${target.calendarId} and google_event_id = any(${ids}::text[])
        returning google_event_id, task_id`;
      removed += gone.length;
      for (const event of gone) if (event.task_id !== null) taskEvents.set(event.google_event_id, { kind: 'removed', event });
    };

    const writePage = async (page: PageWrite, sent: () => void) => {
      for (const row of page.rows) {
        listed.add(row.google_event_id);
        taskEvents.delete(row.google_event_id);
      }
      for (const id of page.removedIds) {
        listed.delete(id);
        taskEvents.delete(id);
      }
      // A full listing's events that the copy does not hold (a first sync's, all of them) go in by
      // COPY, except those standing for tasks; the rest that changed, by upsert.
      const fresh: CalendarEventRow[] = [];
      let rows: CalendarEventRow[] = [];
      for (const row of page.rows) {
        const before = storedById.get(row.google_event_id);
        if (target.mode === 'full' && !before && row.task_id === null) fresh.push(row);
        else if (!before || before.etag !== row.etag || before.task_id !== row.task_id || before.time_zone !== row.time_zone) rows.push(row);
      }
      if (target.mode === 'full') {
        // A later page naming the event again compares with what this one wrote. Only what the
        // comparison reads is kept: a whole row, held to the end of the sync, outlived the young
        // generation with its title and link and made every scavenge copy it.
        for (const row of fresh) storedById.set(row.google_event_id, storedVersion(row));
        for (const row of rows) storedById.set(row.google_event_id, storedVersion(row));
      }
      if (await copyUnlessStored(tx, target, fresh, sent)) written += fresh.length;
      else rows = rows.concat(fresh);
      for (let start = 0; start < rows.length; start += batch) {
        const result = await upsertEvents(tx, target.userId, target.calendarId, rows.slice(start, start + batch));
        written += result.written;
        for (const event of result.changed) taskEvents.set(event.google_event_id, { kind: 'changed', event });
      }
      await remove(page.removedIds);
    };
    // The last write begun: the next waits for it (one connection), and so does what follows the listing.
    let lastWrite: Promise<void> = Promise.resolve();
    const syncToken = await list((page) => {
      let sent!: () => void;
      const sending = new Promise<void>((resolve) => (sent = resolve));
      const written = lastWrite.then(() => writePage(page, sent));
      lastWrite = written;
      // Awaited through lastWrite (or by the caller); until then a rejection must not count as unhandled.
      written.catch(() => {});
      return { sent: Promise.race([sending, written.then(() => {}, () => {})]), written };
    });
    await lastWrite;
    if (target.mode === 'full') await remove(stored.map((row) => row.google_event_id).filter((id) => !listed.has(id)));
    const hook = [...taskEvents.values()];
    await reconcileTaskEvents(tx, {
      userId: target.userId,
      calendarId: target.calendarId,
      changed: hook.flatMap((change) => (change.kind === 'changed' ? [change.event] : [])),
      removed: hook.flatMap((change) => (change.kind === 'removed' ? [change.event] : [])),
    });
    await tx`
      update public.calendars set sync_token = ${syncToken}, last_synced_at = ${target.at}, last_sync_error = null,
        full_synced_at = case when ${target.mode}::text = 'full' then ${target.at}::timestamptz else full_synced_at end
      where id = ${target.calendarId}`;
    return { written, removed };
  }, { asyncCommit: true });
}
