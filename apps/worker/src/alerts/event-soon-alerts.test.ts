import type { Db } from '@ordo/supabase-client';
import { describe, expect, it } from 'vitest';
import { notificationsOf, seedAlertPerson, seedTask, sendJobsOf } from '../testing/alerts.ts';
import { databasePerTest, runScheduleClock } from '../testing/schedule-ticks.ts';
import { alertsSchedule } from './alerts-schedule.ts';

const freshDb = databasePerTest();
const runClock = (db: Db, from: string, to: string) => runScheduleClock(db, alertsSchedule, from, to);
const NY = 'America/New_York';

/** A connection and one calendar in each sync mode for the person (rows only: no Google involved). */
async function calendarsOf(db: Db, userId: string): Promise<Record<'show' | 'busy' | 'off', string>> {
  const [connection] = await db.sql<{ id: string }[]>`
    insert into public.google_connections (user_id, google_subject, tokens_sealed, token_key_id)
    values (${userId}, ${`sub-${userId}`}, 'sealed', 'key') returning id`;
  const ids: Record<string, string> = {};
  for (const mode of ['show', 'busy', 'off'] as const) {
    const [row] = await db.sql<{ id: string }[]>`
      insert into public.calendars (user_id, connection_id, google_calendar_id, sync_mode)
      values (${userId}, ${connection?.id as string}, ${`${mode}-${userId}`}, ${mode}) returning id`;
    ids[mode] = row?.id as string;
  }
  return ids as Record<'show' | 'busy' | 'off', string>;
}

async function seedEvent(db: Db, userId: string, calendarId: string, event: { id: string; title: string; start: string; end: string; allDay?: boolean; taskId?: string }) {
  const [row] = event.allDay
    ? await db.sql<{ id: string }[]>`
        insert into public.calendar_events (user_id, calendar_id, google_event_id, title, all_day, start_date, end_date)
        values (${userId}, ${calendarId}, ${event.id}, ${event.title}, true, ${event.start}, ${event.end}) returning id`
    : await db.sql<{ id: string }[]>`
        insert into public.calendar_events (user_id, calendar_id, google_event_id, title, all_day, start_at, end_at, task_id)
        values (${userId}, ${calendarId}, ${event.id}, ${event.title}, false, ${event.start}, ${event.end}, ${event.taskId ?? null}) returning id`;
  return row?.id as string;
}

describe('calendar event starting soon', () => {
  it('alerts once, event_soon_minutes ahead, for timed events of shown calendars only', async () => {
    const db = await freshDb();
    const userId = await seedAlertPerson(db, NY, { event_soon: true, event_soon_minutes: 10, sms_enabled: true });
    const calendars = await calendarsOf(db, userId);
    const planning = await seedEvent(db, userId, calendars.show, { id: 'planning', title: 'Planning', start: '2026-06-10T18:30:00Z', end: '2026-06-10T19:00:00Z' });
    await seedEvent(db, userId, calendars.busy, { id: 'private', title: 'Doctor', start: '2026-06-10T18:30:00Z', end: '2026-06-10T19:00:00Z' });
    await seedEvent(db, userId, calendars.off, { id: 'ignored', title: 'Not synced', start: '2026-06-10T18:30:00Z', end: '2026-06-10T19:00:00Z' });
    await seedEvent(db, userId, calendars.show, { id: 'holiday', title: 'Holiday', start: '2026-06-10', end: '2026-06-11', allDay: true });
    // An event that is one of Ordo's tasks: the task's own alert covers it.
    const taskId = await seedTask(db, userId, { title: 'Write report' });
    await seedEvent(db, userId, calendars.show, { id: 'task', title: 'Write report', start: '2026-06-10T18:30:00Z', end: '2026-06-10T19:00:00Z', taskId });

    await runClock(db, '2026-06-10T18:10:00Z', '2026-06-10T18:19:00Z');
    expect(await notificationsOf(db, userId)).toEqual([]);
    await runClock(db, '2026-06-10T18:19:00Z', '2026-06-10T18:40:00Z');
    const [alert, ...others] = await notificationsOf(db, userId);
    expect(others).toEqual([]);
    expect(alert).toMatchObject({
      kind: 'event_soon',
      dedup_key: `event-soon:${planning}:2026-06-10T18:30:00.000Z`,
      title: 'Planning',
      body: 'Planning starts at 14:30 (in 10 min)',
      link: '/calendar',
      channels: ['sms', 'push'],
      due_at: new Date('2026-06-10T18:20:00Z'),
      stale_at: new Date('2026-06-10T18:30:00Z'),
    });
    expect(await sendJobsOf(db, userId)).toHaveLength(2);
  });

  it('alerts nobody who turned these alerts off, and a moved event again for its new time', async () => {
    const db = await freshDb();
    const off = await seedAlertPerson(db, NY);
    const on = await seedAlertPerson(db, NY, { event_soon: true, event_soon_minutes: 15 });
    const offCalendars = await calendarsOf(db, off);
    const onCalendars = await calendarsOf(db, on);
    await seedEvent(db, off, offCalendars.show, { id: 'a', title: 'Call', start: '2026-06-10T15:00:00Z', end: '2026-06-10T15:30:00Z' });
    const moved = await seedEvent(db, on, onCalendars.show, { id: 'b', title: 'Call', start: '2026-06-10T15:00:00Z', end: '2026-06-10T15:30:00Z' });
    await runClock(db, '2026-06-10T14:40:00Z', '2026-06-10T14:50:00Z');
    // The sync moved it an hour later.
    await db.sql`update public.calendar_events set start_at = '2026-06-10T16:00:00Z', end_at = '2026-06-10T16:30:00Z' where id = ${moved}`;
    await runClock(db, '2026-06-10T14:50:00Z', '2026-06-10T15:50:00Z');
    expect(await notificationsOf(db, off)).toEqual([]);
    expect((await notificationsOf(db, on)).map((alert) => `${alert.due_at.toISOString()} ${alert.body}`)).toEqual([
      '2026-06-10T14:45:00.000Z Call starts at 11:00 (in 15 min)',
      '2026-06-10T15:45:00.000Z Call starts at 12:00 (in 15 min)',
    ]);
  });

  it('holds an alert in quiet hours until they end, and drops one that would arrive after the start', async () => {
    const db = await freshDb();
    const userId = await seedAlertPerson(db, NY, { event_soon: true, event_soon_minutes: 10, quiet_start: '22:00', quiet_end: '07:00' });
    const calendars = await calendarsOf(db, userId);
    // 07:05 and 06:55 in New York on 11 June: alerts due at 06:55 and 06:45, inside quiet hours.
    const after = await seedEvent(db, userId, calendars.show, { id: 'train', title: 'Early train', start: '2026-06-11T11:05:00Z', end: '2026-06-11T12:00:00Z' });
    await seedEvent(db, userId, calendars.show, { id: 'gym', title: 'Too early', start: '2026-06-11T10:55:00Z', end: '2026-06-11T11:30:00Z' });
    await runClock(db, '2026-06-11T10:40:00Z', '2026-06-11T11:10:00Z');
    const alerts = await notificationsOf(db, userId);
    expect(alerts.map((alert) => alert.dedup_key)).toEqual([`event-soon:${after}:2026-06-11T11:05:00.000Z`]);
    expect((await sendJobsOf(db, userId)).map((job) => job.run_at)).toEqual([new Date('2026-06-11T11:00:00Z')]);
  });
});
