import { createLogger, loadConfig } from '@ordo/config';
import type { GoogleDeps } from '@ordo/google';
import { type GoogleFake, startGoogleFake } from '@ordo/google/testing';
import { createTestDatabase, createTestUser, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeGoogleDeps, seedGoogleCalendar, storedEvents } from '../testing/google-calendar.ts';
import { type SyncCalendarOptions, syncCalendar } from './sync-calendar.ts';

// The copy is kept for 30 days back and 180 ahead of this instant.
const NOW = new Date('2026-12-10T12:00:00Z');

let database: TestDatabase;
let fake: GoogleFake;
let google: GoogleDeps;
const logged: { msg: string; google_event_id?: string; problem?: string }[] = [];
const log = createLogger(loadConfig({ LOG_LEVEL: 'info' }, { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } }), 'test', {
  write: (line: string) => {
    logged.push(JSON.parse(line));
  },
});

beforeAll(async () => {
  [database, fake] = await Promise.all([createTestDatabase(), startGoogleFake()]);
  google = fakeGoogleDeps(database.db, fake);
});

afterAll(async () => {
  await Promise.all([database?.drop(), fake?.close()]);
});

const sync = (calendarId: string, options: SyncCalendarOptions = {}) =>
  syncCalendar({ google, webhook: null, now: () => NOW, log }, calendarId, options);

const listCalls = (googleCalendarId: string) => fake.requests.filter((request) => request.method === 'GET' && request.path.endsWith(`${encodeURIComponent(googleCalendarId)}/events`));

async function calendarState(calendarId: string) {
  const [row] = await database.db.asService(
    (tx) => tx<{ sync_token: string | null; full_synced_at: Date | null; last_synced_at: Date | null; last_sync_error: string | null }[]>`
      select sync_token, full_synced_at, last_synced_at, last_sync_error from public.calendars where id = ${calendarId}`,
  );
  return row as NonNullable<typeof row>;
}

async function insertTask(userId: string, title: string): Promise<string> {
  const [row] = await database.db.asService((tx) => tx<{ id: string }[]>`insert into public.tasks (user_id, title) values (${userId}, ${title}) returning id`);
  return (row as { id: string }).id;
}

describe('calendar sync', () => {
  it('lists the window in full, then only what changed by sync token, storing each kind of event as it is', async () => {
    const seeded = await seedGoogleCalendar(google, fake, { timeZone: 'America/New_York' });
    const cal = seeded.googleCalendarId;
    const ownTask = await insertTask(seeded.userId, 'Write the report');
    const strangersTask = await insertTask(await createTestUser(database.db), 'Not theirs');
    const meeting = fake.putEvent(cal, {
      id: 'meeting',
      summary: 'Planning',
      location: 'Room 4',
      start: { dateTime: '2026-12-11T09:00:00-05:00' },
      end: { dateTime: '2026-12-11T10:00:00-05:00' },
    });
    fake.putEvent(cal, { id: 'holiday', summary: 'Holiday', start: { date: '2026-12-24' }, end: { date: '2026-12-27' } });
    fake.putEvent(cal, {
      id: 'focus',
      summary: 'Focus',
      status: 'tentative',
      transparency: 'transparent',
      start: { dateTime: '2026-12-12T14:00:00Z', timeZone: 'Asia/Tokyo' },
      end: { dateTime: '2026-12-12T15:00:00Z', timeZone: 'Asia/Tokyo' },
      extendedProperties: { private: { ordo_task_id: ownTask } },
    });
    fake.putEvent(cal, {
      id: 'foreign',
      summary: 'Claims a stranger’s task',
      start: { dateTime: '2026-12-13T14:00:00Z' },
      end: { dateTime: '2026-12-13T15:00:00Z' },
      extendedProperties: { private: { ordo_task_id: strangersTask } },
    });
    fake.putEvent(cal, { id: 'long-ago', summary: 'Outside the window', start: { dateTime: '2026-09-01T10:00:00Z' }, end: { dateTime: '2026-09-01T11:00:00Z' } });

    const first = await sync(seeded.calendarId);
    expect(first).toMatchObject({ outcome: 'synced', mode: 'full', resynced: false, pages: 1, listed: 4, written: 4, removed: 0, malformed: 0 });
    const [request] = listCalls(cal);
    expect(request?.query).toMatchObject({ singleEvents: 'true', maxResults: '2500', timeMin: '2026-11-10T12:00:00.000Z', timeMax: '2027-06-08T12:00:00.000Z' });
    let events = await storedEvents(database.db, seeded.calendarId);
    expect([...events.keys()]).toEqual(['focus', 'foreign', 'holiday', 'meeting']);
    expect(events.get('meeting')).toMatchObject({
      title: 'Planning',
      status: 'confirmed',
      all_day: false,
      start_at: new Date('2026-12-11T14:00:00Z'),
      end_at: new Date('2026-12-11T15:00:00Z'),
      start_date: null,
      // No zone of its own: the calendar's.
      time_zone: 'America/New_York',
      busy: true,
      task_id: null,
      etag: meeting.etag,
      html_link: meeting.htmlLink,
      google_updated_at: new Date(meeting.updated),
    });
    expect(events.get('holiday')).toMatchObject({ all_day: true, start_date: '2026-12-24', end_date: '2026-12-27', start_at: null, end_at: null });
    expect(events.get('focus')).toMatchObject({ status: 'tentative', busy: false, time_zone: 'Asia/Tokyo', task_id: ownTask });
    expect(events.get('foreign')?.task_id).toBeNull();
    const afterFull = await calendarState(seeded.calendarId);
    expect(afterFull).toMatchObject({ full_synced_at: NOW, last_synced_at: NOW, last_sync_error: null });
    expect(afterFull.sync_token).toEqual(expect.any(String));

    fake.putEvent(cal, { ...meeting, summary: 'Planning (moved)', start: { dateTime: '2026-12-11T11:00:00-05:00' }, end: { dateTime: '2026-12-11T12:00:00-05:00' } });
    fake.deleteEvent(cal, 'holiday');
    fake.putEvent(cal, { id: 'lunch', summary: 'Lunch', start: { dateTime: '2026-12-15T12:00:00Z' }, end: { dateTime: '2026-12-15T13:00:00Z' } });
    const callsBefore = listCalls(cal).length;
    const second = await sync(seeded.calendarId);
    expect(second).toMatchObject({ outcome: 'synced', mode: 'incremental', listed: 3, written: 2, removed: 1 });
    const incremental = listCalls(cal).slice(callsBefore);
    expect(incremental).toHaveLength(1);
    expect(incremental[0]?.query).toEqual({ singleEvents: 'true', maxResults: '2500', syncToken: afterFull.sync_token });
    events = await storedEvents(database.db, seeded.calendarId);
    expect([...events.keys()]).toEqual(['focus', 'foreign', 'lunch', 'meeting']);
    expect(events.get('meeting')).toMatchObject({ title: 'Planning (moved)', start_at: new Date('2026-12-11T16:00:00Z') });
    const afterIncremental = await calendarState(seeded.calendarId);
    expect(afterIncremental.sync_token).not.toBe(afterFull.sync_token);
    expect(afterIncremental.full_synced_at).toEqual(NOW);
  });

  it('follows page tokens to the end, storing every page', async () => {
    const seeded = await seedGoogleCalendar(google, fake);
    for (let day = 1; day <= 7; day++) {
      fake.putEvent(seeded.googleCalendarId, {
        id: `day${day}`,
        start: { dateTime: `2026-12-${String(day).padStart(2, '0')}T08:00:00Z` },
        end: { dateTime: `2026-12-${String(day).padStart(2, '0')}T09:00:00Z` },
      });
    }
    const result = await sync(seeded.calendarId, { pageSize: 3 });
    expect(result).toMatchObject({ mode: 'full', pages: 3, listed: 7, written: 7 });
    const calls = listCalls(seeded.googleCalendarId);
    expect(calls.map((call) => call.query.pageToken !== undefined)).toEqual([false, true, true]);
    expect((await storedEvents(database.db, seeded.calendarId)).size).toBe(7);
  });

  it('leaves the previous copy and sync token when a later page fails, though earlier pages were written', async () => {
    const seeded = await seedGoogleCalendar(google, fake);
    const cal = seeded.googleCalendarId;
    const put = (id: string, day: number, summary = id) =>
      fake.putEvent(cal, { id, summary, start: { dateTime: `2026-12-1${day}T08:00:00Z` }, end: { dateTime: `2026-12-1${day}T09:00:00Z` } });
    for (let day = 1; day <= 5; day++) put(`day${day}`, day);
    await sync(seeded.calendarId, { pageSize: 2 });
    const before = await calendarState(seeded.calendarId);
    const storedBefore = await storedEvents(database.db, seeded.calendarId);
    fake.deleteEvent(cal, 'day1');
    put('day2', 2, 'day2 (renamed)');
    put('day6', 6);
    const callsBefore = listCalls(cal).length;
    fake.failNext(new RegExp(`${encodeURIComponent(cal)}/events$`), 1, 503, undefined, (query) => query.has('pageToken'));

    expect(await sync(seeded.calendarId, { full: true, pageSize: 2 }).catch((error: unknown) => error)).toMatchObject({ status: 503 });
    expect(listCalls(cal).slice(callsBefore).map((call) => call.status)).toEqual([200, 503]);
    expect(await storedEvents(database.db, seeded.calendarId)).toEqual(storedBefore);
    expect(await calendarState(seeded.calendarId)).toMatchObject({ sync_token: before.sync_token, full_synced_at: before.full_synced_at });

    expect(await sync(seeded.calendarId, { full: true, pageSize: 2 })).toMatchObject({ outcome: 'synced', pages: 3, written: 2, removed: 1 });
    const after = await storedEvents(database.db, seeded.calendarId);
    expect([...after.keys()]).toEqual(['day2', 'day3', 'day4', 'day5', 'day6']);
    expect(after.get('day2')).toMatchObject({ title: 'day2 (renamed)' });
  });

  it('drops a sync token Google refuses (410) and lists the window again in the same run, removing what is gone', async () => {
    const seeded = await seedGoogleCalendar(google, fake);
    const cal = seeded.googleCalendarId;
    fake.putEvent(cal, { id: 'stays', start: { dateTime: '2026-12-11T08:00:00Z' }, end: { dateTime: '2026-12-11T09:00:00Z' } });
    fake.putEvent(cal, { id: 'goes', start: { dateTime: '2026-12-12T08:00:00Z' }, end: { dateTime: '2026-12-12T09:00:00Z' } });
    await sync(seeded.calendarId);
    const before = await calendarState(seeded.calendarId);
    fake.deleteEvent(cal, 'goes');
    fake.putEvent(cal, { id: 'new', start: { dateTime: '2026-12-13T08:00:00Z' }, end: { dateTime: '2026-12-13T09:00:00Z' } });
    fake.expireSyncTokens();
    const callsBefore = listCalls(cal).length;

    const result = await sync(seeded.calendarId);
    expect(result).toMatchObject({ outcome: 'synced', mode: 'full', resynced: true, removed: 1 });
    const calls = listCalls(cal).slice(callsBefore);
    expect(calls.map((call) => [call.status, call.query.syncToken !== undefined])).toEqual([
      [410, true],
      [200, false],
    ]);
    expect([...(await storedEvents(database.db, seeded.calendarId)).keys()]).toEqual(['new', 'stays']);
    const after = await calendarState(seeded.calendarId);
    expect(after.sync_token).not.toBe(before.sync_token);
    expect(after.last_sync_error).toBeNull();
  });

  it('stores each instance of a recurring event; one instance cancelled removes only it', async () => {
    const seeded = await seedGoogleCalendar(google, fake, { timeZone: 'America/New_York' });
    const cal = seeded.googleCalendarId;
    fake.putEvent(cal, {
      id: 'standup',
      summary: 'Standup',
      start: { dateTime: '2026-12-07T09:00:00-05:00', timeZone: 'America/New_York' },
      end: { dateTime: '2026-12-07T09:15:00-05:00', timeZone: 'America/New_York' },
      recurrence: ['RRULE:FREQ=WEEKLY;COUNT=4'],
    });
    fake.putEvent(cal, { id: 'retreat', summary: 'Retreat', start: { date: '2026-12-15' }, end: { date: '2026-12-16' }, recurrence: ['RRULE:FREQ=DAILY;COUNT=2'] });
    await sync(seeded.calendarId);
    let events = await storedEvents(database.db, seeded.calendarId);
    expect([...events.keys()]).toEqual([
      'retreat_20261215',
      'retreat_20261216',
      'standup_20261207T140000Z',
      'standup_20261214T140000Z',
      'standup_20261221T140000Z',
      'standup_20261228T140000Z',
    ]);
    expect(events.get('standup_20261214T140000Z')).toMatchObject({ recurring_event_id: 'standup', start_at: new Date('2026-12-14T14:00:00Z'), time_zone: 'America/New_York' });
    expect(events.get('retreat_20261216')).toMatchObject({ all_day: true, start_date: '2026-12-16', end_date: '2026-12-17', start_at: null });

    // Cancelling one occurrence in Google makes an exception event with that instance's id.
    const instance = 'standup_20261221T140000Z';
    fake.putEvent(cal, {
      id: instance,
      recurringEventId: 'standup',
      status: 'cancelled',
      originalStartTime: { dateTime: '2026-12-21T14:00:00.000Z', timeZone: 'America/New_York' },
      start: { dateTime: '2026-12-21T14:00:00.000Z' },
      end: { dateTime: '2026-12-21T14:15:00.000Z' },
    });
    expect(await sync(seeded.calendarId)).toMatchObject({ mode: 'incremental', listed: 1, removed: 1 });
    events = await storedEvents(database.db, seeded.calendarId);
    expect(events.has(instance)).toBe(false);
    expect(events.size).toBe(5);
  });

  it('honours event time zones: a time without an offset is read on its own zone’s clock, else the calendar’s', async () => {
    const seeded = await seedGoogleCalendar(google, fake, { timeZone: 'Europe/Berlin' });
    const cal = seeded.googleCalendarId;
    fake.putEvent(cal, { id: 'kolkata', start: { dateTime: '2026-12-14T09:30:00', timeZone: 'Asia/Kolkata' }, end: { dateTime: '2026-12-14T10:00:00', timeZone: 'Asia/Kolkata' } });
    fake.putEvent(cal, { id: 'berlin', start: { dateTime: '2026-12-14T09:30:00' }, end: { dateTime: '2026-12-14T10:00:00' } });
    fake.putEvent(cal, { id: 'offset', start: { dateTime: '2026-12-14T09:30:00+09:00', timeZone: 'Asia/Tokyo' }, end: { dateTime: '2026-12-14T10:00:00+09:00', timeZone: 'Asia/Tokyo' } });
    await sync(seeded.calendarId);
    const events = await storedEvents(database.db, seeded.calendarId);
    expect(events.get('kolkata')).toMatchObject({ start_at: new Date('2026-12-14T04:00:00Z'), end_at: new Date('2026-12-14T04:30:00Z'), time_zone: 'Asia/Kolkata' });
    expect(events.get('berlin')).toMatchObject({ start_at: new Date('2026-12-14T08:30:00Z'), time_zone: 'Europe/Berlin' });
    expect(events.get('offset')).toMatchObject({ start_at: new Date('2026-12-14T00:30:00Z'), time_zone: 'Asia/Tokyo' });
  });

  it('skips a malformed event and logs it by id; the rest are stored', async () => {
    const seeded = await seedGoogleCalendar(google, fake);
    const cal = seeded.googleCalendarId;
    fake.putEvent(cal, { id: 'fine', start: { dateTime: '2026-12-11T08:00:00Z' }, end: { dateTime: '2026-12-11T09:00:00Z' } });
    fake.putEvent(cal, { id: 'backwards', start: { dateTime: '2026-12-11T10:00:00Z' }, end: { dateTime: '2026-12-11T09:00:00Z' } });
    fake.putEvent(cal, { id: 'half-day', start: { date: '2026-12-12' }, end: { dateTime: '2026-12-12T12:00:00Z' } });
    const result = await sync(seeded.calendarId);
    expect(result).toMatchObject({ outcome: 'synced', listed: 3, written: 1, malformed: 2 });
    expect([...(await storedEvents(database.db, seeded.calendarId)).keys()]).toEqual(['fine']);
    const skipped = logged.filter((line) => line.msg.startsWith('calendar event skipped')).map((line) => line.google_event_id);
    expect(skipped).toEqual(expect.arrayContaining(['backwards', 'half-day']));
  });

  it('stores an event whose texts hold NUL characters (PostgreSQL text cannot) without them, and skips one whose id does', async () => {
    const seeded = await seedGoogleCalendar(google, fake);
    const cal = seeded.googleCalendarId;
    const hour = { start: { dateTime: '2026-12-11T08:00:00Z' }, end: { dateTime: '2026-12-11T09:00:00Z' } };
    fake.putEvent(cal, { id: 'pasted', summary: 'Call\u0000 Anna', location: '\u0000Room 4', iCalUID: 'uid\u0000@x', ...hour });
    fake.putEvent(cal, { id: 'bad\u0000id', summary: 'Lost', ...hour });
    const result = await sync(seeded.calendarId);
    expect(result).toMatchObject({ outcome: 'synced', listed: 2, written: 1, malformed: 1 });
    const events = await storedEvents(database.db, seeded.calendarId);
    expect([...events.keys()]).toEqual(['pasted']);
    expect(events.get('pasted')).toMatchObject({ title: 'Call Anna', location: 'Room 4', ical_uid: null });
  });

  it('keeps incremental changes inside the window only', async () => {
    const seeded = await seedGoogleCalendar(google, fake);
    const cal = seeded.googleCalendarId;
    fake.putEvent(cal, { id: 'soon', start: { dateTime: '2026-12-11T08:00:00Z' }, end: { dateTime: '2026-12-11T09:00:00Z' } });
    await sync(seeded.calendarId);
    // Moved a year ahead: it leaves the window, so the copy drops it. A weekly series from now on
    // lists every instance in an incremental listing; those past the window are not kept.
    fake.putEvent(cal, { id: 'soon', start: { dateTime: '2027-12-11T08:00:00Z' }, end: { dateTime: '2027-12-11T09:00:00Z' } });
    fake.putEvent(cal, { id: 'weekly', start: { dateTime: '2026-12-14T08:00:00Z' }, end: { dateTime: '2026-12-14T09:00:00Z' }, recurrence: ['RRULE:FREQ=WEEKLY;COUNT=52'] });
    const result = await sync(seeded.calendarId);
    expect(result).toMatchObject({ mode: 'incremental', listed: 53, removed: 1 });
    const events = await storedEvents(database.db, seeded.calendarId);
    expect(events.has('soon')).toBe(false);
    // 14 Dec 2026 to the window's end (8 Jun 2027): 26 weekly instances.
    expect(events.size).toBe(26);
    expect([...events.values()].every((event) => (event.start_at as Date) < new Date('2027-06-08T12:00:00Z'))).toBe(true);
  });

  it('throws on rate limits and Google’s failures for the queue to retry, refuses what cannot be fixed, and records why', async () => {
    const seeded = await seedGoogleCalendar(google, fake);
    fake.failNext(new RegExp(`${encodeURIComponent(seeded.googleCalendarId)}/events$`), 1, 429);
    const limited = await sync(seeded.calendarId).catch((error: unknown) => error);
    expect(limited).toMatchObject({ status: 429 });
    expect((await calendarState(seeded.calendarId)).last_sync_error).toBe('calendar sync failed: Google answered 429 (rateLimitExceeded)');
    fake.failNext(new RegExp(`${encodeURIComponent(seeded.googleCalendarId)}/events$`), 1, 503);
    expect(await sync(seeded.calendarId).catch((error: unknown) => error)).toMatchObject({ status: 503 });
    fake.failNext(new RegExp(`${encodeURIComponent(seeded.googleCalendarId)}/events$`), 1, 404, 'notFound');
    const missing = await sync(seeded.calendarId).catch((error: unknown) => error);
    expect(missing).toMatchObject({ name: 'CalendarSyncRefused', message: 'calendar sync failed: Google answered 404 (notFound)' });
    // Nothing was written by the failed runs; the next one succeeds and clears the error.
    expect(await calendarState(seeded.calendarId)).toMatchObject({ sync_token: null, full_synced_at: null });
    expect(await sync(seeded.calendarId)).toMatchObject({ outcome: 'synced', mode: 'full' });
    expect((await calendarState(seeded.calendarId)).last_sync_error).toBeNull();
  });

  it('does nothing for a calendar turned off or a disconnected connection, saying why', async () => {
    const off = await seedGoogleCalendar(google, fake, { syncMode: 'off' });
    expect(await sync(off.calendarId)).toEqual({ outcome: 'skipped', reason: 'off' });
    const gone = await seedGoogleCalendar(google, fake);
    await database.db.asService((tx) => tx`update public.google_connections set status = 'disconnected', disconnected_reason = 'revoked' where id = ${gone.connectionId}`);
    const before = fake.requests.length;
    expect(await sync(gone.calendarId)).toEqual({ outcome: 'skipped', reason: 'disconnected' });
    expect(fake.requests.length).toBe(before);
    expect((await calendarState(gone.calendarId)).last_sync_error).toMatch(/disconnected/);
  });
});
