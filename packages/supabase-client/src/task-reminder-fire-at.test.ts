import { randomUUID } from 'node:crypto';
import { instantOfWallTime } from '@ordo/shared-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from './db.ts';
import { createTestDatabase, type TestDatabase } from './testing/database.ts';

// The triggers of 20261204123000_task_reminder_fire_at.sql: a reminder's fire_at follows its task
// and its owner's timezone through every write path, resolving wall-clock times as zoned.ts does.

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

const service = <T>(fn: (tx: Tx) => Promise<T>): Promise<T> => database.db.asService(fn);

async function person(timezone: string): Promise<string> {
  const [user] = await service(
    (tx) => tx`insert into users (email, timezone) values (${`${randomUUID()}@example.test`}, ${timezone}) returning id`,
  );
  return user?.id as string;
}

async function task(userId: string, fields: { start_at?: string; due_date?: string; status?: string } = {}): Promise<string> {
  const [row] = await database.db.asUser(
    userId,
    (tx) => tx<{ id: string }[]>`
      insert into tasks (user_id, title, start_at, due_date, status)
      values (${userId}, 'Call the bank', ${fields.start_at ?? null}, ${fields.due_date ?? null}, ${fields.status ?? 'todo'})
      returning id`,
  );
  return row?.id as string;
}

interface Reminder {
  anchor: 'start' | 'due' | 'due_day' | 'absolute';
  offset_minutes?: number;
  days_before?: number;
  local_time?: string | null;
  at?: string | null;
}

/** Adds a reminder as its owner would (RLS applies) and returns its id. */
async function remind(userId: string, taskId: string, reminder: Reminder): Promise<string> {
  const [row] = await database.db.asUser(
    userId,
    (tx) => tx<{ id: string }[]>`
      insert into task_reminders (user_id, task_id, anchor, offset_minutes, days_before, local_time, at)
      values (${userId}, ${taskId}, ${reminder.anchor}, ${reminder.offset_minutes ?? 0}, ${reminder.days_before ?? 0},
              ${reminder.local_time ?? null}, ${reminder.at ?? null})
      returning id`,
  );
  return row?.id as string;
}

async function fireAt(reminderId: string): Promise<string | null> {
  const [row] = await service<{ fire_at: Date | null }[]>((tx) => tx`select fire_at from task_reminders where id = ${reminderId}`);
  return row?.fire_at?.toISOString() ?? null;
}

const asUserUpdate = (userId: string, taskId: string, set: Record<string, unknown>) =>
  database.db.asUser(userId, (tx) => tx`update tasks set ${tx(set)} where id = ${taskId}`);

function wallTimes(day: string, stepMinutes: number): string[] {
  const times: string[] = [];
  for (let minute = 0; minute < 1440; minute += stepMinutes) {
    times.push(`${day}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`);
  }
  return times;
}

describe('instant_of_wall_time', () => {
  it('resolves every quarter hour of both New York DST days and the 30/45-minute zones exactly as zoned.ts does', async () => {
    const cases: [string, string][] = [
      ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'],
      // Lord Howe moves its clocks by 30 minutes; Kathmandu is +05:45, Chatham +12:45/+13:45, St John's -03:30/-02:30.
      ['Australia/Lord_Howe', '2026-04-05'],
      ['Australia/Lord_Howe', '2026-10-04'],
      ['Asia/Kathmandu', '2026-03-08'],
      ['Pacific/Chatham', '2026-04-05'],
      ['Pacific/Chatham', '2026-09-27'],
      ['America/St_Johns', '2026-03-08'],
      ['America/St_Johns', '2026-11-01'],
    ];
    for (const [zone, day] of cases) {
      const walls = wallTimes(day, 15);
      const rows = await service<{ wall: string; instant: Date }[]>(
        (tx) => tx`
          select w as wall, public.instant_of_wall_time(w::timestamp, ${zone}) as instant
          from unnest(${walls}::text[]) as w`,
      );
      const fromSql = rows.map((row) => `${row.wall} ${row.instant.toISOString()}`);
      const fromTs = walls.map((wall) => {
        const [date = '', time = ''] = wall.split('T');
        const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
        const [hour, minute] = time.split(':').map(Number) as [number, number];
        return `${wall} ${instantOfWallTime({ year, month, day: dayOfMonth, hour, minute }, zone).toISOString()}`;
      });
      expect(fromSql, `${zone} on ${day}`).toEqual(fromTs);
    }
  });

  it('takes the first 01:30 of New York’s autumn day, where plain AT TIME ZONE takes the second', async () => {
    const [row] = await service<{ ours: Date; plain: Date; gap: Date }[]>(
      (tx) => tx`
        select public.instant_of_wall_time('2026-11-01 01:30', 'America/New_York') as ours,
               '2026-11-01 01:30'::timestamp at time zone 'America/New_York' as plain,
               public.instant_of_wall_time('2026-03-08 02:30', 'America/New_York') as gap`,
    );
    expect(row?.ours.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(row?.plain.toISOString()).toBe('2026-11-01T06:30:00.000Z');
    // 02:30 does not exist on 8 March: 03:30 EDT.
    expect(row?.gap.toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });
});

describe('task_reminders.fire_at', () => {
  it('is computed for each anchor across New York’s DST days', async () => {
    const ny = await person('America/New_York');
    const spring = await task(ny, { start_at: '2026-03-08T07:30:00Z', due_date: '2026-03-08' });
    const autumn = await task(ny, { start_at: '2026-11-01T05:30:00Z', due_date: '2026-11-01' });
    // 30 minutes before a start at 03:30 EDT is 01:00 EST: an instant minus 30 minutes.
    expect(await fireAt(await remind(ny, spring, { anchor: 'start', offset_minutes: 30 }))).toBe('2026-03-08T07:00:00.000Z');
    // The end of 8 March is midnight EDT (04:00Z); of 1 November, midnight EST (05:00Z).
    expect(await fireAt(await remind(ny, spring, { anchor: 'due', offset_minutes: 60 }))).toBe('2026-03-09T03:00:00.000Z');
    expect(await fireAt(await remind(ny, autumn, { anchor: 'due' }))).toBe('2026-11-02T05:00:00.000Z');
    // 02:30 on the spring day does not exist: 03:30 EDT. 01:30 on the autumn day comes twice: the first (EDT).
    expect(await fireAt(await remind(ny, spring, { anchor: 'due_day', local_time: '02:30' }))).toBe('2026-03-08T07:30:00.000Z');
    expect(await fireAt(await remind(ny, autumn, { anchor: 'due_day', local_time: '01:30' }))).toBe('2026-11-01T05:30:00.000Z');
    // A day before, still EDT on 31 October.
    expect(await fireAt(await remind(ny, autumn, { anchor: 'due_day', local_time: '09:00', days_before: 1 }))).toBe('2026-10-31T13:00:00.000Z');
    expect(await fireAt(await remind(ny, spring, { anchor: 'absolute', at: '2026-03-01T12:00:00Z' }))).toBe('2026-03-01T12:00:00.000Z');
  });

  it('follows the 30- and 45-minute offsets of Kathmandu and Lord Howe', async () => {
    const kathmandu = await person('Asia/Kathmandu');
    const due = await task(kathmandu, { due_date: '2026-06-10' });
    expect(await fireAt(await remind(kathmandu, due, { anchor: 'due_day', local_time: '09:00' }))).toBe('2026-06-10T03:15:00.000Z');
    const lordHowe = await person('Australia/Lord_Howe');
    // 5 April 2026: 02:00 daylight time (+11) falls back to 01:30 (+10:30); 01:45 comes twice.
    const autumn = await task(lordHowe, { due_date: '2026-04-05' });
    expect(await fireAt(await remind(lordHowe, autumn, { anchor: 'due_day', local_time: '01:45' }))).toBe('2026-04-04T14:45:00.000Z');
  });

  it('is null for a task without the anchor’s field, and appears once the task gets it', async () => {
    const userId = await person('UTC');
    const bare = await task(userId);
    const start = await remind(userId, bare, { anchor: 'start', offset_minutes: 10 });
    const due = await remind(userId, bare, { anchor: 'due_day', local_time: '09:00' });
    expect(await fireAt(start)).toBeNull();
    expect(await fireAt(due)).toBeNull();
    await asUserUpdate(userId, bare, { start_at: new Date('2026-06-10T10:00:00Z'), due_date: '2026-06-11' });
    expect(await fireAt(start)).toBe('2026-06-10T09:50:00.000Z');
    expect(await fireAt(due)).toBe('2026-06-11T09:00:00.000Z');
  });

  it('moves with the task, is cancelled by completing, cancelling or deleting it, and comes back when it is reopened or restored', async () => {
    const userId = await person('Europe/Berlin');
    const taskId = await task(userId, { start_at: '2026-06-10T10:00:00Z', due_date: '2026-06-10' });
    const start = await remind(userId, taskId, { anchor: 'start', offset_minutes: 30 });
    const absolute = await remind(userId, taskId, { anchor: 'absolute', at: '2026-06-09T08:00:00Z' });
    expect(await fireAt(start)).toBe('2026-06-10T09:30:00.000Z');
    await asUserUpdate(userId, taskId, { start_at: new Date('2026-06-12T15:00:00Z') });
    expect(await fireAt(start)).toBe('2026-06-12T14:30:00.000Z');

    for (const status of ['done', 'cancelled']) {
      await asUserUpdate(userId, taskId, { status });
      expect([await fireAt(start), await fireAt(absolute)], status).toEqual([null, null]);
      await asUserUpdate(userId, taskId, { status: 'todo' });
      expect([await fireAt(start), await fireAt(absolute)]).toEqual(['2026-06-12T14:30:00.000Z', '2026-06-09T08:00:00.000Z']);
    }
    await asUserUpdate(userId, taskId, { deleted_at: new Date() });
    expect(await fireAt(start)).toBeNull();
    await asUserUpdate(userId, taskId, { deleted_at: null });
    expect(await fireAt(start)).toBe('2026-06-12T14:30:00.000Z');
    // A hard delete takes the reminders with it.
    await database.db.asUser(userId, (tx) => tx`delete from tasks where id = ${taskId}`);
    expect(await service((tx) => tx`select 1 from task_reminders where task_id = ${taskId}`)).toEqual([]);
  });

  it('moves wall-clock anchors, not instants, when the person changes timezone', async () => {
    const userId = await person('Europe/Paris');
    const taskId = await task(userId, { start_at: '2026-06-10T10:00:00Z', due_date: '2026-06-10' });
    const dueDay = await remind(userId, taskId, { anchor: 'due_day', local_time: '09:00' });
    const due = await remind(userId, taskId, { anchor: 'due', offset_minutes: 0 });
    const start = await remind(userId, taskId, { anchor: 'start' });
    expect(await fireAt(dueDay)).toBe('2026-06-10T07:00:00.000Z');
    await database.db.asUser(userId, (tx) => tx`update users set timezone = 'America/New_York' where id = ${userId}`);
    expect(await fireAt(dueDay)).toBe('2026-06-10T13:00:00.000Z');
    expect(await fireAt(due)).toBe('2026-06-11T04:00:00.000Z');
    expect(await fireAt(start)).toBe('2026-06-10T10:00:00.000Z');
  });

  it('recomputes when the reminder is edited, and re-arms a fired reminder only for a new time', async () => {
    const userId = await person('UTC');
    const taskId = await task(userId, { start_at: '2026-06-10T10:00:00Z' });
    const id = await remind(userId, taskId, { anchor: 'start', offset_minutes: 30 });
    await service((tx) => tx`update task_reminders set fired_for = fire_at, fired_at = fire_at, fire_outcome = 'notified' where id = ${id}`);
    await database.db.asUser(userId, (tx) => tx`update task_reminders set channels = '{push,sms}' where id = ${id}`);
    const armed = async () =>
      (await service<{ armed: boolean }[]>((tx) => tx`select fired_for is distinct from fire_at as armed from task_reminders where id = ${id}`))[0]?.armed;
    expect(await armed()).toBe(false);
    await database.db.asUser(userId, (tx) => tx`update task_reminders set offset_minutes = 15 where id = ${id}`);
    expect(await fireAt(id)).toBe('2026-06-10T09:45:00.000Z');
    expect(await armed()).toBe(true);
  });

  it('keeps people to their own tasks and away from the computed columns', async () => {
    const owner = await person('UTC');
    const other = await person('UTC');
    const taskId = await task(owner, { start_at: '2026-06-10T10:00:00Z' });
    await expect(remind(other, taskId, { anchor: 'start' })).rejects.toThrow(/row-level security|owner of its task/);
    const id = await remind(owner, taskId, { anchor: 'start' });
    await expect(database.db.asUser(owner, (tx) => tx`update task_reminders set fire_at = now() where id = ${id}`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(database.db.asUser(owner, (tx) => tx`update task_reminders set fired_for = fire_at where id = ${id}`)).rejects.toThrow(
      /permission denied/,
    );
    // What a client sends for the computed columns on insert is ignored.
    const [sneaky] = await database.db.asUser(
      owner,
      (tx) => tx<{ fire_at: Date; fired_for: Date | null }[]>`
        insert into task_reminders (user_id, task_id, anchor, fire_at, fired_for)
        values (${owner}, ${taskId}, 'start', '2030-01-01Z', '2026-06-10T10:00:00Z') returning fire_at, fired_for`,
    );
    expect(sneaky).toEqual({ fire_at: new Date('2026-06-10T10:00:00Z'), fired_for: null });
    expect(await database.db.asUser(other, (tx) => tx`select 1 from task_reminders where id = ${id}`)).toEqual([]);
    // The service role is held to the task's owner too.
    await expect(
      service((tx) => tx`insert into task_reminders (user_id, task_id, anchor) values (${other}, ${taskId}, 'start')`),
    ).rejects.toThrow(/owner of its task/);
  });
});
