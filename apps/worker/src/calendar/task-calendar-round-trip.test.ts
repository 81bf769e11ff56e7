import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedEvents } from '../testing/google-calendar.ts';
import { type TaskCalendarPerson, TaskCalendarWorld } from '../testing/task-calendar.ts';
import { taskEventId } from './task-event-id.ts';

// Tasks and their Google events both ways, through the real jobs only: calendar.push_task as the
// triggers queue it, and calendar.sync as a push notification queues it, each run by the real queue
// runtime against the loopback Google. The person's side is played at the fake, as they would
// edit the event in Google; nothing here calls the reconcile step directly.

let database: TestDatabase;
let world: TaskCalendarWorld;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await TaskCalendarWorld.start(database.db, database.url);
});

afterAll(async () => {
  await world?.close();
  await database?.drop();
});

const ZONE = 'Europe/Berlin';

interface TaskRow {
  start_at: Date | null;
  duration_minutes: number | null;
  updated_at: Date;
}

async function addTask(userId: string, startAt: string, minutes: number): Promise<string> {
  const [row] = await database.db.sql<{ id: string }[]>`
    insert into public.tasks (user_id, title, start_at, duration_minutes)
    values (${userId}, 'Write the report', ${startAt}, ${minutes}) returning id`;
  return (row as { id: string }).id;
}

const taskOf = async (taskId: string) =>
  (await database.db.sql<TaskRow[]>`select start_at, duration_minutes, updated_at from public.tasks where id = ${taskId}`)[0] as TaskRow;
const historyOf = (taskId: string) =>
  database.db.sql<{ source: string; kind: string; version: Record<string, unknown> }[]>`
    select source, kind, version from public.task_history where task_id = ${taskId} order by created_at, id`;
const linksOf = async (taskId: string) =>
  (await database.db.sql<{ n: number }[]>`select count(*)::int as n from public.task_event_links where task_id = ${taskId}`)[0]?.n;
const liveEvents = (person: TaskCalendarPerson) => world.fake.events(person.googleCalendarId).filter((event) => event.status !== 'cancelled');
const calendarPath = (person: TaskCalendarPerson) => `/calendars/${encodeURIComponent(person.googleCalendarId).replaceAll('.', '\\.')}/events`;
const eventCalls = (person: TaskCalendarPerson, method: string, eventId: string) => world.fake.count(method, new RegExp(`${calendarPath(person)}/${eventId}$`));
const sync = (person: TaskCalendarPerson) => world.runSync(person.calendarId, person.userId);
// The conflict rule compares the event's `updated` with the task's updated_at: keep them apart.
const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

/** The person drags the event in Google to `start`–`end` (wall times with Berlin's winter offset). */
function moveInGoogle(person: TaskCalendarPerson, eventId: string, start: string, end: string) {
  const event = world.fake.event(person.googleCalendarId, eventId);
  if (!event) throw new Error(`no event ${eventId} at the fake`);
  return world.fake.putEvent(person.googleCalendarId, {
    ...event,
    start: { dateTime: `${start}+01:00`, timeZone: ZONE },
    end: { dateTime: `${end}+01:00`, timeZone: ZONE },
  });
}

/** A connected person whose task calendar has been synced once (as connecting does), so later syncs are incremental. */
async function connectedAndSynced(): Promise<TaskCalendarPerson> {
  const person = await world.connectPerson(ZONE);
  expect(await sync(person)).toMatchObject({ status: 'completed', result: { outcome: 'synced', mode: 'full', listed: 0 } });
  return person;
}

describe('a task and its Google event, round trip through calendar.push_task and calendar.sync', () => {
  it('pushes the task once, does not take its own write back, follows moves both ways, and unschedules the task when the event is deleted', async () => {
    const person = await connectedAndSynced();
    const taskId = await addTask(person.userId, '2026-12-15T09:00:00Z', 45);
    expect(await world.pushJobs(taskId)).toHaveLength(1);
    await world.runPushes();

    // One event, in the task calendar, carrying the task's id privately.
    const eventId = taskEventId(taskId, null);
    const [event, ...others] = liveEvents(person);
    expect(others).toEqual([]);
    expect(event).toMatchObject({
      id: eventId,
      start: { dateTime: '2026-12-15T10:00:00+01:00', timeZone: ZONE },
      end: { dateTime: '2026-12-15T10:45:00+01:00', timeZone: ZONE },
      extendedProperties: { private: { ordo_task_id: taskId } },
    });
    expect(world.fake.count('POST', new RegExp(`${calendarPath(person)}$`))).toBe(1);

    // The sync lists Ordo's own insert: it writes nothing, changes no task, queues no push.
    const pushed = await taskOf(taskId);
    const requestsBefore = world.fake.requests.length;
    expect(await sync(person)).toMatchObject({ status: 'completed', result: { outcome: 'synced', mode: 'incremental', listed: 1, written: 0, removed: 0 } });
    expect(await taskOf(taskId)).toEqual(pushed);
    expect(await world.pushJobs(taskId)).toHaveLength(1);
    expect(await historyOf(taskId)).toEqual([]);
    // Only the listing went to Google.
    expect(world.fake.requests.slice(requestsBefore).map((request) => request.method)).toEqual(['GET']);

    // Moved in Google to 14:00–15:30 Berlin: the task follows (a longer event, a longer task), the
    // history keeps where it was, and nothing is pushed back.
    moveInGoogle(person, eventId, '2026-12-15T14:00:00', '2026-12-15T15:30:00');
    expect(await sync(person)).toMatchObject({ result: { mode: 'incremental', listed: 1, written: 1 } });
    expect(await taskOf(taskId)).toMatchObject({ start_at: new Date('2026-12-15T13:00:00Z'), duration_minutes: 90 });
    expect(await historyOf(taskId)).toEqual([
      {
        source: 'google',
        kind: 'moved_in_google',
        version: { title: 'Write the report', start_at: '2026-12-15T09:00:00.000Z', end_at: '2026-12-15T09:45:00.000Z', duration_minutes: 45 },
      },
    ]);
    expect(await world.pushJobs(taskId)).toHaveLength(1);
    expect((await storedEvents(database.db, person.calendarId)).get(eventId)).toMatchObject({
      task_id: taskId,
      start_at: new Date('2026-12-15T13:00:00Z'),
      end_at: new Date('2026-12-15T14:30:00Z'),
    });

    // Moved in Ordo to the next morning: one PATCH, and the event keeps the task's 90 minutes.
    await database.db.sql`update public.tasks set start_at = '2026-12-16T08:00:00Z' where id = ${taskId}`;
    expect(await world.pushJobs(taskId)).toHaveLength(2);
    await world.runPushes();
    expect(eventCalls(person, 'PATCH', eventId)).toBe(1);
    expect(world.fake.event(person.googleCalendarId, eventId)).toMatchObject({
      start: { dateTime: '2026-12-16T09:00:00+01:00' },
      end: { dateTime: '2026-12-16T10:30:00+01:00' },
    });

    // The sync after that push sees its own write again: nothing changes.
    const patched = await taskOf(taskId);
    expect(await sync(person)).toMatchObject({ result: { mode: 'incremental', listed: 1, written: 0 } });
    expect(await taskOf(taskId)).toEqual(patched);
    expect(await historyOf(taskId)).toHaveLength(1);
    expect(await world.pushJobs(taskId)).toHaveLength(2);
    expect(eventCalls(person, 'PATCH', eventId)).toBe(1);

    // Deleted in Google: the task loses its time (not its length), the history says where it was,
    // the link and the copy are gone, and Ordo neither recreates nor deletes anything at Google.
    world.fake.deleteEvent(person.googleCalendarId, eventId);
    expect(await sync(person)).toMatchObject({ result: { mode: 'incremental', listed: 1, removed: 1 } });
    expect(await taskOf(taskId)).toMatchObject({ start_at: null, duration_minutes: 90 });
    expect((await historyOf(taskId)).at(-1)).toEqual({
      source: 'google',
      kind: 'unscheduled_in_google',
      version: { title: 'Write the report', start_at: '2026-12-16T08:00:00.000Z', end_at: '2026-12-16T09:30:00.000Z', duration_minutes: 90 },
    });
    expect(await linksOf(taskId)).toBe(0);
    expect((await storedEvents(database.db, person.calendarId)).has(eventId)).toBe(false);
    expect(await world.pushJobs(taskId)).toHaveLength(2);
    expect(eventCalls(person, 'DELETE', eventId)).toBe(0);
    expect(world.fake.count('POST', new RegExp(`${calendarPath(person)}$`))).toBe(1);
  });

  it('when both sides moved, the later move wins through the sync and the other is kept in the history: Ordo’s later move', async () => {
    const person = await connectedAndSynced();
    const taskId = await addTask(person.userId, '2026-12-17T09:00:00Z', 30);
    await world.runPushes();
    const eventId = taskEventId(taskId, null);

    moveInGoogle(person, eventId, '2026-12-17T16:00:00', '2026-12-17T16:30:00');
    await pause();
    await database.db.sql`update public.tasks set start_at = '2026-12-17T11:00:00Z' where id = ${taskId}`;
    const ordoMove = await taskOf(taskId);

    expect(await sync(person)).toMatchObject({ result: { listed: 1, written: 1 } });
    expect(await taskOf(taskId)).toEqual(ordoMove);
    expect(await historyOf(taskId)).toEqual([
      {
        source: 'google',
        kind: 'conflict_lost',
        version: { title: 'Write the report', start_at: '2026-12-17T15:00:00.000Z', end_at: '2026-12-17T15:30:00.000Z', duration_minutes: 30 },
      },
    ]);
    // Ordo's move is pushed once (the sync's push joined the one the move queued) and overwrites Google's.
    expect((await world.pushJobs(taskId)).map((job) => job.status)).toEqual(['completed', 'pending']);
    await world.runPushes();
    expect(eventCalls(person, 'PATCH', eventId)).toBe(1);
    expect(world.fake.event(person.googleCalendarId, eventId)?.start.dateTime).toBe('2026-12-17T12:00:00+01:00');

    expect(await sync(person)).toMatchObject({ result: { listed: 1, written: 0 } });
    expect(await taskOf(taskId)).toEqual(ordoMove);
    expect(await historyOf(taskId)).toHaveLength(1);
    expect(await world.pushJobs(taskId)).toHaveLength(2);
  });

  it('when both sides moved, the later move wins through the sync and the other is kept in the history: Google’s later move', async () => {
    const person = await connectedAndSynced();
    const taskId = await addTask(person.userId, '2026-12-18T09:00:00Z', 30);
    await world.runPushes();
    const eventId = taskEventId(taskId, null);

    await database.db.sql`update public.tasks set start_at = '2026-12-18T11:00:00Z' where id = ${taskId}`;
    await pause();
    moveInGoogle(person, eventId, '2026-12-18T16:00:00', '2026-12-18T16:30:00');

    expect(await sync(person)).toMatchObject({ result: { listed: 1, written: 1 } });
    expect(await taskOf(taskId)).toMatchObject({ start_at: new Date('2026-12-18T15:00:00Z'), duration_minutes: 30 });
    expect(await historyOf(taskId)).toEqual([
      {
        source: 'ordo',
        kind: 'conflict_lost',
        version: { title: 'Write the report', start_at: '2026-12-18T11:00:00.000Z', end_at: '2026-12-18T11:30:00.000Z', duration_minutes: 30 },
      },
    ]);
    // The push Ordo's move queued now finds Google and the task agreeing: it sends nothing.
    const requestsBefore = world.fake.requests.length;
    await world.runPushes();
    expect(world.fake.requests.length).toBe(requestsBefore);
    expect(world.fake.event(person.googleCalendarId, eventId)?.start.dateTime).toBe('2026-12-18T16:00:00+01:00');

    const settled = await taskOf(taskId);
    expect(await sync(person)).toMatchObject({ result: { listed: 0, written: 0 } });
    expect(await taskOf(taskId)).toEqual(settled);
    expect(await historyOf(taskId)).toHaveLength(1);
  });
});
