import { randomUUID } from 'node:crypto';
import type { Db } from '@ordo/supabase-client';
import { describe, expect, it } from 'vitest';
import { reminderSchedule } from './reminder-schedule.ts';
import { databasePerTest, runScheduleClock, tickSchedule } from './testing/schedule-ticks.ts';

const freshDb = databasePerTest();


const tick = (db: Db, at: Date | string) => tickSchedule(db, reminderSchedule, at);

const runClock = (db: Db, from: string, to: string, stepMinutes = 1) => runScheduleClock(db, reminderSchedule, from, to, stepMinutes);

async function person(db: Db, timezone: string): Promise<string> {
  const [user] = await db.sql<{ id: string }[]>`
    insert into public.users (email, timezone) values (${`${randomUUID()}@example.test`}, ${timezone}) returning id`;
  return (user as { id: string }).id;
}

async function task(db: Db, userId: string, fields: { title?: string; start_at?: string; due_date?: string }): Promise<string> {
  const [row] = await db.sql<{ id: string }[]>`
    insert into public.tasks (user_id, title, start_at, due_date)
    values (${userId}, ${fields.title ?? 'Call the bank'}, ${fields.start_at ?? null}, ${fields.due_date ?? null})
    returning id`;
  return (row as { id: string }).id;
}

async function remind(
  db: Db,
  userId: string,
  taskId: string,
  reminder: { anchor: string; offset_minutes?: number; local_time?: string; at?: string; channels?: string[] },
): Promise<string> {
  const [row] = await db.sql<{ id: string }[]>`
    insert into public.task_reminders (user_id, task_id, anchor, offset_minutes, local_time, at, channels)
    values (${userId}, ${taskId}, ${reminder.anchor}, ${reminder.offset_minutes ?? 0}, ${reminder.local_time ?? null},
            ${reminder.at ?? null}, ${reminder.channels ?? ['push']}::text[])
    returning id`;
  return (row as { id: string }).id;
}

const updateTask = (db: Db, taskId: string, set: Record<string, unknown>) => db.sql`update public.tasks set ${db.sql(set)} where id = ${taskId}`;

interface NotificationRow {
  dedup_key: string;
  title: string;
  body: string;
  link: string;
  channels: string[];
  due_at: Date;
  stale_at: Date;
  task_id: string;
}

const notificationsOf = (db: Db, reminderId: string) =>
  db.sql<NotificationRow[]>`
    select dedup_key, title, body, link, channels, due_at, stale_at, task_id from public.notifications
    where reminder_id = ${reminderId} and kind = 'reminder' order by due_at`;

/** "due_at (the reminder's time) fired_at (the tick that fired it)" of each notification of a reminder. */
async function firings(db: Db, reminderId: string): Promise<string[]> {
  const rows = await db.sql<{ due_at: Date; fired_at: Date | null }[]>`
    select n.due_at, r.fired_at from public.notifications n join public.task_reminders r on r.id = n.reminder_id
    where n.reminder_id = ${reminderId} order by n.due_at`;
  return rows.map((row) => `${row.due_at.toISOString()} ${row.fired_at?.toISOString()}`);
}

async function reminderRow(db: Db, reminderId: string) {
  const [row] = await db.sql<{ fire_at: Date | null; fired_for: Date | null; fired_at: Date | null; fire_outcome: string | null }[]>`
    select fire_at, fired_for, fired_at, fire_outcome from public.task_reminders where id = ${reminderId}`;
  return row;
}

const sendJobs = (db: Db, userId: string) =>
  db.sql<{ dedup_key: string; run_at: Date; payload: { notification_id: string; channel: string } }[]>`
    select dedup_key, run_at, payload from public.queue_jobs where job_type = 'notify.send' and user_id = ${userId}
    order by payload->>'channel'`;

describe('the reminder schedule, tick by tick against the database', () => {
  it('fires a reminder on a task moved twice before it fired once, at the final time', async () => {
    const db = await freshDb();
    const userId = await person(db, 'America/New_York');
    const taskId = await task(db, userId, { start_at: '2026-06-10T16:00:00Z' });
    const reminderId = await remind(db, userId, taskId, { anchor: 'start', offset_minutes: 30, channels: ['push', 'sms'] });
    await runClock(db, '2026-06-10T12:00:00Z', '2026-06-10T13:00:00Z', 5);
    // Later, then earlier than at first: 30 minutes before 14:30Z is 14:00Z.
    await updateTask(db, taskId, { start_at: new Date('2026-06-10T17:00:00Z') });
    await runClock(db, '2026-06-10T13:00:00Z', '2026-06-10T13:30:00Z', 5);
    await updateTask(db, taskId, { start_at: new Date('2026-06-10T14:30:00Z') });
    await runClock(db, '2026-06-10T13:30:00Z', '2026-06-10T18:00:00Z', 5);

    expect(await firings(db, reminderId)).toEqual(['2026-06-10T14:00:00.000Z 2026-06-10T14:00:00.000Z']);
    const [notification] = await notificationsOf(db, reminderId);
    expect(notification).toMatchObject({
      dedup_key: `reminder:${reminderId}:2026-06-10T14:00:00.000Z`,
      title: 'Reminder: Call the bank',
      // 14:30Z is 10:30 in New York (EDT).
      body: 'Reminder: Call the bank starts at 10:30',
      link: `/tasks/${taskId}`,
      channels: ['push', 'sms'],
      due_at: new Date('2026-06-10T14:00:00Z'),
      stale_at: new Date('2026-06-10T20:00:00Z'),
      task_id: taskId,
    });
    const jobs = await sendJobs(db, userId);
    expect(jobs.map((job) => [job.payload.channel, job.run_at.toISOString()])).toEqual([
      ['push', '2026-06-10T14:00:00.000Z'],
      ['sms', '2026-06-10T14:00:00.000Z'],
    ]);
    expect(await reminderRow(db, reminderId)).toMatchObject({ fired_for: new Date('2026-06-10T14:00:00Z'), fire_outcome: 'notified' });
  }, 60_000);

  it('fires again for a new time when the task moves after the reminder fired', async () => {
    const db = await freshDb();
    const userId = await person(db, 'UTC');
    const taskId = await task(db, userId, { start_at: '2026-06-10T10:00:00Z' });
    const reminderId = await remind(db, userId, taskId, { anchor: 'start' });
    await runClock(db, '2026-06-10T09:50:00Z', '2026-06-10T10:10:00Z', 5);
    await updateTask(db, taskId, { start_at: new Date('2026-06-10T11:00:00Z') });
    await runClock(db, '2026-06-10T10:10:00Z', '2026-06-10T11:10:00Z', 5);
    expect(await firings(db, reminderId)).toEqual([
      '2026-06-10T10:00:00.000Z 2026-06-10T11:00:00.000Z',
      '2026-06-10T11:00:00.000Z 2026-06-10T11:00:00.000Z',
    ]);
    expect((await notificationsOf(db, reminderId)).map((row) => row.body)).toEqual([
      'Reminder: Call the bank starts now',
      'Reminder: Call the bank starts now',
    ]);
  }, 60_000);

  it('fires the New York due-day reminders once each on both DST days: 02:30 (skipped) at 03:30 EDT, the repeated 01:30 at its first occurrence', async () => {
    const db = await freshDb();
    const userId = await person(db, 'America/New_York');
    const spring = await remind(db, userId, await task(db, userId, { due_date: '2026-03-08' }), { anchor: 'due_day', local_time: '02:30' });
    const autumn = await remind(db, userId, await task(db, userId, { due_date: '2026-11-01' }), { anchor: 'due_day', local_time: '01:30' });
    const endOfDay = await remind(db, userId, await task(db, userId, { due_date: '2026-11-01' }), { anchor: 'due', offset_minutes: 60 });
    await runClock(db, '2026-03-08T05:00:00Z', '2026-03-08T09:00:00Z');
    await tick(db, '2026-11-01T04:00:00Z');
    await runClock(db, '2026-11-01T04:00:00Z', '2026-11-01T08:00:00Z');
    await runClock(db, '2026-11-02T03:30:00Z', '2026-11-02T04:30:00Z');
    expect(await firings(db, spring)).toEqual(['2026-03-08T07:30:00.000Z 2026-03-08T07:30:00.000Z']);
    expect(await firings(db, autumn)).toEqual(['2026-11-01T05:30:00.000Z 2026-11-01T05:30:00.000Z']);
    // An hour before the end of 1 November (midnight EST, 05:00Z on the 2nd).
    expect(await firings(db, endOfDay)).toEqual(['2026-11-02T04:00:00.000Z 2026-11-02T04:00:00.000Z']);
    expect((await notificationsOf(db, spring))[0]?.body).toBe('Reminder: Call the bank is due today');
  }, 120_000);

  it('fires at the quarter hour of Kathmandu (+05:45)', async () => {
    const db = await freshDb();
    const userId = await person(db, 'Asia/Kathmandu');
    const reminderId = await remind(db, userId, await task(db, userId, { due_date: '2026-06-11' }), {
      anchor: 'due_day',
      local_time: '09:00',
    });
    await runClock(db, '2026-06-11T03:00:00Z', '2026-06-11T03:30:00Z');
    expect(await firings(db, reminderId)).toEqual(['2026-06-11T03:15:00.000Z 2026-06-11T03:15:00.000Z']);
  }, 60_000);

  it('never fires for a completed or deleted task, and fires once a reopened one comes due', async () => {
    const db = await freshDb();
    const userId = await person(db, 'UTC');
    const completed = await task(db, userId, { start_at: '2026-06-10T10:00:00Z' });
    const deleted = await task(db, userId, { start_at: '2026-06-10T10:00:00Z' });
    const reopened = await task(db, userId, { start_at: '2026-06-10T11:00:00Z' });
    const reminders = {
      completed: await remind(db, userId, completed, { anchor: 'start' }),
      deleted: await remind(db, userId, deleted, { anchor: 'absolute', at: '2026-06-10T10:00:00Z' }),
      reopened: await remind(db, userId, reopened, { anchor: 'start' }),
    };
    await runClock(db, '2026-06-10T09:00:00Z', '2026-06-10T09:30:00Z', 5);
    await updateTask(db, completed, { status: 'done' });
    await updateTask(db, deleted, { deleted_at: new Date('2026-06-10T09:30:00Z') });
    await updateTask(db, reopened, { status: 'cancelled' });
    await runClock(db, '2026-06-10T09:30:00Z', '2026-06-10T10:30:00Z', 5);
    await updateTask(db, reopened, { status: 'todo' });
    await runClock(db, '2026-06-10T10:30:00Z', '2026-06-10T12:00:00Z', 5);
    expect(await firings(db, reminders.completed)).toEqual([]);
    expect(await firings(db, reminders.deleted)).toEqual([]);
    expect(await reminderRow(db, reminders.completed)).toMatchObject({ fire_at: null, fired_for: null });
    expect(await firings(db, reminders.reopened)).toEqual(['2026-06-10T11:00:00.000Z 2026-06-10T11:00:00.000Z']);
  }, 60_000);

  it('fires once across two overlapping ticks (two workers after a pause)', async () => {
    const db = await freshDb();
    const userId = await person(db, 'UTC');
    const reminderId = await remind(db, userId, await task(db, userId, { start_at: '2026-06-10T07:00:00Z' }), {
      anchor: 'start',
      channels: ['push', 'sms', 'email'],
    });
    await tick(db, '2026-06-10T06:50:00Z');
    // Both see 06:50 as the previous tick: both windows hold 07:00.
    await Promise.all([tick(db, '2026-06-10T07:01:00Z'), tick(db, '2026-06-10T07:02:00Z')]);
    expect(await notificationsOf(db, reminderId)).toHaveLength(1);
    expect((await sendJobs(db, userId)).map((job) => job.payload.channel)).toEqual(['email', 'push', 'sms']);
  }, 60_000);

  it('after downtime sends what is at most 6 hours late, once, and records older ones as missed', async () => {
    const db = await freshDb();
    const userId = await person(db, 'UTC');
    const fiveHoursLate = await remind(db, userId, await task(db, userId, { start_at: '2026-06-10T10:00:00Z' }), { anchor: 'start' });
    const sevenHoursLate = await remind(db, userId, await task(db, userId, { start_at: '2026-06-10T08:00:00Z' }), { anchor: 'start' });
    await runClock(db, '2026-06-10T07:00:00Z', '2026-06-10T07:30:00Z', 5);
    // The worker is down from 07:30 until 15:00: its first tick covers all of it.
    await runClock(db, '2026-06-10T14:59:00Z', '2026-06-10T15:10:00Z');
    expect(await firings(db, fiveHoursLate)).toEqual(['2026-06-10T10:00:00.000Z 2026-06-10T15:00:00.000Z']);
    expect(await firings(db, sevenHoursLate)).toEqual([]);
    expect(await reminderRow(db, sevenHoursLate)).toEqual({
      fire_at: new Date('2026-06-10T08:00:00Z'),
      fired_for: new Date('2026-06-10T08:00:00Z'),
      fired_at: null,
      fire_outcome: 'missed',
    });
    expect(await notificationsOf(db, fiveHoursLate)).toHaveLength(1);
  }, 60_000);

  it('does not fire a reminder set to a time already past, beyond a short grace for edits racing a tick', async () => {
    const db = await freshDb();
    const userId = await person(db, 'UTC');
    const taskId = await task(db, userId, { start_at: '2026-06-10T12:00:00Z' });
    await runClock(db, '2026-06-10T11:00:00Z', '2026-06-10T11:40:00Z');
    // At 11:40 someone adds a reminder for 11:00, and one for 11:39:30 (committed just after the 11:40 tick read).
    const past = await remind(db, userId, taskId, { anchor: 'absolute', at: '2026-06-10T11:00:00Z' });
    const racing = await remind(db, userId, taskId, { anchor: 'absolute', at: '2026-06-10T11:39:30Z' });
    await runClock(db, '2026-06-10T11:40:00Z', '2026-06-10T11:45:00Z');
    expect(await firings(db, past)).toEqual([]);
    expect(await reminderRow(db, past)).toMatchObject({ fire_outcome: 'missed' });
    expect(await firings(db, racing)).toEqual(['2026-06-10T11:39:30.000Z 2026-06-10T11:41:00.000Z']);
  }, 60_000);

  it('fits a long title into one SMS segment, GSM-7 or UCS-2', async () => {
    const db = await freshDb();
    const userId = await person(db, 'UTC');
    const long = 'Renew the passport and collect the photos from the shop on the corner before the appointment at the embassy next week, with two copies of every page of the old one';
    const gsm = await remind(db, userId, await task(db, userId, { title: long, due_date: '2026-06-11' }), { anchor: 'due_day', local_time: '09:00' });
    const emoji = await remind(db, userId, await task(db, userId, { title: `🎂 ${long}`, due_date: '2026-06-12' }), {
      anchor: 'due_day',
      local_time: '09:00',
    });
    await runClock(db, '2026-06-11T08:55:00Z', '2026-06-11T09:05:00Z');
    await runClock(db, '2026-06-12T08:55:00Z', '2026-06-12T09:05:00Z');
    const [gsmBody] = (await notificationsOf(db, gsm)).map((row) => row.body);
    const [emojiBody] = (await notificationsOf(db, emoji)).map((row) => row.body);
    expect(gsmBody).toMatch(/^Reminder: Renew the passport .*\.\.\. is due today$/);
    expect(gsmBody?.length).toBeLessThanOrEqual(160);
    expect(gsmBody?.length).toBeGreaterThan(150);
    expect(emojiBody).toMatch(/^Reminder: 🎂 Renew .*… is due today$/);
    expect(emojiBody?.length).toBeLessThanOrEqual(70);
  }, 60_000);

  it('neither waits for nor deadlocks with a batch operation holding the task, and fires at the time that operation set', async () => {
    const db = await freshDb();
    const userId = await person(db, 'UTC');
    const taskId = await task(db, userId, { start_at: '2026-06-10T10:00:00Z' });
    const reminderId = await remind(db, userId, taskId, { anchor: 'start' });
    await tick(db, '2026-06-10T09:55:00Z');
    // As bulkUpdateTasks does: the task locked FOR UPDATE, then changed (its trigger moves the reminder).
    let locked: () => void = () => undefined;
    let release: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const batch = db.sql.begin(async (tx) => {
      await tx`select 1 from public.tasks where id = ${taskId} for update`;
      locked();
      await released;
      await tx`update public.tasks set start_at = '2026-06-10T11:00:00Z' where id = ${taskId}`;
    });
    await holding;
    await tick(db, '2026-06-10T10:00:00Z');
    expect(await firings(db, reminderId)).toEqual([]);
    release();
    await batch;
    await runClock(db, '2026-06-10T10:00:00Z', '2026-06-10T11:10:00Z', 5);
    expect(await firings(db, reminderId)).toEqual(['2026-06-10T11:00:00.000Z 2026-06-10T11:00:00.000Z']);
  }, 60_000);

  it('fires once for a time, even when the task is moved away and back after it fired', async () => {
    const db = await freshDb();
    const userId = await person(db, 'UTC');
    const taskId = await task(db, userId, { start_at: '2026-06-10T10:00:00Z' });
    const reminderId = await remind(db, userId, taskId, { anchor: 'start' });
    await runClock(db, '2026-06-10T09:55:00Z', '2026-06-10T10:05:00Z', 5);
    await updateTask(db, taskId, { start_at: new Date('2026-06-10T12:00:00Z') });
    await tick(db, '2026-06-10T10:10:00Z');
    await updateTask(db, taskId, { start_at: new Date('2026-06-10T10:00:00Z') });
    await runClock(db, '2026-06-10T10:10:00Z', '2026-06-10T12:30:00Z', 5);
    expect(await firings(db, reminderId)).toEqual(['2026-06-10T10:00:00.000Z 2026-06-10T10:00:00.000Z']);
  }, 60_000);
});
