import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { enqueueMany } from './enqueue-many.ts';
import { prune } from './prune.ts';
import { queueStats } from './stats.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

describe('prune', () => {
  it('deletes completed jobs after their retention and keeps failed ones longer', async () => {
    const jobs = await enqueueMany(database.db.sql, Array.from({ length: 5 }, () => ({ type: 'system.sleep' as const, payload: { ms: 1 } })));
    const [oldDone, newDone, oldFailed, olderFailed, pending] = jobs.map((job) => job.id) as [string, string, string, string, string];
    await database.db.sql`update queue_jobs set status = 'completed', finished_at = now() - interval '2 days' where id = ${oldDone}`;
    await database.db.sql`update queue_jobs set status = 'completed', finished_at = now() - interval '1 hour' where id = ${newDone}`;
    await database.db.sql`update queue_jobs set status = 'failed', finished_at = now() - interval '2 days' where id = ${oldFailed}`;
    await database.db.sql`update queue_jobs set status = 'failed', finished_at = now() - interval '20 days' where id = ${olderFailed}`;
    expect(await prune(database.db.sql, { completedSeconds: 86_400, failedSeconds: 7 * 86_400 })).toBe(2);
    const left = await database.db.sql<{ id: string }[]>`select id from queue_jobs order by id`;
    expect(left.map((row) => row.id).sort()).toEqual([newDone, oldFailed, pending].sort());
  });
});

describe('queueStats', () => {
  it('counts jobs by type and status and reports the oldest due pending job', async () => {
    await database.db.sql`delete from queue_jobs`;
    await enqueueMany(database.db.sql, [
      { type: 'system.sleep', payload: { ms: 1 }, runAt: new Date(Date.now() - 90_000) },
      { type: 'system.sleep', payload: { ms: 1 } },
      { type: 'system.sleep', payload: { ms: 1 }, runAt: new Date(Date.now() + 900_000) },
    ]);
    await database.db.sql`update queue_jobs set status = 'failed', finished_at = now() where run_at > now()`;
    const stats = await queueStats(database.db.sql);
    expect(stats.counts).toEqual([
      { job_type: 'system.sleep', status: 'failed', count: 1 },
      { job_type: 'system.sleep', status: 'pending', count: 2 },
    ]);
    expect(stats.oldestPending).toHaveLength(1);
    expect(stats.oldestPending[0]?.age_seconds).toBeGreaterThanOrEqual(89);
  });
});
