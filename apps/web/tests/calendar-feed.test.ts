import { offsetMinutesAt, formatZonedIso, addDays, calendarDay, instantOfWallTime, parseDate } from '@ordo/shared-types';
import { describe, expect, it } from 'vitest';
import { FEED_FETCHES_PER_FEED } from '../src/lib/server/calendar-feed/feed-limits.ts';
import { type HttpClient, signedUpClient } from './http-client.ts';
import { parseFeed } from './parse-ics.ts';
import { useWebServer } from './web-server.ts';

// GET /calendar/feed/<token>.ics against the built app: created, regenerated and revoked from
// settings, read by ical.js (an independent parser), no session needed, 404 for any URL that is
// not a live feed's.

const server = useWebServer();
const NY = 'America/New_York';
const FEED_PATH = /\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics/;

/** Creates (or regenerates) the person's feed from the settings page; returns its path. */
async function createFeed(client: HttpClient): Promise<string> {
  const answer = await client.request('POST', '/settings?/createCalendarFeed', { form: {} });
  expect(answer.status).toBe(200);
  const path = FEED_PATH.exec(String(answer.body))?.[0];
  if (!path) throw new Error('the settings page showed no feed address');
  return path;
}

/** A calendar app's fetch: no cookie, its own address. */
const fetchFeed = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.origin}${path}`, { headers: { 'x-forwarded-for': '192.0.2.10', ...headers } });

/**
 * The first two days New York changes its clocks from 85 days ago on (inside the feed's window of
 * 90 days back and a year ahead, which always holds two), so the test never ages out of it.
 */
function nearClockChanges(now: Date): string[] {
  const days: string[] = [];
  let day = addDays(calendarDay(now, NY), -85);
  while (days.length < 2) {
    const next = addDays(day, 1);
    const noon = (date: string) => instantOfWallTime({ ...parseDate(date), hour: 12, minute: 0 }, NY);
    if (offsetMinutesAt(noon(day), NY) !== offsetMinutesAt(noon(next), NY)) days.push(next);
    day = next;
  }
  return days;
}

const nineInNewYork = (date: string) => instantOfWallTime({ ...parseDate(date), hour: 9, minute: 0 }, NY).toISOString();

describe('the ICS feed', () => {
  it('serves scheduled tasks, blocks and due dates to a parser, with stable UIDs and times across clock changes', async () => {
    const client = await signedUpClient(server.origin);
    const changes = nearClockChanges(new Date());
    const around = changes.flatMap((day) => [addDays(day, -1), addDays(day, 1)]);
    const created: Record<string, string> = {};
    for (const date of around) {
      const task = await client.post<{ task: { id: string } }>('/api/tasks', { title: `Standup ${date}`, start_at: nineInNewYork(date), duration_minutes: 45 });
      created[date] = task.body.task.id;
    }
    const tricky = 'Buy milk, eggs; bread\nthen call C:\\Bob — a very long title that goes on and on, past seventy-five octets, café ✓';
    const trickyTask = await client.post<{ task: { id: string; user_id: string } }>('/api/tasks', { title: tricky, start_at: nineInNewYork(around[0] as string) });
    const due = await client.post<{ task: { id: string } }>('/api/tasks', { title: 'Pay rent', due_date: addDays(calendarDay(new Date(), NY), 10) });
    const done = await client.post<{ task: { id: string } }>('/api/tasks', { title: 'Done already', start_at: nineInNewYork(around[1] as string), status: 'done' });
    const cancelled = await client.post<{ task: { id: string } }>('/api/tasks', { title: 'Called off', due_date: addDays(calendarDay(new Date(), NY), 3), status: 'cancelled' });
    const deleted = await client.post<{ task: { id: string } }>('/api/tasks', { title: 'Deleted', start_at: nineInNewYork(around[2] as string) });
    expect((await client.delete(`/api/tasks/${deleted.body.task.id}`)).status).toBe(204);
    const split = await client.post<{ task: { id: string; user_id: string } }>('/api/tasks', { title: 'Deep work', start_at: nineInNewYork(around[3] as string) });
    const blockIds = await server.database.db.asService(
      (tx) => tx<{ id: string }[]>`
        insert into public.task_blocks (user_id, task_id, start_at, end_at) values
          (${split.body.task.user_id}, ${split.body.task.id}, ${nineInNewYork(around[3] as string)}, ${new Date(Date.parse(nineInNewYork(around[3] as string)) + 3_600_000)}),
          (${split.body.task.user_id}, ${split.body.task.id}, ${nineInNewYork(addDays(around[3] as string, 1))}, ${new Date(Date.parse(nineInNewYork(addDays(around[3] as string, 1))) + 1_800_000)})
        returning id
      `,
    );

    const path = await createFeed(client);
    const response = await fetchFeed(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    const text = await response.text();
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    const feed = parseFeed(text);
    const host = new URL(server.origin).hostname;
    const byUid = new Map(feed.events.map((event) => [event.uid, event]));
    for (const date of around) {
      const event = byUid.get(`task-${created[date]}@${host}`);
      expect(event?.summary).toBe(`Standup ${date}`);
      expect(formatZonedIso(new Date(event?.start as string), NY)).toMatch(new RegExp(`^${date}T09:00:00-0[45]:00$`));
      expect(Date.parse(event?.end as string) - Date.parse(event?.start as string)).toBe(45 * 60_000);
    }
    // Standard time before spring and after autumn, daylight time between (or the other way round, by season).
    const offsets = around.map((date) => formatZonedIso(new Date(byUid.get(`task-${created[date]}@${host}`)?.start as string), NY).slice(-6));
    expect(offsets[0]).not.toBe(offsets[1]);
    expect(offsets[2]).not.toBe(offsets[3]);

    expect(byUid.get(`task-${trickyTask.body.task.id}@${host}`)).toMatchObject({ summary: tricky, allDay: false });
    // Scheduled with no duration: the default 30 minutes.
    const trickyEvent = byUid.get(`task-${trickyTask.body.task.id}@${host}`);
    expect(Date.parse(trickyEvent?.end as string) - Date.parse(trickyEvent?.start as string)).toBe(30 * 60_000);
    expect(byUid.get(`task-${due.body.task.id}@${host}`)).toMatchObject({ summary: 'Pay rent', allDay: true, start: addDays(calendarDay(new Date(), NY), 10) });
    expect(byUid.get(`block-${blockIds[0]?.id}@${host}`)).toMatchObject({ summary: 'Deep work (1/2)', start: nineInNewYork(around[3] as string) });
    expect(byUid.get(`block-${blockIds[1]?.id}@${host}`)).toMatchObject({ summary: 'Deep work (2/2)', url: `${server.origin}/tasks/${split.body.task.id}` });
    // A task with blocks appears as its blocks only; done, cancelled and deleted tasks not at all.
    for (const id of [split.body.task.id, done.body.task.id, cancelled.body.task.id, deleted.body.task.id]) expect(byUid.has(`task-${id}@${host}`)).toBe(false);
    expect(feed.events).toHaveLength(around.length + 4);

    // The same feed again: same bytes, so the ETag answers 304; an edit bumps SEQUENCE and LAST-MODIFIED.
    const etag = response.headers.get('etag') as string;
    expect((await fetchFeed(path, { 'if-none-match': etag })).status).toBe(304);
    const firstId = created[around[0] as string] as string;
    const before = byUid.get(`task-${firstId}@${host}`);
    // iCalendar times have whole seconds, and so does SEQUENCE: an edit needs a later second to show.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await client.patch(`/api/tasks/${firstId}`, { duration_minutes: 60 })).status).toBe(200);
    const changed = await fetchFeed(path, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    const after = parseFeed(await changed.text()).events.find((event) => event.uid === `task-${firstId}@${host}`);
    expect(after?.sequence).toBeGreaterThan(before?.sequence as number);
    expect(Date.parse(after?.lastModified as string)).toBeGreaterThan(Date.parse(before?.lastModified as string));
    expect(after?.start).toBe(before?.start);
  });

  it('is 404 alike for a revoked, a replaced, an unknown and a malformed address', async () => {
    const client = await signedUpClient(server.origin);
    const first = await createFeed(client);
    expect((await fetchFeed(first)).status).toBe(200);

    const second = await createFeed(client);
    expect(second).not.toBe(first);
    const replaced = await fetchFeed(first);
    expect(replaced.status).toBe(404);
    const notFoundBody = await replaced.text();
    expect((await fetchFeed(second)).status).toBe(200);

    const revoked = await client.request('POST', '/settings?/revokeCalendarFeed', { form: {} });
    expect(revoked.status).toBe(200);
    const gone = await fetchFeed(second);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toBe(notFoundBody);
    expect(gone.headers.get('cache-control')).toBe('no-store');

    const unknown = await fetchFeed(`/calendar/feed/${'A'.repeat(43)}.ics`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe(notFoundBody);
    expect((await fetchFeed('/calendar/feed/short.ics')).status).toBe(404);

    // Settings offers a new feed again.
    const page = await client.get('/settings');
    expect(String(page.body)).toContain('Create feed address');
  });

  it('limits how often one feed can be fetched', async () => {
    const client = await signedUpClient(server.origin);
    const path = await createFeed(client);
    for (let i = 0; i < FEED_FETCHES_PER_FEED; i++) expect((await fetchFeed(path, { 'x-forwarded-for': `198.51.100.${i}` })).status).toBe(200);
    const limited = await fetchFeed(path, { 'x-forwarded-for': '198.51.100.200' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
