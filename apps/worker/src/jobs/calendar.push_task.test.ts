import { calendarPushTaskDedupKey, jobDefaults } from '@ordo/shared-types';
import { enqueue } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asChangeFromGoogle } from '../calendar/change-origin.ts';
import { taskEventId } from '../calendar/task-event-id.ts';
import { type TaskCalendarPerson, TaskCalendarWorld, TEST_APP_URL } from '../testing/task-calendar.ts';

let database: TestDatabase;
let world: TaskCalendarWorld;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await TaskCalendarWorld.start(database.db, database.url);
});

afterAll(async () => {
  await world.close();
  await database.drop();
});

async function addTask(userId: string, fields: { title?: string; start_at?: string | null; duration_minutes?: number | null } = {}): Promise<string> {
  const [row] = await database.db.sql<{ id: string }[]>`
    insert into public.tasks (user_id, title, start_at, duration_minutes)
    values (${userId}, ${fields.title ?? 'Write the report'}, ${fields.start_at ?? null}, ${fields.duration_minutes ?? null})
    returning id`;
  return (row as { id: string }).id;
}

const liveEvents = (googleCalendarId: string) => world.fake.events(googleCalendarId).filter((event) => event.status !== 'cancelled');
const eventPath = (person: TaskCalendarPerson, eventId: string) =>
  new RegExp(`/calendars/${encodeURIComponent(person.googleCalendarId).replaceAll('.', '\\.')}/events/${eventId}$`);
const insertPath = (person: TaskCalendarPerson) => new RegExp(`/calendars/${encodeURIComponent(person.googleCalendarId).replaceAll('.', '\\.')}/events$`);

async function linkOf(taskId: string) {
  return database.db.sql<{ google_event_id: string; block_id: string | null; etag: string; pushed_start_at: Date; pushed_end_at: Date; calendar_id: string }[]>`
    select google_event_id, block_id, etag, pushed_start_at, pushed_end_at, calendar_id from public.task_event_links
    where task_id = ${taskId} order by pushed_start_at`;
}

describe('calendar.push_task: a scheduled task becomes an event in the task calendar', () => {
  it('enqueues one push when a task is scheduled, and creates one event tagged with the task, at its times in the person’s zone', async () => {
    const person = await world.connectPerson('Europe/Berlin');
    const taskId = await addTask(person.userId, { start_at: '2026-12-08T09:00:00Z', duration_minutes: 45 });

    const jobs = await world.pushJobs(taskId);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      status: 'pending',
      dedup_key: calendarPushTaskDedupKey(taskId),
      priority: jobDefaults['calendar.push_task'].priority,
      max_attempts: jobDefaults['calendar.push_task'].maxAttempts,
    });

    await world.runPushes();
    const [event, ...others] = liveEvents(person.googleCalendarId);
    expect(others).toEqual([]);
    expect(event).toMatchObject({
      id: taskEventId(taskId, null),
      summary: 'Write the report',
      description: `${TEST_APP_URL}/tasks/${taskId}`,
      start: { dateTime: '2026-12-08T10:00:00+01:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2026-12-08T10:45:00+01:00', timeZone: 'Europe/Berlin' },
      transparency: 'opaque',
      extendedProperties: { private: { ordo_task_id: taskId } },
    });
    expect(world.fake.count('POST', insertPath(person))).toBe(1);
    expect((await world.pushJobs(taskId)).map((job) => job.status)).toEqual(['completed']);

    // The link and the synced copy carry the etag Google answered, so the sync sees its own write.
    const [link] = await linkOf(taskId);
    expect(link).toMatchObject({ google_event_id: event?.id, etag: event?.etag, block_id: null });
    const [copy] = await database.db.sql`
      select task_id, etag, google_updated_at, start_at, end_at, all_day from public.calendar_events
      where calendar_id = ${person.calendarId} and google_event_id = ${event?.id as string}`;
    expect(copy).toMatchObject({
      task_id: taskId,
      etag: event?.etag,
      google_updated_at: new Date(event?.updated as string),
      start_at: new Date('2026-12-08T09:00:00Z'),
      end_at: new Date('2026-12-08T09:45:00Z'),
      all_day: false,
    });
  });

  it('lasts 30 minutes when the task has no duration', async () => {
    const person = await world.connectPerson('UTC');
    await addTask(person.userId, { start_at: '2026-12-09T14:00:00Z' });
    await world.runPushes();
    expect(liveEvents(person.googleCalendarId).map((event) => [event.start.dateTime, event.end.dateTime])).toEqual([
      ['2026-12-09T14:00:00+00:00', '2026-12-09T14:30:00+00:00'],
    ]);
  });

  it('patches the event once when the task moves in Ordo, and sends nothing when the job runs again with nothing changed', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await addTask(person.userId, { start_at: '2026-12-10T09:00:00Z', duration_minutes: 30 });
    await world.runPushes();
    const eventId = taskEventId(taskId, null);

    await database.db.sql`update public.tasks set start_at = '2026-12-10T11:00:00Z' where id = ${taskId}`;
    await world.runPushes();
    expect(world.fake.count('PATCH', eventPath(person, eventId))).toBe(1);
    expect(world.fake.event(person.googleCalendarId, eventId)?.start.dateTime).toBe('2026-12-10T11:00:00+00:00');

    const requestsBefore = world.fake.requests.length;
    await enqueue(database.db.sql, 'calendar.push_task', { task_id: taskId }, { userId: person.userId });
    await world.runPushes();
    expect(world.fake.requests.length).toBe(requestsBefore);
    expect((await world.pushJobs(taskId)).map((job) => job.status)).toEqual(['completed', 'completed', 'completed']);
  });

  it('sends only the title when only the title changed', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await addTask(person.userId, { start_at: '2026-12-10T09:00:00Z' });
    await world.runPushes();
    const before = world.fake.event(person.googleCalendarId, taskEventId(taskId, null));
    await database.db.sql`update public.tasks set title = 'Write the final report' where id = ${taskId}`;
    await world.runPushes();
    const after = world.fake.event(person.googleCalendarId, taskEventId(taskId, null));
    expect(after?.summary).toBe('Write the final report');
    expect(after?.start).toEqual(before?.start);
    expect(world.fake.count('PATCH', eventPath(person, taskEventId(taskId, null)))).toBe(1);
  });

  it('deletes the event when the task is unscheduled, cancelled or deleted, and keeps it when the task is done', async () => {
    const person = await world.connectPerson('UTC');
    const [unscheduled, cancelled, deleted, done] = await Promise.all(
      ['a', 'b', 'c', 'd'].map((title) => addTask(person.userId, { title, start_at: '2026-12-11T09:00:00Z' })),
    );
    await world.runPushes();
    expect(liveEvents(person.googleCalendarId)).toHaveLength(4);

    await database.db.sql`update public.tasks set start_at = null where id = ${unscheduled as string}`;
    await database.db.sql`update public.tasks set status = 'cancelled' where id = ${cancelled as string}`;
    await database.db.sql`update public.tasks set deleted_at = now() where id = ${deleted as string}`;
    await database.db.sql`update public.tasks set status = 'done' where id = ${done as string}`;
    await world.runPushes();

    expect(liveEvents(person.googleCalendarId).map((event) => event.summary)).toEqual(['d']);
    for (const taskId of [unscheduled, cancelled, deleted] as string[]) {
      expect(world.fake.count('DELETE', eventPath(person, taskEventId(taskId, null)))).toBe(1);
      expect(await linkOf(taskId)).toEqual([]);
    }
    const [copies] = await database.db.sql<{ n: number }[]>`
      select count(*)::int as n from public.calendar_events where calendar_id = ${person.calendarId}`;
    expect(copies?.n).toBe(1);
    expect((await world.pushJobs(done as string)).at(-1)?.result).toMatchObject({ skipped: 'finished' });
  });

  it('does not make a second event when it crashed after Google answered but before the link was stored', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await addTask(person.userId, { start_at: '2026-12-12T09:00:00Z' });
    await world.runPushes();
    // As if the transaction storing the link had never committed.
    await database.db.sql`delete from public.task_event_links where task_id = ${taskId}`;
    await enqueue(database.db.sql, 'calendar.push_task', { task_id: taskId }, { userId: person.userId });
    await world.runPushes();

    expect(liveEvents(person.googleCalendarId)).toHaveLength(1);
    expect(world.fake.requests.filter((request) => request.method === 'POST' && insertPath(person).test(request.path)).map((r) => r.status)).toEqual([200, 409]);
    const [link] = await linkOf(taskId);
    expect(link?.etag).toBe(world.fake.event(person.googleCalendarId, taskEventId(taskId, null))?.etag);
  });

  it('creates the event again when it is gone from Google', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await addTask(person.userId, { start_at: '2026-12-12T09:00:00Z' });
    await world.runPushes();
    world.fake.failNext(eventPath(person, taskEventId(taskId, null)), 1, 404, 'notFound');
    await database.db.sql`update public.tasks set start_at = '2026-12-12T10:00:00Z' where id = ${taskId}`;
    await world.runPushes();
    expect(liveEvents(person.googleCalendarId).map((event) => event.start.dateTime)).toEqual(['2026-12-12T10:00:00+00:00']);
    expect((await world.pushJobs(taskId)).map((job) => job.status)).toEqual(['completed', 'completed']);
  });

  it('gives each block its own event and the task none, and follows blocks as they change', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await addTask(person.userId, { start_at: '2026-12-14T09:00:00Z', duration_minutes: 120 });
    await world.runPushes();
    const [first, second] = await database.db.sql<{ id: string }[]>`
      insert into public.task_blocks (user_id, task_id, start_at, end_at)
      values (${person.userId}, ${taskId}, '2026-12-14T09:00:00Z', '2026-12-14T10:00:00Z'),
             (${person.userId}, ${taskId}, '2026-12-15T09:00:00Z', '2026-12-15T10:00:00Z')
      returning id`;
    await world.runPushes();
    const blockEvents = () =>
      liveEvents(person.googleCalendarId)
        .map((event) => [event.extendedProperties?.private?.ordo_block_id, event.start.dateTime])
        .sort();
    expect(blockEvents()).toEqual(
      [
        [first?.id, '2026-12-14T09:00:00+00:00'],
        [second?.id, '2026-12-15T09:00:00+00:00'],
      ].sort(),
    );

    await database.db.sql`delete from public.task_blocks where id = ${second?.id as string}`;
    await database.db.sql`update public.task_blocks set start_at = '2026-12-14T13:00:00Z', end_at = '2026-12-14T14:00:00Z' where id = ${first?.id as string}`;
    await world.runPushes();
    expect(blockEvents()).toEqual([[first?.id, '2026-12-14T13:00:00+00:00']]);
    expect((await linkOf(taskId)).map((link) => link.block_id)).toEqual([first?.id]);
  });

  it('moves the events when the person picks another task calendar', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await addTask(person.userId, { start_at: '2030-01-07T09:00:00Z' });
    await world.runPushes();
    const otherGoogleId = `other-${taskId}@group.calendar.google.test`;
    const other = await world.addCalendar(person.userId, person.connectionId, otherGoogleId, false);

    await database.db.asService(async (tx) => {
      await tx`update public.calendars set is_task_target = false where id = ${person.calendarId}`;
      await tx`update public.calendars set is_task_target = true where id = ${other}`;
    });
    await world.runPushes();
    expect(liveEvents(person.googleCalendarId)).toEqual([]);
    expect(liveEvents(otherGoogleId).map((event) => event.extendedProperties?.private?.ordo_task_id)).toEqual([taskId]);
    expect((await linkOf(taskId)).map((link) => link.calendar_id)).toEqual([other]);
  });

  it('completes without calling Google when the connection is disconnected', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await addTask(person.userId, { start_at: '2026-12-16T09:00:00Z' });
    await world.runPushes();
    await database.db.sql`update public.google_connections set status = 'disconnected', disconnected_reason = 'invalid_grant' where id = ${person.connectionId}`;
    const requestsBefore = world.fake.requests.length;
    await database.db.sql`update public.tasks set start_at = null where id = ${taskId}`;
    await world.runPushes();
    expect(world.fake.requests.length).toBe(requestsBefore);
    expect((await world.pushJobs(taskId)).at(-1)).toMatchObject({ status: 'completed', result: { skipped: 'disconnected' } });
  });
});

describe('the triggers that enqueue calendar.push_task', () => {
  it('do not enqueue for changes to other columns (notes, priority, due date)', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await addTask(person.userId, { start_at: '2026-12-17T09:00:00Z' });
    await world.runPushes();
    await database.db.sql`update public.tasks set notes = 'more', priority = 'high', due_date = '2026-12-20' where id = ${taskId}`;
    expect(await world.pushJobs(taskId)).toHaveLength(1);
  });

  it('do not enqueue for people without an active connection and a task calendar, nor for unscheduled tasks', async () => {
    const person = await world.connectPerson('UTC');
    const unscheduled = await addTask(person.userId, { start_at: null });
    await database.db.sql`update public.tasks set title = 'Renamed' where id = ${unscheduled}`;
    await database.db.sql`update public.calendars set is_task_target = false where id = ${person.calendarId}`;
    const noTarget = await addTask(person.userId, { start_at: '2026-12-17T09:00:00Z' });
    const [stranger] = await database.db.sql<{ id: string }[]>`insert into public.users (email) values ('no-google@example.test') returning id`;
    const notConnected = await addTask(stranger?.id as string, { start_at: '2026-12-17T09:00:00Z' });
    for (const taskId of [unscheduled, noTarget, notConnected]) expect(await world.pushJobs(taskId)).toEqual([]);
  });

  it('do not enqueue for changes made with the Google change origin (the inbound sync)', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await addTask(person.userId, { start_at: '2026-12-17T09:00:00Z' });
    await world.runPushes();
    await database.db.asService((tx) =>
      asChangeFromGoogle(tx, async () => {
        await tx`update public.tasks set start_at = '2026-12-17T10:00:00Z' where id = ${taskId}`;
        await tx`insert into public.task_blocks (user_id, task_id, start_at, end_at) values (${person.userId}, ${taskId}, '2026-12-17T10:00:00Z', '2026-12-17T11:00:00Z')`;
      }),
    );
    expect(await world.pushJobs(taskId)).toHaveLength(1);
    // The origin ends with the inbound writes: a later change in the same transaction is pushed.
    await database.db.asService(async (tx) => {
      await asChangeFromGoogle(tx, async () => tx`update public.tasks set title = 'From Google' where id = ${taskId}`);
      await tx`update public.tasks set title = 'From Ordo' where id = ${taskId}`;
    });
    expect(await world.pushJobs(taskId)).toHaveLength(2);
  });

  it('add a job keyed after a running push, which may have read the task before this change', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await addTask(person.userId, { start_at: '2026-12-18T09:00:00Z' });
    const [pending] = await world.pushJobs(taskId);
    // The pending job is taken by a worker.
    await database.db.sql`
      update public.queue_jobs set status = 'processing', locked_by = 'elsewhere', lease_expires_at = now() + interval '1 minute', updated_at = now()
      where id = ${pending?.id as string}`;
    await database.db.sql`update public.tasks set start_at = '2026-12-18T10:00:00Z' where id = ${taskId}`;
    await database.db.sql`update public.tasks set start_at = '2026-12-18T11:00:00Z' where id = ${taskId}`;
    const jobs = await world.pushJobs(taskId);
    expect(jobs.map((job) => [job.status, job.dedup_key])).toEqual([
      ['processing', calendarPushTaskDedupKey(taskId)],
      ['pending', `${calendarPushTaskDedupKey(taskId)}:after:${pending?.id}`],
    ]);
    await database.db.sql`delete from public.queue_jobs where id = ${pending?.id as string}`;
  });
});
