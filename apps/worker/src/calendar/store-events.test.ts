import type { GoogleDeps } from '@ordo/google';
import { type GoogleFake, startGoogleFake } from '@ordo/google/testing';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeGoogleDeps, seedGoogleCalendar, storedEvents } from '../testing/google-calendar.ts';
import type { CalendarEventRow } from './event-rows.ts';
import { storeSync } from './store-events.ts';

const AT = new Date('2026-12-10T12:00:00Z');

let database: TestDatabase;
let fake: GoogleFake;
let google: GoogleDeps;

beforeAll(async () => {
  [database, fake] = await Promise.all([createTestDatabase(), startGoogleFake()]);
  google = fakeGoogleDeps(database.db, fake);
});

afterAll(async () => {
  await Promise.all([database?.drop(), fake?.close()]);
});

const event = (id: string, changes: Partial<CalendarEventRow> = {}): CalendarEventRow => ({
  google_event_id: id,
  recurring_event_id: null,
  ical_uid: `${id}@google.test`,
  status: 'confirmed',
  title: `Event ${id}`,
  location: null,
  html_link: `https://calendar.google.test/event?eid=${id}`,
  all_day: false,
  start_at: '2026-12-11T09:00:00.000Z',
  end_at: '2026-12-11T10:00:00.000Z',
  start_date: null,
  end_date: null,
  time_zone: 'Europe/Berlin',
  busy: true,
  task_id: null,
  etag: `"${id}-1"`,
  google_updated_at: '2026-12-01T08:00:00.000Z',
  ...changes,
});

/** What another writer (a push of a task, say) commits on its own connection while a sync runs. */
async function storeElsewhere(userId: string, calendarId: string, googleEventId: string, title: string): Promise<void> {
  await database.db.asService(
    (tx) => tx`
      insert into public.calendar_events (user_id, calendar_id, google_event_id, title, all_day, start_at, end_at, etag)
      values (${userId}, ${calendarId}, ${googleEventId}, ${title}, false, '2026-12-11T09:00:00Z', '2026-12-11T10:00:00Z', '"elsewhere"')`,
  );
}

async function syncToken(calendarId: string): Promise<string | null> {
  const [row] = await database.db.sql<{ sync_token: string | null }[]>`select sync_token from public.calendars where id = ${calendarId}`;
  return row?.sync_token ?? null;
}

describe('storeSync, a full listing into a copy without the events', () => {
  it('stores new events as listed, text with tabs, line breaks and backslashes included, all-day ones as days', async () => {
    const { userId, calendarId } = await seedGoogleCalendar(google, fake);
    const rows = [
      event('plain'),
      event('odd-text', { title: 'Tab\there, a line\nbreak, a \\ and \\N', location: 'Room\r\n4', ical_uid: null, etag: null }),
      event('day', { all_day: true, start_at: null, end_at: null, start_date: '2026-12-24', end_date: '2026-12-26', time_zone: null, busy: false }),
    ];
    const stored = await storeSync(database.db, { userId, calendarId, mode: 'full', at: AT }, async (writePage) => {
      await writePage({ rows, removedIds: [] }).written;
      return 'token-1';
    });
    expect(stored).toEqual({ written: 3, removed: 0 });
    const copy = await storedEvents(database.db, calendarId);
    expect(copy.get('odd-text')).toMatchObject({ title: 'Tab\there, a line\nbreak, a \\ and \\N', etag: null, start_at: new Date('2026-12-11T09:00:00Z') });
    expect(copy.get('day')).toMatchObject({ all_day: true, start_at: null, start_date: '2026-12-24', end_date: '2026-12-26', busy: false, time_zone: null });
    const [location] = await database.db.sql<{ location: string; ical_uid: string | null }[]>`
      select location, ical_uid from public.calendar_events where calendar_id = ${calendarId} and google_event_id = 'odd-text'`;
    expect(location).toEqual({ location: 'Room\r\n4', ical_uid: null });
    expect(await syncToken(calendarId)).toBe('token-1');
  });

  it('writes an event stored by someone else since the sync read the copy over theirs, once, instead of failing', async () => {
    const { userId, calendarId } = await seedGoogleCalendar(google, fake);
    const stored = await storeSync(database.db, { userId, calendarId, mode: 'full', at: AT }, async (writePage) => {
      await writePage({ rows: [event('first')], removedIds: [] }).written;
      await storeElsewhere(userId, calendarId, 'raced', 'Stored elsewhere');
      await writePage({ rows: [event('second'), event('raced', { title: 'As listed' })], removedIds: [] }).written;
      return 'token-2';
    });
    expect(stored).toEqual({ written: 3, removed: 0 });
    const copy = await storedEvents(database.db, calendarId);
    expect([...copy.keys()]).toEqual(['first', 'raced', 'second']);
    expect(copy.get('raced')).toMatchObject({ title: 'As listed', etag: '"raced-1"', html_link: 'https://calendar.google.test/event?eid=raced' });
    expect(await syncToken(calendarId)).toBe('token-2');
  });

  it('fails with the database error and keeps the previous copy and token when a write is refused', async () => {
    const { userId, calendarId } = await seedGoogleCalendar(google, fake);
    await storeSync(database.db, { userId, calendarId, mode: 'full', at: AT }, async (writePage) => {
      await writePage({ rows: [event('kept')], removedIds: [] }).written;
      return 'token-before';
    });
    const refused = storeSync(database.db, { userId, calendarId, mode: 'full', at: AT }, async (writePage) => {
      // The check constraint on the times of a timed event.
      await writePage({ rows: [event('new'), event('backwards', { start_at: '2026-12-11T10:00:00.000Z', end_at: '2026-12-11T09:00:00.000Z' })], removedIds: [] }).written;
      return 'token-after';
    });
    await expect(refused).rejects.toMatchObject({ code: '23514', constraint_name: 'calendar_events_times_match_kind' });
    expect([...(await storedEvents(database.db, calendarId)).keys()]).toEqual(['kept']);
    expect(await syncToken(calendarId)).toBe('token-before');
  });

  it('writes pages begun before the previous one ended in the order they were given, each announcing when it is sent', async () => {
    const { userId, calendarId } = await seedGoogleCalendar(google, fake);
    const stored = await storeSync(database.db, { userId, calendarId, mode: 'full', at: AT }, async (writePage) => {
      const first = writePage({ rows: [event('one'), event('two')], removedIds: [] });
      // Begun at once: it waits for the first on the one connection, and overrides its event.
      const second = writePage({ rows: [event('three'), event('two', { title: 'Moved', etag: '"two-2"' })], removedIds: ['one'] });
      await Promise.all([first.sent, second.sent]);
      await second.written;
      return 'token-ordered';
    });
    expect(stored).toEqual({ written: 4, removed: 1 });
    const copy = await storedEvents(database.db, calendarId);
    expect([...copy.keys()]).toEqual(['three', 'two']);
    expect(copy.get('two')).toMatchObject({ title: 'Moved' });
    expect(await syncToken(calendarId)).toBe('token-ordered');
  });

  it('settles a refused page as sent, and refuses every page after it', async () => {
    const { userId, calendarId } = await seedGoogleCalendar(google, fake);
    const backwards = event('backwards', { start_at: '2026-12-11T10:00:00.000Z', end_at: '2026-12-11T09:00:00.000Z' });
    const refused = storeSync(database.db, { userId, calendarId, mode: 'full', at: AT }, async (writePage) => {
      const first = writePage({ rows: [backwards], removedIds: [] });
      const second = writePage({ rows: [event('after')], removedIds: [] });
      await first.sent;
      await expect(first.written).rejects.toMatchObject({ code: '23514' });
      await expect(second.written).rejects.toMatchObject({ code: '23514' });
      return 'token-refused';
    });
    await expect(refused).rejects.toMatchObject({ code: '23514' });
    expect(await storedEvents(database.db, calendarId)).toEqual(new Map());
    expect(await syncToken(calendarId)).toBeNull();
  });
});
