import { createLogger, loadConfig } from '@ordo/config';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Schedule, startScheduler } from './scheduler.ts';

let database: TestDatabase;
const log = createLogger(loadConfig({ LOG_LEVEL: 'silent' }, { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } }), 'test');

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

const sleepJob = () => ({ type: 'system.sleep' as const, payload: { ms: 0 } });

describe('scheduler', () => {
  it('enqueues exactly one job per tick however many workers run the schedule', async () => {
    const everySecond: Schedule = { name: 'test.every-second', cron: '* * * * * *', job: sleepJob, missed: 'skip' };
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

  it("after downtime, enqueues a 'latest' schedule's most recent missed tick once and forgets a 'skip' schedule's", async () => {
    const hourly = (name: string, missed: Schedule['missed']): Schedule => ({ name, cron: '0 * * * *', job: sleepJob, missed });
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
    await expect(startScheduler(database.db, [{ name: 'bad', cron: '61 * * * *', job: sleepJob, missed: 'skip' }], log)).rejects.toThrow('schedule "bad": invalid cron expression "61 * * * *"');
    const twice: Schedule = { name: 'twice', cron: '* * * * *', job: sleepJob, missed: 'skip' };
    await expect(startScheduler(database.db, [twice, twice], log)).rejects.toThrow('two schedules named "twice"');
  });
});
