import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TaskCalendarPerson, TaskCalendarWorld } from '../testing/task-calendar.ts';
import { type ChangedTaskEvent, reconcileTaskEvents } from './reconcile-task-events.ts';
import { taskEventId } from './task-event-id.ts';

// The calendar sync job stores what changed in Google and calls reconcileTaskEvents in its
// transaction. These tests play the sync's part by hand: change the event at the fake as the
// person would, store the change in calendar_events as the sync does, then reconcile.

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

interface TaskRow {
  start_at: Date | null;
  duration_minutes: number | null;
}

async function scheduledTask(person: TaskCalendarPerson, startAt: string, minutes = 30): Promise<string> {
  const [row] = await database.db.sql<{ id: string }[]>`
    insert into public.tasks (user_id, title, start_at, duration_minutes)
    values (${person.userId}, 'Call the bank', ${startAt}, ${minutes}) returning id`;
  await world.runPushes();
  return (row as { id: string }).id;
}

const taskOf = async (taskId: string) =>
  (await database.db.sql<TaskRow[]>`select start_at, duration_minutes from public.tasks where id = ${taskId}`)[0] as TaskRow;
const historyOf = (taskId: string) =>
  database.db.sql<{ source: string; kind: string; version: Record<string, unknown> }[]>`
    select source, kind, version from public.task_history where task_id = ${taskId} order by created_at, id`;
const pendingPushes = async (taskId: string) => (await world.pushJobs(taskId)).filter((job) => job.status === 'pending').length;
const pause = () => new Promise((resolve) => setTimeout(resolve, 15));

/** The person moves the event in Google (timed, or to an all-day day). */
function moveInGoogle(person: TaskCalendarPerson, eventId: string, when: { start: string; end: string } | { day: string }) {
  const times = 'day' in when
    ? { start: { date: when.day }, end: { date: nextDay(when.day) } }
    : { start: { dateTime: when.start, timeZone: 'UTC' }, end: { dateTime: when.end, timeZone: 'UTC' } };
  return world.fake.putEvent(person.googleCalendarId, { ...world.fake.event(person.googleCalendarId, eventId), id: eventId, ...times });
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Stores Google's current version of the event as the sync would, and reconciles it in one transaction. */
async function syncChange(person: TaskCalendarPerson, eventId: string): Promise<void> {
  const event = world.fake.event(person.googleCalendarId, eventId);
  if (!event) throw new Error(`no event ${eventId}`);
  const allDay = event.start.date !== undefined;
  await database.db.asService(async (tx) => {
    const changed = await tx<ChangedTaskEvent[]>`
      update public.calendar_events set
        all_day = ${allDay},
        start_at = ${allDay ? null : new Date(event.start.dateTime as string)}, end_at = ${allDay ? null : new Date(event.end.dateTime as string)},
        start_date = ${event.start.date ?? null}, end_date = ${event.end.date ?? null},
        etag = ${event.etag}, google_updated_at = ${new Date(event.updated)}
      where calendar_id = ${person.calendarId} and google_event_id = ${eventId}
      returning id, google_event_id, task_id, start_at, end_at, all_day, start_date, end_date, etag, google_updated_at, status`;
    await reconcileTaskEvents(tx, { userId: person.userId, calendarId: person.calendarId, changed, removed: [] });
  });
}

async function syncRemoval(person: TaskCalendarPerson, eventId: string, taskId: string): Promise<void> {
  await database.db.asService(async (tx) => {
    await tx`delete from public.calendar_events where calendar_id = ${person.calendarId} and google_event_id = ${eventId}`;
    await reconcileTaskEvents(tx, { userId: person.userId, calendarId: person.calendarId, changed: [], removed: [{ google_event_id: eventId, task_id: taskId }] });
  });
}

describe('reconcileTaskEvents: changes made in Google reach the task', () => {
  it('moves the task when its event moved in Google, pushes nothing back, and keeps where it was in the history', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await scheduledTask(person, '2026-12-08T09:00:00Z');
    const eventId = taskEventId(taskId, null);
    moveInGoogle(person, eventId, { start: '2026-12-08T13:00:00Z', end: '2026-12-08T14:00:00Z' });
    const jobsBefore = (await world.pushJobs(taskId)).length;

    await syncChange(person, eventId);

    expect(await taskOf(taskId)).toEqual({ start_at: new Date('2026-12-08T13:00:00Z'), duration_minutes: 60 });
    expect(await world.pushJobs(taskId)).toHaveLength(jobsBefore);
    expect(await historyOf(taskId)).toEqual([
      {
        source: 'google',
        kind: 'moved_in_google',
        version: { title: 'Call the bank', start_at: '2026-12-08T09:00:00.000Z', end_at: '2026-12-08T09:30:00.000Z', duration_minutes: 30 },
      },
    ]);
    // Google and Ordo agree now: a push sends nothing.
    const patches = world.fake.count('PATCH', new RegExp(`/events/${eventId}$`));
    await database.db.sql`select public.enqueue_calendar_push(${person.userId}, ${taskId})`;
    await world.runPushes();
    expect(world.fake.count('PATCH', new RegExp(`/events/${eventId}$`))).toBe(patches);
  });

  it('ignores Ordo’s own write coming back (the same etag)', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await scheduledTask(person, '2026-12-09T09:00:00Z');
    await database.db.sql`update public.tasks set start_at = '2026-12-09T10:00:00Z' where id = ${taskId}`;
    await world.runPushes();
    const before = await taskOf(taskId);
    const jobsBefore = (await world.pushJobs(taskId)).length;

    await syncChange(person, taskEventId(taskId, null));

    expect(await taskOf(taskId)).toEqual(before);
    expect(await historyOf(taskId)).toEqual([]);
    expect(await world.pushJobs(taskId)).toHaveLength(jobsBefore);
  });

  it('lets the later change win when both sides moved the task: Ordo’s later move stays and is pushed, Google’s goes to the history', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await scheduledTask(person, '2026-12-10T09:00:00Z');
    const eventId = taskEventId(taskId, null);
    moveInGoogle(person, eventId, { start: '2026-12-10T15:00:00Z', end: '2026-12-10T15:30:00Z' });
    await pause();
    await database.db.sql`update public.tasks set start_at = '2026-12-10T11:00:00Z' where id = ${taskId}`;

    await syncChange(person, eventId);

    expect((await taskOf(taskId)).start_at).toEqual(new Date('2026-12-10T11:00:00Z'));
    expect(await historyOf(taskId)).toEqual([
      {
        source: 'google',
        kind: 'conflict_lost',
        version: { title: 'Call the bank', start_at: '2026-12-10T15:00:00.000Z', end_at: '2026-12-10T15:30:00.000Z', duration_minutes: 30 },
      },
    ]);
    expect(await pendingPushes(taskId)).toBe(1);
    await world.runPushes();
    expect(world.fake.event(person.googleCalendarId, eventId)?.start.dateTime).toBe('2026-12-10T11:00:00+00:00');
  });

  it('lets the later change win when both sides moved the task: Google’s later move is taken, Ordo’s goes to the history', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await scheduledTask(person, '2026-12-11T09:00:00Z');
    const eventId = taskEventId(taskId, null);
    await database.db.sql`update public.tasks set start_at = '2026-12-11T11:00:00Z' where id = ${taskId}`;
    await pause();
    moveInGoogle(person, eventId, { start: '2026-12-11T15:00:00Z', end: '2026-12-11T15:30:00Z' });

    await syncChange(person, eventId);

    expect((await taskOf(taskId)).start_at).toEqual(new Date('2026-12-11T15:00:00Z'));
    expect(await historyOf(taskId)).toEqual([
      {
        source: 'ordo',
        kind: 'conflict_lost',
        version: { title: 'Call the bank', start_at: '2026-12-11T11:00:00.000Z', end_at: '2026-12-11T11:30:00.000Z', duration_minutes: 30 },
      },
    ]);
    // The push queued by Ordo's move now finds Google and the task agreeing.
    const patches = world.fake.count('PATCH', new RegExp(`/events/${eventId}$`));
    await world.runPushes();
    expect(world.fake.count('PATCH', new RegExp(`/events/${eventId}$`))).toBe(patches);
    expect(world.fake.event(person.googleCalendarId, eventId)?.start.dateTime).toBe('2026-12-11T15:00:00Z');
  });

  it('unschedules the task when its event is deleted in Google, keeping where it was in the history', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await scheduledTask(person, '2026-12-12T09:00:00Z', 45);
    const eventId = taskEventId(taskId, null);
    world.fake.deleteEvent(person.googleCalendarId, eventId);
    const jobsBefore = (await world.pushJobs(taskId)).length;

    await syncRemoval(person, eventId, taskId);

    expect((await taskOf(taskId)).start_at).toBeNull();
    expect(await world.pushJobs(taskId)).toHaveLength(jobsBefore);
    expect(await historyOf(taskId)).toEqual([
      {
        source: 'google',
        kind: 'unscheduled_in_google',
        version: { title: 'Call the bank', start_at: '2026-12-12T09:00:00.000Z', end_at: '2026-12-12T09:45:00.000Z', duration_minutes: 45 },
      },
    ]);
    const [links] = await database.db.sql<{ n: number }[]>`select count(*)::int as n from public.task_event_links where task_id = ${taskId}`;
    expect(links?.n).toBe(0);
  });

  it('unschedules a task with blocks when one block’s event is deleted, and deletes its other events', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await scheduledTask(person, '2026-12-14T09:00:00Z', 120);
    const [first] = await database.db.sql<{ id: string }[]>`
      insert into public.task_blocks (user_id, task_id, start_at, end_at)
      values (${person.userId}, ${taskId}, '2026-12-14T09:00:00Z', '2026-12-14T10:00:00Z'),
             (${person.userId}, ${taskId}, '2026-12-15T09:00:00Z', '2026-12-15T10:00:00Z')
      returning id`;
    await world.runPushes();
    const eventId = taskEventId(taskId, first?.id as string);
    world.fake.deleteEvent(person.googleCalendarId, eventId);

    await syncRemoval(person, eventId, taskId);

    expect((await taskOf(taskId)).start_at).toBeNull();
    const [blocks] = await database.db.sql<{ n: number }[]>`select count(*)::int as n from public.task_blocks where task_id = ${taskId}`;
    expect(blocks?.n).toBe(0);
    const history = await historyOf(taskId);
    expect(history.map((row) => row.kind)).toEqual(['unscheduled_in_google']);
    expect(history[0]?.version.blocks).toHaveLength(2);
    await world.runPushes();
    expect(world.fake.events(person.googleCalendarId).filter((event) => event.status !== 'cancelled')).toEqual([]);
  });

  it('creates the event again when it was deleted in Google but the task moved in Ordo since the last push', async () => {
    const person = await world.connectPerson('UTC');
    const taskId = await scheduledTask(person, '2026-12-16T09:00:00Z');
    const eventId = taskEventId(taskId, null);
    world.fake.deleteEvent(person.googleCalendarId, eventId);
    await database.db.sql`update public.tasks set start_at = '2026-12-16T12:00:00Z' where id = ${taskId}`;

    await syncRemoval(person, eventId, taskId);

    expect((await taskOf(taskId)).start_at).toEqual(new Date('2026-12-16T12:00:00Z'));
    expect(await historyOf(taskId)).toEqual([
      {
        source: 'google',
        kind: 'conflict_lost',
        version: { title: 'Call the bank', start_at: '2026-12-16T09:00:00.000Z', end_at: '2026-12-16T09:30:00.000Z', duration_minutes: 30, deleted: true },
      },
    ]);
    await world.runPushes();
    const event = world.fake.event(person.googleCalendarId, eventId);
    expect([event?.status, event?.start.dateTime]).toEqual(['confirmed', '2026-12-16T12:00:00+00:00']);
  });

  it('moves the task to the day of an all-day event at its own time of day, and makes the event timed again', async () => {
    const person = await world.connectPerson('Europe/Berlin');
    const taskId = await scheduledTask(person, '2026-12-17T08:30:00Z', 60);
    const eventId = taskEventId(taskId, null);
    moveInGoogle(person, eventId, { day: '2026-12-19' });

    await syncChange(person, eventId);

    expect(await taskOf(taskId)).toEqual({ start_at: new Date('2026-12-19T08:30:00Z'), duration_minutes: 60 });
    expect((await historyOf(taskId)).map((row) => row.kind)).toEqual(['moved_in_google']);
    await world.runPushes();
    expect(world.fake.event(person.googleCalendarId, eventId)?.start).toEqual({ dateTime: '2026-12-19T09:30:00+01:00', timeZone: 'Europe/Berlin' });
  });
});
