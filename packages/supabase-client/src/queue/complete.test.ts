import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { saveCheckpoint } from './checkpoint.ts';
import { claim } from './claim.ts';
import { complete } from './complete.ts';
import { completeMany } from './complete-many.ts';
import { enqueue } from './enqueue.ts';
import { fail } from './fail.ts';
import { findJob } from './find.ts';
import { heartbeat } from './heartbeat.ts';
import { reportProgress } from './progress.ts';
import { release } from './release.ts';
import { rescueExpired } from './rescue-expired.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

async function claimOne(workerId: string, leaseSeconds = 30) {
  const { id } = await enqueue(database.db.sql, 'system.sleep', { ms: 1 });
  await database.db.sql`update queue_jobs set priority = -32768 where id = ${id}`;
  const [job] = await claim(database.db.sql, { workerId, types: ['system.sleep'], limit: 1, leaseSeconds });
  expect(job?.id).toBe(id);
  return id;
}

async function expireLease(id: string): Promise<void> {
  await database.db.sql`update queue_jobs set lease_expires_at = now() - interval '1 second' where id = ${id}`;
}

describe('completion by the lease holder only', () => {
  it('completes with the result for the holder', async () => {
    const id = await claimOne('holder');
    expect(await complete(database.db.sql, 'holder', id, { slept: 1 })).toBe(true);
    expect(await findJob(database.db.sql, id)).toMatchObject({ status: 'completed', result: { slept: 1 }, locked_by: null, lease_expires_at: null });
  });

  it('ignores every write from a worker that does not hold the lease', async () => {
    const id = await claimOne('holder');
    expect(await complete(database.db.sql, 'intruder', id, 'x')).toBe(false);
    expect(await fail(database.db.sql, 'intruder', id, { error: 'x' })).toBeNull();
    expect(await reportProgress(database.db.sql, 'intruder', id, { pct: 1 })).toBe(false);
    expect(await saveCheckpoint(database.db.sql, 'intruder', id, 'step', 1)).toBe(false);
    expect(await heartbeat(database.db.sql, 'intruder', [id], 30)).toEqual({ held: [], cancelRequested: [] });
    expect(await release(database.db.sql, 'intruder', [id])).toEqual([]);
    expect(await completeMany(database.db.sql, 'intruder', [{ id, result: 1 }])).toEqual([]);
    expect(await findJob(database.db.sql, id)).toMatchObject({ status: 'processing', locked_by: 'holder', progress: null, checkpoints: {} });
  });

  it('a stale worker (lease expired, job re-claimed) cannot complete or fail the job', async () => {
    const id = await claimOne('stale');
    await expireLease(id);
    expect(await rescueExpired(database.db.sql, { backoff: { baseMs: 0, capMs: 0 } })).toBe(1);
    const [again] = await claim(database.db.sql, { workerId: 'fresh', types: ['system.sleep'], limit: 1, leaseSeconds: 30 });
    expect(again).toMatchObject({ id, attempts: 2 });
    expect(await complete(database.db.sql, 'stale', id, 'stale result')).toBe(false);
    expect(await fail(database.db.sql, 'stale', id, { error: 'stale error', permanent: true })).toBeNull();
    expect(await complete(database.db.sql, 'fresh', id, 'fresh result')).toBe(true);
    expect(await findJob(database.db.sql, id)).toMatchObject({ status: 'completed', result: 'fresh result', attempts: 2 });
  });

  it('completes a batch in one statement, each with its own result, skipping jobs held by others', async () => {
    const [a, b, c] = [await claimOne('batcher'), await claimOne('batcher'), await claimOne('someone-else')];
    const done = await completeMany(database.db.sql, 'batcher', [
      { id: a, result: { sent: 2, to: ['x'] } },
      { id: b, result: null },
      { id: c, result: 'not mine' },
    ]);
    expect(done.sort()).toEqual([a, b].sort());
    expect(await findJob(database.db.sql, a)).toMatchObject({ status: 'completed', result: { sent: 2, to: ['x'] } });
    expect(await findJob(database.db.sql, b)).toMatchObject({ status: 'completed', result: null });
    expect(await findJob(database.db.sql, c)).toMatchObject({ status: 'processing', result: null });
  });

  it('heartbeat extends the lease; progress and checkpoints are stored for the holder', async () => {
    const id = await claimOne('holder', 5);
    expect(await heartbeat(database.db.sql, 'holder', [id], 120)).toEqual({ held: [id], cancelRequested: [] });
    expect(await reportProgress(database.db.sql, 'holder', id, { done: 3, of: 10 })).toBe(true);
    expect(await saveCheckpoint(database.db.sql, 'holder', id, 'fetch', { rows: 2 })).toBe(true);
    expect(await saveCheckpoint(database.db.sql, 'holder', id, 'send', 'ok')).toBe(true);
    const [row] = await database.db.sql<{ lease: number; progress: unknown; checkpoints: unknown }[]>`
      select extract(epoch from lease_expires_at - now())::int as lease, progress, checkpoints from queue_jobs where id = ${id}`;
    expect(row?.lease).toBeGreaterThan(100);
    expect(row?.progress).toEqual({ done: 3, of: 10 });
    expect(row?.checkpoints).toEqual({ fetch: { rows: 2 }, send: 'ok' });
  });

  it('release hands a job back without counting the attempt', async () => {
    const id = await claimOne('leaving');
    expect(await release(database.db.sql, 'leaving', [id])).toEqual([id]);
    expect(await findJob(database.db.sql, id)).toMatchObject({ status: 'pending', attempts: 0, locked_by: null });
  });
});

describe('updated_at', () => {
  const updatedAt = async (id: string) => {
    const [row] = await database.db.sql<{ updated_at: Date }[]>`select updated_at from queue_jobs where id = ${id}`;
    return (row as { updated_at: Date }).updated_at.getTime();
  };
  // Each statement runs in its own transaction, so now() moves on between them.
  const later = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('moves on every change: statements that set it and updates that rely on the trigger', async () => {
    const [inserted] = await database.db.sql<{ id: string }[]>`insert into queue_jobs (job_type) values ('test.stamp') returning id`;
    const id = (inserted as { id: string }).id;
    const enqueued = await updatedAt(id);
    await later();
    await database.db.sql`update queue_jobs set priority = -32768 where id = ${id}`;
    const reprioritised = await updatedAt(id);
    expect(reprioritised).toBeGreaterThan(enqueued);
    await later();
    const [job] = await claim(database.db.sql, { workerId: 'stamp', types: ['test.stamp'], limit: 1, leaseSeconds: 30 });
    expect(job?.id).toBe(id);
    const claimed = await updatedAt(id);
    expect(claimed).toBeGreaterThan(reprioritised);
    await later();
    await heartbeat(database.db.sql, 'stamp', [id], 30);
    const beaten = await updatedAt(id);
    expect(beaten).toBeGreaterThan(claimed);
    await later();
    await reportProgress(database.db.sql, 'stamp', id, { half: true });
    const progressed = await updatedAt(id);
    expect(progressed).toBeGreaterThan(beaten);
    await later();
    expect(await completeMany(database.db.sql, 'stamp', [{ id, result: null }])).toEqual([id]);
    expect(await updatedAt(id)).toBeGreaterThan(progressed);
  });
});
