import { createLogger, loadConfig } from '@ordo/config';
import type { GoogleDeps } from '@ordo/google';
import { type GoogleFake, startGoogleFake } from '@ordo/google/testing';
import type { Db } from '@ordo/supabase-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasePerTest, tickSchedule } from '../testing/schedule-ticks.ts';
import { fakeGoogleDeps, type SeededCalendar, seedGoogleCalendar } from '../testing/google-calendar.ts';
import { calendarBackstopSchedule, calendarChannelSchedule, calendarPollSchedule } from './calendar-schedules.ts';
import { stopOrphanChannels } from './orphan-channels.ts';
import { syncCalendar } from './sync-calendar.ts';

const freshDb = databasePerTest();
const log = createLogger(loadConfig({ LOG_LEVEL: 'silent' }, { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } }), 'test');
// Nothing listens there: Google's confirmation of a new channel goes nowhere, which is fine here.
const webhook = { address: 'http://127.0.0.1:9/webhooks/google/calendar' };
const HOUR_MS = 3_600_000;

let fake: GoogleFake;

beforeAll(async () => {
  fake = await startGoogleFake();
});

afterAll(async () => {
  await fake?.close();
});

const sync = (google: GoogleDeps, calendarId: string) => syncCalendar({ google, webhook, now: () => new Date(), log }, calendarId);

/** The next whole minute: a tick time no earlier tick of the test has used. */
const tickTime = () => new Date(Math.ceil((Date.now() + 1) / 60_000) * 60_000);

async function queuedSyncs(db: Db) {
  return db.sql<{ calendar_id: string; reason: string; user_id: string | null; dedup_key: string }[]>`
    select payload->>'calendar_id' as calendar_id, payload->>'reason' as reason, user_id, dedup_key
    from public.queue_jobs where job_type = 'calendar.sync' order by payload->>'calendar_id'`;
}

const channelsAtGoogle = (seeded: SeededCalendar) => fake.channels.filter((channel) => channel.calendarId === seeded.googleCalendarId);

describe('calendar channel schedule', () => {
  it('renews a channel that expires within a day: a sync opens a new channel, then the old one is stopped', async () => {
    const db = await freshDb();
    const google = fakeGoogleDeps(db, fake);
    const seeded = await seedGoogleCalendar(google, fake);
    const lasting = await seedGoogleCalendar(google, fake);
    expect(await sync(google, seeded.calendarId)).toMatchObject({ channel: 'created' });
    expect(await sync(google, lasting.calendarId)).toMatchObject({ channel: 'created' });
    const [old] = channelsAtGoogle(seeded);
    // Its end is an hour away (as Ordo recorded it).
    await db.sql`update public.calendar_channels set expires_at = ${new Date(Date.now() + HOUR_MS)} where calendar_id = ${seeded.calendarId}`;

    await tickSchedule(db, calendarChannelSchedule, tickTime());
    expect(await queuedSyncs(db)).toEqual([{ calendar_id: seeded.calendarId, reason: 'renewal', user_id: seeded.userId, dedup_key: `calendar-sync:${seeded.calendarId}` }]);

    expect(await sync(google, seeded.calendarId)).toMatchObject({ outcome: 'synced', channel: 'renewed' });
    const atGoogle = channelsAtGoogle(seeded);
    expect(atGoogle.map((channel) => [channel.id === old?.id, channel.stopped])).toEqual([
      [true, true],
      [false, false],
    ]);
    const rows = await db.sql<{ id: string; stopped: boolean }[]>`
      select id, stopped_at is not null as stopped from public.calendar_channels where calendar_id = ${seeded.calendarId} order by created_at`;
    expect(rows).toEqual([
      { id: old?.id, stopped: true },
      { id: atGoogle[1]?.id, stopped: false },
    ]);
    expect(channelsAtGoogle(lasting).map((channel) => channel.stopped)).toEqual([false]);
  });

  it('stops orphan channels at Google and forgets channels stopped over a week ago', async () => {
    const db = await freshDb();
    const google = fakeGoogleDeps(db, fake);
    const turnedOff = await seedGoogleCalendar(google, fake);
    const removed = await seedGoogleCalendar(google, fake);
    const disconnected = await seedGoogleCalendar(google, fake);
    const kept = await seedGoogleCalendar(google, fake);
    for (const seeded of [turnedOff, removed, disconnected, kept]) await sync(google, seeded.calendarId);
    await db.sql`update public.calendars set sync_mode = 'off' where id = ${turnedOff.calendarId}`;
    await db.sql`delete from public.calendars where id = ${removed.calendarId}`;
    await db.sql`update public.google_connections set status = 'disconnected' where id = ${disconnected.connectionId}`;
    const [ancient] = await db.sql<{ id: string }[]>`
      insert into public.calendar_channels (id, user_id, calendar_id, token_hash, expires_at, stopped_at)
      values (gen_random_uuid(), ${kept.userId}, ${kept.calendarId}, '\\x00', now() - interval '8 days', now() - interval '8 days') returning id`;

    const enqueued = await tickSchedule(db, calendarChannelSchedule, tickTime());
    const jobs = await db.sql`select job_type from public.queue_jobs where id = any(${(enqueued ?? []).map((job) => job.id)}::uuid[])`;
    expect(jobs.map((job) => job.job_type)).toEqual(['calendar.stop_channels']);

    expect(await stopOrphanChannels(google, new Date(), log)).toEqual({ stopped: 3, failed: 0, forgotten: 1 });
    // Stopped at Google with a working connection; the disconnected one can only be marked.
    expect(channelsAtGoogle(turnedOff).map((channel) => channel.stopped)).toEqual([true]);
    expect(channelsAtGoogle(removed).map((channel) => channel.stopped)).toEqual([true]);
    expect(channelsAtGoogle(disconnected).map((channel) => channel.stopped)).toEqual([false]);
    expect(channelsAtGoogle(kept).map((channel) => channel.stopped)).toEqual([false]);
    const live = await db.sql<{ user_id: string }[]>`select user_id from public.calendar_channels where stopped_at is null`;
    expect(live.map((row) => row.user_id)).toEqual([kept.userId]);
    expect(await db.sql`select 1 from public.calendar_channels where id = ${ancient?.id as string}`).toHaveLength(0);

    // Nothing left to do: the next tick enqueues nothing.
    expect(await tickSchedule(db, calendarChannelSchedule, new Date(tickTime().getTime() + 60_000))).toEqual([]);
  });
});

describe('calendar polling', () => {
  it('syncs the calendars that have no live channel, once while a sync is queued; the backstop syncs them all', async () => {
    const db = await freshDb();
    const google = fakeGoogleDeps(db, fake);
    const watched = await seedGoogleCalendar(google, fake);
    const unwatched = await seedGoogleCalendar(google, fake, { syncMode: 'busy' });
    const expired = await seedGoogleCalendar(google, fake);
    await seedGoogleCalendar(google, fake, { syncMode: 'off' });
    const disconnected = await seedGoogleCalendar(google, fake);
    await sync(google, watched.calendarId);
    await sync(google, expired.calendarId);
    await db.sql`update public.calendar_channels set expires_at = now() - interval '1 minute' where calendar_id = ${expired.calendarId}`;
    await db.sql`update public.google_connections set status = 'disconnected' where id = ${disconnected.connectionId}`;

    const schedule = calendarPollSchedule(10);
    expect(schedule.cron).toBe('*/10 * * * *');
    const first = tickTime();
    await tickSchedule(db, schedule, first);
    const expected = [unwatched, expired]
      .map((seeded) => ({ calendar_id: seeded.calendarId, reason: 'poll', user_id: seeded.userId, dedup_key: `calendar-sync:${seeded.calendarId}` }))
      .sort((a, b) => a.calendar_id.localeCompare(b.calendar_id));
    expect(await queuedSyncs(db)).toEqual(expected);
    // The next tick finds those syncs still waiting: nothing is added.
    await tickSchedule(db, schedule, new Date(first.getTime() + 10 * 60_000));
    expect(await queuedSyncs(db)).toHaveLength(2);

    await tickSchedule(db, calendarBackstopSchedule, first);
    expect((await queuedSyncs(db)).map((job) => job.calendar_id).sort()).toEqual([watched, unwatched, expired].map((seeded) => seeded.calendarId).sort());
  });
});
