import { createLogger, loadConfig } from '@ordo/config';
import { createTestDatabase, createTestUser, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Schedule, startScheduler } from './scheduler.ts';

let database: TestDatabase;
const log = createLogger(loadConfig({ LOG_LEVEL: 'silent' }, { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } }), 'test');

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

const sleepJob = () => [{ type: 'system.sleep' as const, payload: { ms: 0 } }];

describe('scheduler', () => {
  it('enqueues exactly one job per tick however many workers run the schedule', async () => {
    const everySecond: Schedule = { name: 'test.every-second', cron: '* * * * * *', jobs: sleepJob, missed: 'skip' };
    const instances = await Promise.all([1, 2, 3].map(() => startScheduler(database.db, [everySecond], log)));
    await new Promise((resolve) => setTimeout(resolve, 3_200));
    await Promise.all(instances.map((instance) => instance.stop()));
    const ticks = await database.db.sql<{ tick_at: Date; job_id: string }[]>`
      select tick_at, job_id from queue_schedule_ticks where schedule = ${everySecond.name} order by tick_at`;
    const jobs = await database.db.sql<{ id: string; dedup_key: string }[]>`
      select id, dedup_key from queue_jobs where dedup_key like ${'schedule:test.every-second:%'}`;
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(jobs).toHaveLength(ticks.length);
    expect(new Set(jobs.map((job) => job.dedup_key)).size).toBe(jobs.length);
    expect(ticks.every((tick) => tick.tick_at.getUTCMilliseconds() === 0)).toBe(true);
    expect(new Set(ticks.map((tick) => tick.job_id))).toEqual(new Set(jobs.map((job) => job.id)));
  });

  it('fans a tick out to a job per user, each under its own dedup key, enqueued once across ticks and workers', async () => {
    const users = await Promise.all([1, 2, 3, 4, 5].map(() => createTestUser(database.db)));
    // As a morning brief would: everyone due, read in the tick's transaction, keyed by user and day.
    const briefs: Schedule = {
      name: 'fan-out.briefs',
      cron: '* * * * * *',
      missed: 'skip',
      jobs: async ({ tx }) => {
        const due = await tx<{ id: string }[]>`select id from public.users where id = any(${users}) order by id`;
        return due.map(({ id }) => ({ type: 'system.sleep' as const, payload: { ms: 0 }, userId: id, dedupKey: `test.brief:${id}:2026-12-03` }));
      },
    };
    const jobsOf = () => database.db.sql<{ user_id: string; dedup_key: string; status: string }[]>`
      select user_id, dedup_key, status from queue_jobs where dedup_key like 'test.brief:%'`;
    const instances = await Promise.all([1, 2, 3].map(() => startScheduler(database.db, [briefs], log)));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    // The first jobs finish; the queue's own dedup (live jobs only) would now let the same keys in again.
    await database.db.sql`update queue_jobs set status = 'completed', finished_at = now() where dedup_key like 'test.brief:%'`;
    const finishedAt = new Date();
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    await Promise.all(instances.map((instance) => instance.stop()));

    const jobs = await jobsOf();
    expect(jobs.map((job) => job.user_id).toSorted()).toEqual(users.toSorted());
    expect(jobs.every((job) => job.status === 'completed' && job.dedup_key === `test.brief:${job.user_id}:2026-12-03`)).toBe(true);
    const ticks = await database.db.sql<{ tick_at: Date }[]>`select tick_at from queue_schedule_ticks where schedule = 'fan-out.briefs'`;
    expect(ticks.filter((tick) => tick.tick_at > finishedAt).length).toBeGreaterThanOrEqual(1);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a tick whose jobs share a dedup key, enqueueing none of them', async () => {
    const twice: Schedule = {
      name: 'fan-out.same-key',
      cron: '* * * * * *',
      missed: 'skip',
      jobs: () => [1, 2].map((ms) => ({ type: 'system.sleep' as const, payload: { ms }, dedupKey: 'fan-out.same-key' })),
    };
    const instance = await startScheduler(database.db, [twice], log);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    await instance.stop();
    const [row] = await database.db.sql<{ jobs: number; ticks: number }[]>`
      select (select count(*)::int from queue_jobs where dedup_key = 'fan-out.same-key') as jobs,
             (select count(*)::int from queue_schedule_ticks where schedule = 'fan-out.same-key') as ticks`;
    expect(row).toEqual({ jobs: 0, ticks: 0 });
  });

  it("after downtime, enqueues a 'latest' schedule's most recent missed tick once and forgets a 'skip' schedule's", async () => {
    const hourly = (name: string, missed: Schedule['missed']): Schedule => ({ name, cron: '0 * * * *', jobs: sleepJob, missed });
    const now = new Date();
    const lastHour = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), now.getUTCHours()));
    const longAgo = new Date(lastHour.getTime() - 5 * 3_600_000);
    await database.db.sql`
      insert into queue_schedule_ticks (schedule, tick_at) values ('test.catch-up', ${longAgo}), ('test.skip', ${longAgo})`;
    const schedules = [hourly('test.catch-up', 'latest'), hourly('test.skip', 'skip')];
    const first = await startScheduler(database.db, schedules, log);
    const second = await startScheduler(database.db, schedules, log);
    await Promise.all([first.stop(), second.stop()]);
    const ticks = await database.db.sql<{ schedule: string; tick_at: Date }[]>`
      select schedule, tick_at from queue_schedule_ticks where schedule like 'test.%' and schedule <> 'test.every-second' order by schedule, tick_at`;
    expect(ticks).toEqual([
      { schedule: 'test.catch-up', tick_at: longAgo },
      { schedule: 'test.catch-up', tick_at: lastHour },
      { schedule: 'test.skip', tick_at: longAgo },
    ]);
  });

  it('refuses an invalid cron expression or a duplicate name', async () => {
    await expect(startScheduler(database.db, [{ name: 'bad', cron: '61 * * * *', jobs: sleepJob, missed: 'skip' }], log)).rejects.toThrow('schedule "bad": invalid cron expression "61 * * * *"');
    const twice: Schedule = { name: 'twice', cron: '* * * * *', jobs: sleepJob, missed: 'skip' };
    await expect(startScheduler(database.db, [twice, twice], log)).rejects.toThrow('two schedules named "twice"');
  });
});
