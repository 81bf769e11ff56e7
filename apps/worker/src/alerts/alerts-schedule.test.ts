import type { Db } from '@ordo/supabase-client';
import { describe, expect, it } from 'vitest';
import { notificationsOf, seedAlertPerson, seedTask, sendJobsOf } from '../testing/alerts.ts';
import { alertsSchedule } from './alerts-schedule.ts';
import { databasePerTest, runScheduleClock, tickSchedule } from '../testing/schedule-ticks.ts';

const freshDb = databasePerTest();


const tick = (db: Db, at: Date | string) => tickSchedule(db, alertsSchedule, at);

const runClock = (db: Db, from: string, to: string, stepMinutes = 1) => runScheduleClock(db, alertsSchedule, from, to, stepMinutes);

const NY = 'America/New_York';

describe('task starting soon', () => {
  it('alerts once, due_soon_minutes ahead, on the person’s channels, with the time on their clock', async () => {
    const db = await freshDb();
    const userId = await seedAlertPerson(db, NY, { sms_enabled: true });
    const taskId = await seedTask(db, userId, { title: 'Call the bank', start_at: '2026-06-10T18:30:00Z' });
    await runClock(db, '2026-06-10T18:10:00Z', '2026-06-10T18:14:00Z');
    expect(await notificationsOf(db, userId)).toEqual([]);
    await runClock(db, '2026-06-10T18:14:00Z', '2026-06-10T18:40:00Z');

    const [alert, ...others] = await notificationsOf(db, userId);
    expect(others).toEqual([]);
    expect(alert).toMatchObject({
      kind: 'task_due_soon',
      dedup_key: `task-soon:${taskId}:2026-06-10T18:30:00.000Z`,
      title: 'Call the bank',
      body: 'Call the bank starts at 14:30 (in 15 min)',
      link: `/tasks/${taskId}`,
      channels: ['sms', 'push'],
      task_id: taskId,
      due_at: new Date('2026-06-10T18:15:00Z'),
      stale_at: new Date('2026-06-10T18:30:00Z'),
    });
    const jobs = await sendJobsOf(db, userId);
    expect(jobs.map((job) => `${job.channel} ${job.run_at.toISOString()}`)).toEqual(['push 2026-06-10T18:15:00.000Z', 'sms 2026-06-10T18:15:00.000Z']);
  });

  it('respects the toggles: no alert when task alerts are off or no channel is on, push only without SMS', async () => {
    const db = await freshDb();
    const off = await seedAlertPerson(db, NY, { task_due_soon: false, sms_enabled: true });
    const nowhere = await seedAlertPerson(db, NY, { push_enabled: false, sms_enabled: false });
    const pushOnly = await seedAlertPerson(db, NY, { due_soon_minutes: 60 });
    const smsOnly = await seedAlertPerson(db, NY, { sms_enabled: true, push_enabled: false, due_soon_minutes: 5 });
    for (const person of [off, nowhere, pushOnly, smsOnly]) await seedTask(db, person, { title: 'Standup', start_at: '2026-06-10T14:00:00Z' });
    await runClock(db, '2026-06-10T12:50:00Z', '2026-06-10T14:00:00Z');
    expect(await notificationsOf(db, off)).toEqual([]);
    expect(await notificationsOf(db, nowhere)).toEqual([]);
    expect(await notificationsOf(db, pushOnly)).toMatchObject([{ channels: ['push'], due_at: new Date('2026-06-10T13:00:00Z'), body: 'Standup starts at 10:00 (in 1 h)' }]);
    expect(await notificationsOf(db, smsOnly)).toMatchObject([{ channels: ['sms'], due_at: new Date('2026-06-10T13:55:00Z'), body: 'Standup starts at 10:00 (in 5 min)' }]);
  });

  it('leaves out done, cancelled and deleted tasks, and tasks with only a due date', async () => {
    const db = await freshDb();
    const userId = await seedAlertPerson(db, NY);
    await seedTask(db, userId, { title: 'Done already', start_at: '2026-06-10T14:00:00Z', status: 'done' });
    await seedTask(db, userId, { title: 'Called off', start_at: '2026-06-10T14:00:00Z', status: 'cancelled' });
    const deleted = await seedTask(db, userId, { title: 'Deleted', start_at: '2026-06-10T14:00:00Z' });
    await db.sql`update public.tasks set deleted_at = now() where id = ${deleted}`;
    await seedTask(db, userId, { title: 'Due that day', due_date: '2026-06-10' });
    const going = await seedTask(db, userId, { title: 'Going on', start_at: '2026-06-10T14:00:00Z', status: 'in_progress' });
    await runClock(db, '2026-06-10T13:40:00Z', '2026-06-10T14:10:00Z');
    expect((await notificationsOf(db, userId)).map((alert) => alert.task_id)).toEqual([going]);
  });

  it('alerts a moved task again for its new time, once, and never twice for one time', async () => {
    const db = await freshDb();
    const userId = await seedAlertPerson(db, NY);
    const taskId = await seedTask(db, userId, { title: 'Dentist', start_at: '2026-06-10T15:00:00Z' });
    await runClock(db, '2026-06-10T14:40:00Z', '2026-06-10T14:50:00Z');
    // Moved to an hour later after its alert: alerted again at the new time's alert instant.
    await db.sql`update public.tasks set start_at = '2026-06-10T16:00:00Z' where id = ${taskId}`;
    await runClock(db, '2026-06-10T14:50:00Z', '2026-06-10T15:50:00Z');
    // Moved back and forth before that one starts: the 16:00 time never alerts twice.
    await db.sql`update public.tasks set start_at = '2026-06-10T16:30:00Z' where id = ${taskId}`;
    await tick(db, '2026-06-10T15:51:00Z');
    await db.sql`update public.tasks set start_at = '2026-06-10T16:00:00Z' where id = ${taskId}`;
    await runClock(db, '2026-06-10T15:51:00Z', '2026-06-10T16:10:00Z');
    // Moved earlier, to a start closer than its alert lead: alerted at the next tick.
    await db.sql`update public.tasks set start_at = '2026-06-10T16:20:00Z' where id = ${taskId}`;
    await runClock(db, '2026-06-10T16:10:00Z', '2026-06-10T16:12:00Z');

    const alerts = await notificationsOf(db, userId);
    expect(alerts.map((alert) => `${alert.dedup_key.split(':').slice(2).join(':')} ${alert.due_at.toISOString()} ${alert.body}`)).toEqual([
      '2026-06-10T15:00:00.000Z 2026-06-10T14:45:00.000Z Dentist starts at 11:00 (in 15 min)',
      '2026-06-10T16:00:00.000Z 2026-06-10T15:45:00.000Z Dentist starts at 12:00 (in 15 min)',
      '2026-06-10T16:20:00.000Z 2026-06-10T16:11:00.000Z Dentist starts at 12:20 (in 9 min)',
    ]);
    expect(await sendJobsOf(db, userId)).toHaveLength(3);
  });

  it('holds an alert that falls in quiet hours until they end (the send job’s run_at), and drops one that would arrive after the start', async () => {
    const db = await freshDb();
    const userId = await seedAlertPerson(db, NY, { quiet_start: '22:00', quiet_end: '07:00' });
    // 07:10 and 06:50 on 11 June in New York (EDT): alerts due at 06:55 and 06:35, inside quiet hours.
    const after = await seedTask(db, userId, { title: 'Early train', start_at: '2026-06-11T11:10:00Z' });
    await seedTask(db, userId, { title: 'Too early', start_at: '2026-06-11T10:50:00Z' });
    await runClock(db, '2026-06-11T10:30:00Z', '2026-06-11T11:15:00Z');
    const [alert, ...others] = await notificationsOf(db, userId);
    expect(others).toEqual([]);
    expect(alert).toMatchObject({ task_id: after, due_at: new Date('2026-06-11T10:55:00Z'), body: 'Early train starts at 07:10 (in 10 min)' });
    expect((await sendJobsOf(db, userId)).map((job) => job.run_at)).toEqual([new Date('2026-06-11T11:00:00Z')]);
  });

  it('catches up after downtime for tasks that have not started, and creates each alert once across overlapping ticks', async () => {
    const db = await freshDb();
    const userId = await seedAlertPerson(db, NY);
    await seedTask(db, userId, { title: 'Missed entirely', start_at: '2026-06-10T14:05:00Z' });
    const later = await seedTask(db, userId, { title: 'Still ahead', start_at: '2026-06-10T14:20:00Z' });
    await tick(db, '2026-06-10T13:30:00Z');
    // Down from 13:30 to 14:10: the first task started meanwhile, the second is 10 minutes away.
    // Three ticks of the same minute race; a later tick overlaps their window. (Racing ticks of
    // different minutes would each word the alert from their own minute, whichever won.)
    await Promise.all([tick(db, '2026-06-10T14:10:00Z'), tick(db, '2026-06-10T14:10:00Z'), tick(db, '2026-06-10T14:10:00Z')]);
    await tick(db, '2026-06-10T14:11:00Z');
    expect((await notificationsOf(db, userId)).map((alert) => [alert.task_id, alert.body])).toEqual([[later, 'Still ahead starts at 10:20 (in 10 min)']]);
    expect(await sendJobsOf(db, userId)).toHaveLength(1);
  });
});

describe('overdue digest', () => {
  it('sends the count and the first titles once a day at the local time, across the spring DST change, and nothing when nothing is overdue', async () => {
    const db = await freshDb();
    const userId = await seedAlertPerson(db, NY, { overdue_digest: true, overdue_digest_time: '02:30', sms_enabled: true });
    const idle = await seedAlertPerson(db, NY, { overdue_digest: true, overdue_digest_time: '02:30' });
    await seedTask(db, userId, { title: 'File taxes', due_date: '2026-03-01' });
    await seedTask(db, userId, { title: 'Call the bank', due_date: '2026-03-06' });
    await seedTask(db, userId, { title: 'Due on the 8th', due_date: '2026-03-08' });
    await seedTask(db, userId, { title: 'Finished', due_date: '2026-03-01', status: 'done' });
    // Spring: 02:30 does not exist on 8 March in New York; the digest comes at 03:30 EDT (07:30Z).
    // Ten-minute ticks: each covers the window since the previous one.
    await runClock(db, '2026-03-07T06:00:00Z', '2026-03-09T08:00:00Z', 10);
    const spring = await notificationsOf(db, userId);
    expect(spring.map((digest) => `${digest.dedup_key} ${digest.due_at.toISOString()} ${digest.body}`)).toEqual([
      'overdue:2026-03-07 2026-03-07T07:30:00.000Z 2 overdue tasks: File taxes, Call the bank',
      'overdue:2026-03-08 2026-03-08T07:30:00.000Z 2 overdue tasks: File taxes, Call the bank',
      'overdue:2026-03-09 2026-03-09T06:30:00.000Z 3 overdue tasks: File taxes, Call the bank, Due on the 8th',
    ]);
    expect(spring[0]).toMatchObject({ title: '2 overdue tasks', link: '/tasks?due_before=2026-03-07', channels: ['sms', 'push'] });
    expect(await notificationsOf(db, idle)).toEqual([]);
  });

  it('comes once on the autumn day whose 01:30 happens twice', async () => {
    const db = await freshDb();
    const userId = await seedAlertPerson(db, NY, { overdue_digest: true, overdue_digest_time: '01:30' });
    await seedTask(db, userId, { title: 'Renew passport', due_date: '2026-10-01' });
    await runClock(db, '2026-11-01T04:00:00Z', '2026-11-01T08:00:00Z');
    expect((await notificationsOf(db, userId)).map((digest) => `${digest.dedup_key} ${digest.due_at.toISOString()} ${digest.body}`)).toEqual([
      // The first 01:30 (EDT, 05:30Z), not the repeated one (EST, 06:30Z).
      'overdue:2026-11-01 2026-11-01T05:30:00.000Z 1 overdue task: Renew passport',
    ]);
  });

  it('respects the toggles and comes once per local date even when the time is changed after it came', async () => {
    const db = await freshDb();
    const userId = await seedAlertPerson(db, 'Europe/Paris', { overdue_digest: true, overdue_digest_time: '08:00' });
    const off = await seedAlertPerson(db, 'Europe/Paris', { overdue_digest: false });
    const nowhere = await seedAlertPerson(db, 'Europe/Paris', { overdue_digest: true, push_enabled: false });
    for (const person of [userId, off, nowhere]) await seedTask(db, person, { title: 'Old thing', due_date: '2026-06-01' });
    await runClock(db, '2026-06-10T05:55:00Z', '2026-06-10T06:05:00Z');
    await db.sql`update public.notification_preferences set overdue_digest_time = '09:00' where user_id = ${userId}`;
    await runClock(db, '2026-06-10T06:05:00Z', '2026-06-10T07:05:00Z');
    expect((await notificationsOf(db, userId)).map((digest) => digest.due_at)).toEqual([new Date('2026-06-10T06:00:00Z')]);
    expect(await notificationsOf(db, off)).toEqual([]);
    expect(await notificationsOf(db, nowhere)).toEqual([]);
  });

  it('after downtime, sends a digest at most a few hours late, not one from long ago', async () => {
    const db = await freshDb();
    const recent = await seedAlertPerson(db, 'Europe/Paris', { overdue_digest: true, overdue_digest_time: '07:00' });
    const old = await seedAlertPerson(db, 'Europe/Paris', { overdue_digest: true, overdue_digest_time: '01:00' });
    for (const person of [recent, old]) await seedTask(db, person, { title: 'Old thing', due_date: '2026-06-01' });
    await tick(db, '2026-06-09T22:00:00Z');
    // Down until 08:00 in Paris (06:00Z): 07:00 is an hour ago, 01:00 seven hours ago.
    await tick(db, '2026-06-10T06:00:00Z');
    expect((await notificationsOf(db, recent)).map((digest) => digest.due_at)).toEqual([new Date('2026-06-10T05:00:00Z')]);
    expect(await notificationsOf(db, old)).toEqual([]);
  });

  it('holds a digest that falls in quiet hours until they end', async () => {
    const db = await freshDb();
    const userId = await seedAlertPerson(db, 'Europe/Paris', { overdue_digest: true, overdue_digest_time: '06:30', quiet_start: '23:00', quiet_end: '07:15' });
    await seedTask(db, userId, { title: 'Old thing', due_date: '2026-06-01' });
    await runClock(db, '2026-06-10T04:25:00Z', '2026-06-10T04:35:00Z');
    expect((await sendJobsOf(db, userId)).map((job) => job.run_at)).toEqual([new Date('2026-06-10T05:15:00Z')]);
  });
});
