import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { enqueueMany } from './enqueue-many.ts';
import { newJobId } from './job-id.ts';
import { prune } from './prune.ts';
import { queueStats } from './stats.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

describe('prune', () => {
  const DAY = 86_400_000;
  /** A job as the queue leaves it: created (id and created_at) at one moment, finished at another. */
  async function job(status: string, createdDaysAgo: number, finishedDaysAgo: number | null): Promise<string> {
    const createdAt = Date.now() - createdDaysAgo * DAY;
    const id = newJobId(createdAt);
    const finishedAt = finishedDaysAgo === null ? null : new Date(Date.now() - finishedDaysAgo * DAY);
    await database.db.sql`
      insert into queue_jobs (id, job_type, status, created_at, finished_at)
      values (${id}, 'system.sleep', ${status}, ${new Date(createdAt)}, ${finishedAt})`;
    return id;
  }

  it('deletes completed and cancelled jobs after their retention and keeps failed ones longer', async () => {
    await database.db.sql`delete from queue_jobs`;
    const oldDone = await job('completed', 3, 2);
    const oldCancelled = await job('cancelled', 2.5, 2.5);
    // Created long ago but finished within retention (a job scheduled far ahead, or a long one).
    const lateDone = await job('completed', 10, 0.5);
    const newDone = await job('completed', 0.1, 0.05);
    const oldFailed = await job('failed', 2, 2);
    const olderFailed = await job('failed', 20, 20);
    const oldPending = await job('pending', 5, null);
    expect(await prune(database.db.sql, { completedSeconds: 86_400, failedSeconds: 7 * 86_400 })).toBe(3);
    const left = await database.db.sql<{ id: string }[]>`select id from queue_jobs`;
    expect(left.map((row) => row.id).sort()).toEqual([lateDone, newDone, oldFailed, oldPending].sort());
    expect([oldDone, oldCancelled, olderFailed].some((id) => left.some((row) => row.id === id))).toBe(false);
  });

  it('takes at most a batch of each kind per call', async () => {
    await database.db.sql`delete from queue_jobs`;
    for (let i = 0; i < 5; i++) await job('completed', 3, 2);
    for (let i = 0; i < 3; i++) await job('failed', 40, 40);
    const retention = { completedSeconds: 86_400, failedSeconds: 7 * 86_400, batchSize: 2 };
    expect(await prune(database.db.sql, retention)).toBe(4);
    expect(await prune(database.db.sql, retention)).toBe(3);
    expect(await prune(database.db.sql, retention)).toBe(1);
    expect(await prune(database.db.sql, retention)).toBe(0);
  });

  it('finds the jobs past retention by primary key, not by reading the whole table', async () => {
    const [plan] = await database.db.sql<{ 'QUERY PLAN': unknown }[]>`
      explain (format json)
      select id from public.queue_jobs
      where id < public.uuid_v7_floor(now() - interval '7 days')
        and status in ('completed', 'cancelled') and finished_at < now() - interval '7 days'`;
    expect(JSON.stringify(plan?.['QUERY PLAN'])).toContain('queue_jobs_pkey');
  });

  it('uuid_v7_floor is the smallest id of its millisecond', async () => {
    const at = Date.UTC(2026, 11, 1, 10, 34, 7, 646);
    const [row] = await database.db.sql<{ floor: string; same: boolean; before: boolean }[]>`
      select public.uuid_v7_floor(${new Date(at)}) as floor,
             public.uuid_v7_floor(${new Date(at)}) <= ${newJobId(at)}::uuid as same,
             ${newJobId(at - 1)}::uuid < public.uuid_v7_floor(${new Date(at)}) as before`;
    expect(row).toEqual({ floor: `${at.toString(16).padStart(12, '0').slice(0, 8)}-${at.toString(16).padStart(12, '0').slice(8)}-0000-0000-000000000000`, same: true, before: true });
  });
});

describe('queueStats', () => {
  async function seedStatuses(): Promise<void> {
    await database.db.sql`delete from queue_jobs`;
    await enqueueMany(database.db.sql, [
      { type: 'system.sleep', payload: { ms: 1 }, runAt: new Date(Date.now() - 90_000) },
      { type: 'system.sleep', payload: { ms: 1 } },
      { type: 'system.sleep', payload: { ms: 1 }, runAt: new Date(Date.now() + 900_000) },
      { type: 'system.sleep', payload: { ms: 2 } },
      { type: 'system.sleep', payload: { ms: 3 } },
    ]);
    await database.db.sql`update queue_jobs set status = 'failed', finished_at = now(), updated_at = now() where run_at > now()`;
    await database.db.sql`
      update queue_jobs set status = 'completed', finished_at = now(), updated_at = now() where payload->>'ms' = '2'`;
    await database.db.sql`
      update queue_jobs set status = 'cancelled', finished_at = now(), updated_at = now() where payload->>'ms' = '3'`;
  }

  it('counts live and failed jobs by type and reports the oldest due pending job', async () => {
    await seedStatuses();
    const stats = await queueStats(database.db.sql);
    expect(stats.counts).toEqual([
      { job_type: 'system.sleep', status: 'failed', count: 1 },
      { job_type: 'system.sleep', status: 'pending', count: 2 },
    ]);
    expect(stats.oldestPending).toHaveLength(1);
    expect(stats.oldestPending[0]?.age_seconds).toBeGreaterThanOrEqual(89);
  });

  it('counts a type whose pending jobs are all due later, without an oldest due job', async () => {
    await database.db.sql`delete from queue_jobs`;
    await enqueueMany(database.db.sql, [{ type: 'system.sleep', payload: { ms: 1 } }]);
    // The queue is type-agnostic SQL: another type exists here only as a row.
    await database.db.sql`insert into queue_jobs (job_type, run_at) values ('test.later', now() + interval '15 minutes')`;
    const stats = await queueStats(database.db.sql);
    expect(stats.counts).toEqual([
      { job_type: 'system.sleep', status: 'pending', count: 1 },
      { job_type: 'test.later', status: 'pending', count: 1 },
    ]);
    expect(stats.oldestPending.map((row) => row.job_type)).toEqual(['system.sleep']);
  });

  it('counts completed and cancelled jobs too when asked', async () => {
    await seedStatuses();
    const stats = await queueStats(database.db.sql, { finished: true });
    expect(stats.counts).toEqual([
      { job_type: 'system.sleep', status: 'cancelled', count: 1 },
      { job_type: 'system.sleep', status: 'completed', count: 1 },
      { job_type: 'system.sleep', status: 'failed', count: 1 },
      { job_type: 'system.sleep', status: 'pending', count: 2 },
    ]);
  });

  it('reads live counts through indexes, so a scrape does not read every completed row kept', async () => {
    await seedStatuses();
    /** Sequential scans of queue_jobs by queueStats, with the planner taking an index whenever one serves. */
    const seqScans = (options: { finished?: boolean }) =>
      database.db.sql.begin(async (tx) => {
        await tx`set local enable_seqscan = off`;
        // This backend's counts not yet flushed to the shared statistics, which may include earlier work.
        const scans = async () => {
          const [row] = await tx<{ seq_scan: number }[]>`
            select seq_scan::int from pg_stat_xact_user_tables where relname = 'queue_jobs'`;
          return row?.seq_scan ?? 0;
        };
        const before = await scans();
        await queueStats(tx, options);
        return (await scans()) - before;
      });
    expect(await seqScans({})).toBe(0);
    expect(await seqScans({ finished: true })).toBeGreaterThan(0);
  });
});
