import { calendarApi, connectionAuth, type GoogleDeps } from '@ordo/google';
import { type GoogleFake, startGoogleFake } from '@ordo/google/testing';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeGoogleDeps, seedGoogleCalendar } from '../testing/google-calendar.ts';
import type { EventChange } from './event-rows.ts';
import { EventListingFailed, listEvents, type PageHandling } from './list-events.ts';

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

const WINDOW = { kind: 'full', timeMin: new Date('2026-12-01T00:00:00Z'), timeMax: new Date('2027-01-01T00:00:00Z') } as const;

/** A calendar of `count` one-hour events in December 2026, and a client signed in to it. */
async function calendarOf(count: number) {
  const seeded = await seedGoogleCalendar(google, fake);
  for (let i = 0; i < count; i++) {
    const start = Date.parse('2026-12-02T09:00:00Z') + i * 3_600_000;
    fake.putEvent(seeded.googleCalendarId, { id: `event${i}`, start: { dateTime: new Date(start).toISOString() }, end: { dateTime: new Date(start + 3_600_000).toISOString() } });
  }
  const { auth } = await connectionAuth(google, seeded.connectionId);
  return { api: await calendarApi(google.config, auth), googleCalendarId: seeded.googleCalendarId };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const listCalls = (googleCalendarId: string) => fake.requests.filter((request) => request.path.endsWith(`${encodeURIComponent(googleCalendarId)}/events`)).length;
// Time for something that should not happen to happen anyway (what should is waited for).
const aWhile = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('listEvents', () => {
  it('fetches the next page only once the previous one is sent, and hands the next over only once it is written', async () => {
    const { api, googleCalendarId } = await calendarOf(5);
    const handed: { ids: string[]; sent: ReturnType<typeof deferred>; written: ReturnType<typeof deferred> }[] = [];
    const onPage = (changes: EventChange[]): PageHandling => {
      const page = { ids: changes.map((change) => (change.kind === 'upsert' ? change.row.google_event_id : '?')), sent: deferred(), written: deferred() };
      handed.push(page);
      return { sent: page.sent.promise, written: page.written.promise };
    };
    const listing = listEvents(api, googleCalendarId, WINDOW, { pageSize: 2, calendarZone: null }, onPage);

    await vi.waitFor(() => expect(handed.map((page) => page.ids)).toEqual([['event0', 'event1']]));
    await aWhile();
    expect(listCalls(googleCalendarId)).toBe(1);
    handed[0]?.sent.resolve();
    // Page 2 is fetched, but waits for page 1 to be written.
    await vi.waitFor(() => expect(listCalls(googleCalendarId)).toBe(2));
    await aWhile();
    expect(handed).toHaveLength(1);
    handed[0]?.written.resolve();
    await vi.waitFor(() => expect(handed.map((page) => page.ids)).toEqual([['event0', 'event1'], ['event2', 'event3']]));
    await aWhile();
    expect(listCalls(googleCalendarId)).toBe(2);
    handed[1]?.sent.resolve();
    handed[1]?.written.resolve();
    // The last page: the listing ends when it is written, whether or not it said it was sent.
    await vi.waitFor(() => expect(handed.map((page) => page.ids)).toEqual([['event0', 'event1'], ['event2', 'event3'], ['event4']]));
    handed[2]?.written.resolve();
    await expect(listing).resolves.toMatchObject({ pages: 3, nextSyncToken: expect.any(String) });
  });

  it('rejects with the failed write once it ends, fetching nothing more', async () => {
    const { api, googleCalendarId } = await calendarOf(4);
    const failure = new Error('disk full');
    const written: ReturnType<typeof deferred>[] = [];
    const listing = listEvents(api, googleCalendarId, WINDOW, { pageSize: 2, calendarZone: null }, () => {
      const page = deferred();
      written.push(page);
      return { sent: Promise.resolve(), written: page.promise };
    });
    listing.catch(() => {});
    await vi.waitFor(() => expect(listCalls(googleCalendarId)).toBe(2));
    written[0]?.reject(failure);
    await expect(listing).rejects.toBe(failure);
    expect(listCalls(googleCalendarId)).toBe(2);
    expect(written).toHaveLength(1);
  });

  it('rejects with EventListingFailed when Google fails a later page, once the page being written is written', async () => {
    const { api, googleCalendarId } = await calendarOf(4);
    fake.failNext(/\/events$/, 1, 503, 'backendError', (query) => query.has('pageToken'));
    const written = deferred();
    let settled = false;
    const listing = listEvents(api, googleCalendarId, WINDOW, { pageSize: 2, calendarZone: null }, () => ({ sent: Promise.resolve(), written: written.promise }));
    listing.then(
      () => (settled = true),
      () => (settled = true),
    );
    await vi.waitFor(() => expect(fake.requests.filter((request) => request.status === 503)).toHaveLength(1));
    await aWhile();
    expect(settled).toBe(false);
    written.resolve();
    await expect(listing).rejects.toBeInstanceOf(EventListingFailed);
  });
});
