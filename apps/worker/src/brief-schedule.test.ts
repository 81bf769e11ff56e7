import { randomUUID } from 'node:crypto';
import type { Db } from '@ordo/supabase-client';
import { describe, expect, it } from 'vitest';
import { BRIEF_BATCH_SIZE } from '@ordo/shared-types';
import { briefSchedule } from './brief-schedule.ts';
import { databasePerTest, runScheduleClock, tickSchedule } from './testing/schedule-ticks.ts';

const freshDb = databasePerTest();


interface Settings {
  timezone: string;
  send_time: string;
  weekdays?: number[];
  weekly_day?: number | null;
  max_lateness_minutes?: number;
  enabled?: boolean;
  verified?: boolean;
}

/** A verified account with brief settings (its preferences row comes from the sign-up trigger). */
async function addPerson(db: Db, settings: Settings): Promise<string> {
  const [user] = await db.sql<{ id: string }[]>`
    insert into public.users (email, timezone, email_verified_at)
    values (${`${randomUUID()}@example.test`}, ${settings.timezone}, ${settings.verified === false ? null : new Date()})
    returning id`;
  const id = (user as { id: string }).id;
  await db.sql`
    update public.brief_preferences
    set send_time = ${settings.send_time}, weekdays = ${settings.weekdays ?? [1, 2, 3, 4, 5, 6, 7]}::smallint[],
        weekly_day = ${settings.weekly_day ?? null}, max_lateness_minutes = ${settings.max_lateness_minutes ?? 180},
        enabled = ${settings.enabled ?? true}
    where user_id = ${id}`;
  return id;
}

const tick = (db: Db, at: Date | string) => tickSchedule(db, briefSchedule, at);

const runClock = (db: Db, from: string, to: string, stepMinutes = 1) => runScheduleClock(db, briefSchedule, from, to, stepMinutes);

interface BriefRow {
  user_id: string;
  kind: string;
  local_date: string;
  timezone: string;
  send_at: Date;
  status: string;
  reason: string | null;
}

const briefsOf = (db: Db, userId: string) =>
  db.sql<BriefRow[]>`
    select user_id, kind, local_date, timezone, send_at, status, reason from public.daily_briefs
    where user_id = ${userId} order by local_date, kind`;

interface JobRow {
  dedup_key: string;
  user_id: string | null;
  /** This person's entry in the batch's payload. */
  payload: { user_id: string; local_date: string; send_at: string; kind: string };
  tick_at: Date;
}

/** The brief.generate_batch jobs that carry a person, with the tick that enqueued each. */
const jobsOf = (db: Db, userId: string) =>
  db.sql<JobRow[]>`
    select q.dedup_key, q.user_id, b.brief as payload, s.tick_at from public.queue_jobs q
    join public.queue_schedule_jobs s on s.job_id = q.id
    cross join lateral jsonb_array_elements(q.payload->'briefs') as b(brief)
    where q.job_type = 'brief.generate_batch' and b.brief->>'user_id' = ${userId} order by s.tick_at`;

/** "local_date send_at enqueued-at" for every job: when it was due and which tick sent it. */
async function sent(db: Db, userId: string): Promise<string[]> {
  return (await jobsOf(db, userId)).map((job) => `${job.payload.local_date} ${job.payload.send_at} ${job.tick_at.toISOString()}`);
}

async function expectOneBriefPerLocalDate(db: Db): Promise<void> {
  const repeated = await db.sql`
    select user_id, local_date, count(*)::int from public.daily_briefs group by user_id, local_date having count(*) > 1`;
  expect(repeated).toEqual([]);
  const [jobs] = await db.sql<{ jobs: number; pending: number }[]>`
    select (select count(*)::int from public.queue_jobs q cross join lateral jsonb_array_elements(q.payload->'briefs') as b(brief)
            where q.job_type = 'brief.generate_batch') as jobs,
           (select count(*)::int from public.daily_briefs where status = 'pending') as pending`;
  // Every pending brief is in exactly one batch, and nothing else is.
  expect(jobs?.jobs).toBe(jobs?.pending);
}

describe('the brief schedule, tick by tick against the database', () => {
  const newYorkers = async (db: Db) => ({
    early: await addPerson(db, { timezone: 'America/New_York', send_time: '01:30' }),
    gap: await addPerson(db, { timezone: 'America/New_York', send_time: '02:30' }),
    seven: await addPerson(db, { timezone: 'America/New_York', send_time: '07:00' }),
  });

  it('sends New York briefs once each, on time, on the spring DST day at 01:30, 02:30 (which does not exist) and 07:00', async () => {
    const db = await freshDb();
    const { early, gap, seven } = await newYorkers(db);
    await runClock(db, '2026-03-07T04:00:00Z', '2026-03-08T12:00:00Z');
    expect(await sent(db, early)).toEqual([
      '2026-03-07 2026-03-07T06:30:00.000Z 2026-03-07T06:30:00.000Z',
      '2026-03-08 2026-03-08T06:30:00.000Z 2026-03-08T06:30:00.000Z',
    ]);
    expect(await sent(db, gap)).toEqual([
      '2026-03-07 2026-03-07T07:30:00.000Z 2026-03-07T07:30:00.000Z',
      // 02:30 does not exist on 8 March: it goes out at 03:30 EDT, once.
      '2026-03-08 2026-03-08T07:30:00.000Z 2026-03-08T07:30:00.000Z',
    ]);
    expect(await sent(db, seven)).toEqual([
      '2026-03-07 2026-03-07T12:00:00.000Z 2026-03-07T12:00:00.000Z',
      '2026-03-08 2026-03-08T11:00:00.000Z 2026-03-08T11:00:00.000Z',
    ]);
    const jobs = await jobsOf(db, gap);
    // Alone in its batch each time (the others were due at other minutes): the batch is keyed by its first person's brief.
    expect(jobs.map((job) => job.dedup_key)).toEqual([`brief-batch:${gap}:daily:2026-03-07`, `brief-batch:${gap}:daily:2026-03-08`]);
    expect((await briefsOf(db, gap)).map((row) => [row.local_date, row.status, row.timezone])).toEqual([
      ['2026-03-07', 'pending', 'America/New_York'],
      ['2026-03-08', 'pending', 'America/New_York'],
    ]);
    await expectOneBriefPerLocalDate(db);
  }, 120_000);

  it('sends New York briefs once each, on time, on the autumn DST day, the repeated 01:30 at its first occurrence', async () => {
    const db = await freshDb();
    const { early, gap, seven } = await newYorkers(db);
    await runClock(db, '2026-11-01T04:00:00Z', '2026-11-02T12:00:00Z');
    expect(await sent(db, early)).toEqual([
      // 01:30 comes twice on 1 November: only its first (daylight, -04:00) occurrence sends.
      '2026-11-01 2026-11-01T05:30:00.000Z 2026-11-01T05:30:00.000Z',
      '2026-11-02 2026-11-02T06:30:00.000Z 2026-11-02T06:30:00.000Z',
    ]);
    expect(await sent(db, gap)).toEqual([
      '2026-11-01 2026-11-01T07:30:00.000Z 2026-11-01T07:30:00.000Z',
      '2026-11-02 2026-11-02T07:30:00.000Z 2026-11-02T07:30:00.000Z',
    ]);
    expect(await sent(db, seven)).toEqual([
      '2026-11-01 2026-11-01T12:00:00.000Z 2026-11-01T12:00:00.000Z',
      '2026-11-02 2026-11-02T12:00:00.000Z 2026-11-02T12:00:00.000Z',
    ]);
    await expectOneBriefPerLocalDate(db);
  }, 120_000);

  it('sends at +05:30, +05:45, +13:45 and -02:30 (St John’s daylight time) from the zone rules', async () => {
    const db = await freshDb();
    const people = {
      kolkata: await addPerson(db, { timezone: 'Asia/Kolkata', send_time: '07:00' }),
      kathmandu: await addPerson(db, { timezone: 'Asia/Kathmandu', send_time: '07:00' }),
      chatham: await addPerson(db, { timezone: 'Pacific/Chatham', send_time: '07:00' }),
      stJohns: await addPerson(db, { timezone: 'America/St_Johns', send_time: '07:00' }),
    };
    await runClock(db, '2026-03-09T17:00:00Z', '2026-03-10T10:00:00Z');
    expect(await sent(db, people.chatham)).toEqual(['2026-03-10 2026-03-09T17:15:00.000Z 2026-03-09T17:15:00.000Z']);
    expect(await sent(db, people.kathmandu)).toEqual(['2026-03-10 2026-03-10T01:15:00.000Z 2026-03-10T01:15:00.000Z']);
    expect(await sent(db, people.kolkata)).toEqual(['2026-03-10 2026-03-10T01:30:00.000Z 2026-03-10T01:30:00.000Z']);
    expect(await sent(db, people.stJohns)).toEqual(['2026-03-10 2026-03-10T09:30:00.000Z 2026-03-10T09:30:00.000Z']);
    await expectOneBriefPerLocalDate(db);
  }, 120_000);

  it('sends +12:45 in Chatham’s winter', async () => {
    const db = await freshDb();
    const chatham = await addPerson(db, { timezone: 'Pacific/Chatham', send_time: '07:00' });
    await runClock(db, '2026-06-10T18:00:00Z', '2026-06-10T18:30:00Z');
    expect(await sent(db, chatham)).toEqual(['2026-06-11 2026-06-10T18:15:00.000Z 2026-06-10T18:15:00.000Z']);
  }, 60_000);

  it('sends -03:30 in St John’s winter, with the first tick at or after its time when ticks are sparse', async () => {
    const db = await freshDb();
    const stJohns = await addPerson(db, { timezone: 'America/St_Johns', send_time: '07:00' });
    await tick(db, new Date('2026-12-01T09:00:00Z'));
    await runClock(db, '2026-12-01T09:00:00Z', '2026-12-02T11:00:00Z', 60);
    expect(await sent(db, stJohns)).toEqual([
      '2026-12-01 2026-12-01T10:30:00.000Z 2026-12-01T11:00:00.000Z',
      '2026-12-02 2026-12-02T10:30:00.000Z 2026-12-02T11:00:00.000Z',
    ]);
  }, 60_000);

  it('never sends a second brief for a local date after a move west, and sends the next date after a move east', async () => {
    const db = await freshDb();
    const west = await addPerson(db, { timezone: 'Asia/Kolkata', send_time: '07:00' });
    const east = await addPerson(db, { timezone: 'America/New_York', send_time: '07:00' });
    await runClock(db, '2026-03-10T00:00:00Z', '2026-03-10T03:00:00Z', 5);
    // 08:30 in Kolkata, after that morning's brief: the person flies west to New York, where it is
    // still 23:00 on 9 March, so 07:00 on 10 March comes round again.
    await db.sql`update public.users set timezone = 'America/New_York' where id = ${west}`;
    await runClock(db, '2026-03-10T03:00:00Z', '2026-03-10T12:00:00Z', 5);
    // 08:00 in New York, after that morning's brief: the other flies east to Tokyo, where it is already 21:00.
    await db.sql`update public.users set timezone = 'Asia/Tokyo' where id = ${east}`;
    await runClock(db, '2026-03-10T12:00:00Z', '2026-03-11T12:00:00Z', 5);

    expect((await briefsOf(db, west)).map((row) => [row.local_date, row.timezone, row.send_at.toISOString()])).toEqual([
      ['2026-03-10', 'Asia/Kolkata', '2026-03-10T01:30:00.000Z'],
      // 07:00 on 10 March came again in New York at 11:00Z: nothing new for that date. 11 March is new.
      ['2026-03-11', 'America/New_York', '2026-03-11T11:00:00.000Z'],
    ]);
    expect((await briefsOf(db, east)).map((row) => [row.local_date, row.timezone, row.send_at.toISOString()])).toEqual([
      ['2026-03-10', 'America/New_York', '2026-03-10T11:00:00.000Z'],
      ['2026-03-11', 'Asia/Tokyo', '2026-03-10T22:00:00.000Z'],
    ]);
    expect(await sent(db, west)).toHaveLength(2);
    expect(await sent(db, east)).toHaveLength(2);
    await expectOneBriefPerLocalDate(db);
  }, 120_000);

  it('takes a send-time change for today only while today’s brief has not gone out', async () => {
    const db = await freshDb();
    const person = await addPerson(db, { timezone: 'UTC', send_time: '07:00' });
    await runClock(db, '2026-03-10T06:00:00Z', '2026-03-10T08:00:00Z');
    // After today's brief: a later time today must not bring a second one.
    await db.sql`update public.brief_preferences set send_time = '09:00' where user_id = ${person}`;
    // Nor may a weekly review moved onto today (Tuesday) at a later time.
    await db.sql`update public.brief_preferences set weekly_day = 2 where user_id = ${person}`;
    await runClock(db, '2026-03-10T08:00:00Z', '2026-03-10T10:00:00Z');
    await db.sql`update public.brief_preferences set weekly_day = null where user_id = ${person}`;
    await runClock(db, '2026-03-10T10:00:00Z', '2026-03-11T08:00:00Z');
    // Before tomorrow's: the new time counts.
    await db.sql`update public.brief_preferences set send_time = '10:00' where user_id = ${person}`;
    await runClock(db, '2026-03-11T08:00:00Z', '2026-03-11T12:00:00Z');
    expect(await sent(db, person)).toEqual([
      '2026-03-10 2026-03-10T07:00:00.000Z 2026-03-10T07:00:00.000Z',
      '2026-03-11 2026-03-11T10:00:00.000Z 2026-03-11T10:00:00.000Z',
    ]);
    await expectOneBriefPerLocalDate(db);
  }, 120_000);

  it('after 3 days of downtime sends what is within the lateness limit once, late, and records older ones as skipped', async () => {
    const db = await freshDb();
    const patient = await addPerson(db, { timezone: 'UTC', send_time: '07:00', max_lateness_minutes: 180 });
    const strict = await addPerson(db, { timezone: 'UTC', send_time: '07:00', max_lateness_minutes: 60 });
    await runClock(db, '2026-03-09T06:00:00Z', '2026-03-09T08:00:00Z', 5);
    // The worker is down from 08:00 on the 9th until 09:00 on the 12th: its first tick covers all of it.
    await tick(db, new Date('2026-03-12T09:00:00Z'));
    await runClock(db, '2026-03-12T09:00:00Z', '2026-03-12T12:00:00Z', 5);

    const summary = async (id: string) => (await briefsOf(db, id)).map((row) => `${row.local_date} ${row.status}`);
    expect(await summary(patient)).toEqual(['2026-03-09 pending', '2026-03-10 skipped', '2026-03-11 skipped', '2026-03-12 pending']);
    expect(await summary(strict)).toEqual(['2026-03-09 pending', '2026-03-10 skipped', '2026-03-11 skipped', '2026-03-12 skipped']);
    expect(await sent(db, patient)).toEqual([
      '2026-03-09 2026-03-09T07:00:00.000Z 2026-03-09T07:00:00.000Z',
      // Two hours late, within 180 minutes: sent by the first tick after the downtime.
      '2026-03-12 2026-03-12T07:00:00.000Z 2026-03-12T09:00:00.000Z',
    ]);
    const [skipped] = (await briefsOf(db, strict)).filter((row) => row.local_date === '2026-03-12');
    expect(skipped?.reason).toBe(
      'Not sent: due at 2026-03-12T07:00:00.000Z (2026-03-12, UTC), but the scheduler only reached it at 2026-03-12T09:00:00.000Z, ' +
        '2 h late, past the 60-minute lateness limit (the worker was not running).',
    );
    const [older] = (await briefsOf(db, patient)).filter((row) => row.local_date === '2026-03-10');
    expect(older?.reason).toContain('2 d 2 h late, past the 180-minute lateness limit');
    await expectOneBriefPerLocalDate(db);
  }, 60_000);

  it('looks back at most 7 days after a long downtime', async () => {
    const db = await freshDb();
    const person = await addPerson(db, { timezone: 'UTC', send_time: '07:00' });
    await tick(db, new Date('2026-03-01T08:00:00Z'));
    await tick(db, new Date('2026-03-20T08:00:00Z'));
    const dates = (await briefsOf(db, person)).map((row) => `${row.local_date} ${row.status}`);
    expect(dates).toEqual(['2026-03-14 skipped', '2026-03-15 skipped', '2026-03-16 skipped', '2026-03-17 skipped', '2026-03-18 skipped', '2026-03-19 skipped', '2026-03-20 pending']);
  }, 60_000);

  it('lets two overlapping ticks (two workers after a pause) record and enqueue a brief once', async () => {
    const db = await freshDb();
    const person = await addPerson(db, { timezone: 'UTC', send_time: '07:00' });
    await tick(db, new Date('2026-03-10T06:50:00Z'));
    // Both see 06:50 as the previous tick: both windows hold 07:00.
    await Promise.all([tick(db, new Date('2026-03-10T07:01:00Z')), tick(db, new Date('2026-03-10T07:02:00Z'))]);
    expect(await briefsOf(db, person)).toHaveLength(1);
    expect(await jobsOf(db, person)).toHaveLength(1);
    await expectOneBriefPerLocalDate(db);
  }, 60_000);

  it('skips people who turned briefs off or have not verified their address, and sends the weekly review instead of the daily', async () => {
    const db = await freshDb();
    const off = await addPerson(db, { timezone: 'UTC', send_time: '07:00', enabled: false });
    const unverified = await addPerson(db, { timezone: 'UTC', send_time: '07:00', verified: false });
    // 2026-03-09 is a Monday.
    const weekly = await addPerson(db, { timezone: 'UTC', send_time: '07:00', weekdays: [1, 2, 3, 4, 5], weekly_day: 1 });
    await runClock(db, '2026-03-09T06:55:00Z', '2026-03-09T07:05:00Z');
    expect(await briefsOf(db, off)).toEqual([]);
    expect(await briefsOf(db, unverified)).toEqual([]);
    const jobs = await jobsOf(db, weekly);
    expect(jobs.map((job) => [job.dedup_key, job.payload.kind])).toEqual([[`brief-batch:${weekly}:weekly:2026-03-09`, 'weekly']]);
    expect(jobs[0]?.payload).toEqual({ user_id: weekly, kind: 'weekly', local_date: '2026-03-09', send_at: '2026-03-09T07:00:00.000Z' });
  }, 60_000);

  it('puts everyone due at one minute into batches of up to 10 people, in send order, each person in one batch once', async () => {
    const db = await freshDb();
    // 23 people: 10 due at 07:59 in Berlin (06:59 UTC), then 13 at 07:00 in London.
    const london = await Promise.all(Array.from({ length: 13 }, () => addPerson(db, { timezone: 'Europe/London', send_time: '07:00' })));
    const berlin = await Promise.all(Array.from({ length: 10 }, () => addPerson(db, { timezone: 'Europe/Berlin', send_time: '07:59' })));
    await tick(db, new Date('2026-03-10T06:58:00Z'));
    await tick(db, new Date('2026-03-10T07:00:00Z'));
    const batches = await db.sql<{ dedup_key: string; user_id: string | null; users: string[]; sends: string[] }[]>`
      select dedup_key, user_id, array(select b->>'user_id' from jsonb_array_elements(payload->'briefs') b) as users,
             array(select b->>'send_at' from jsonb_array_elements(payload->'briefs') b) as sends
      from public.queue_jobs where job_type = 'brief.generate_batch'`;
    batches.sort((a, b) => (a.sends[0] as string).localeCompare(b.sends[0] as string) || b.users.length - a.users.length);
    expect(batches.map((batch) => batch.users.length)).toEqual([BRIEF_BATCH_SIZE, BRIEF_BATCH_SIZE, 3]);
    // In send order: the earlier Berlin briefs fill the first batch.
    expect(new Set(batches[0]?.users)).toEqual(new Set(berlin));
    expect(new Set(batches[0]?.sends)).toEqual(new Set(['2026-03-10T06:59:00.000Z']));
    expect(new Set([...(batches[1]?.users ?? []), ...(batches[2]?.users ?? [])])).toEqual(new Set(london));
    // A batch is nobody's job in particular: its owner is not one of its people.
    expect(batches.every((batch) => batch.user_id === null)).toBe(true);
    expect(batches.every((batch) => batch.dedup_key === `brief-batch:${batch.users[0]}:daily:2026-03-10`)).toBe(true);
    // All 23 were due in the same tick's window; none of the later ticks adds a batch again.
    await runClock(db, '2026-03-10T07:00:00Z', '2026-03-10T07:05:00Z');
    const [count] = await db.sql<{ n: number }[]>`select count(*)::int as n from public.queue_jobs where job_type = 'brief.generate_batch'`;
    expect(count?.n).toBe(3);
    await expectOneBriefPerLocalDate(db);
  }, 60_000);
});
