import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { cancel } from './cancel.ts';
import { saveCheckpoint } from './checkpoint.ts';
import { claim } from './claim.ts';
import { complete } from './complete.ts';
import { completeMany } from './complete-many.ts';
import { enqueue } from './enqueue.ts';
import { fail } from './fail.ts';
import { findJob } from './find.ts';
import { finishCancelled } from './finish-cancelled.ts';
import { HANDED_OFF, takeOver } from './hand-off.ts';
import { heartbeat } from './heartbeat.ts';
import { reportProgress } from './progress.ts';
import { release } from './release.ts';
import { rescueExpired } from './rescue-expired.ts';
import { retry } from './retry.ts';
import { saveJobStates } from './save-job-states.ts';

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
    const [a, b, c, d] = [await claimOne('batcher'), await claimOne('batcher'), await claimOne('someone-else'), await claimOne('batcher')];
    // Text that an array or CSV encoding would have to escape, in the result each job keeps.
    const awkward = { note: 'a,b "c" \\ {d} é\n', list: [',', null] };
    const done = await completeMany(database.db.sql, 'batcher', [
      { id: a, result: { sent: 2, to: ['x'] } },
      { id: b, result: null },
      { id: c, result: 'not mine' },
      { id: d, result: awkward },
    ]);
    expect(done.sort()).toEqual([a, b, d].sort());
    expect(await findJob(database.db.sql, a)).toMatchObject({ status: 'completed', result: { sent: 2, to: ['x'] } });
    expect(await findJob(database.db.sql, b)).toMatchObject({ status: 'completed', result: null });
    expect(await findJob(database.db.sql, d)).toMatchObject({ status: 'completed', result: awkward });
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

  it("writes many jobs' steps and progress in one statement, each for its holder only, merging steps and keeping progress when unchanged", async () => {
    const [a, b, c] = [await claimOne('writer'), await claimOne('writer'), await claimOne('someone-else')];
    expect(await saveCheckpoint(database.db.sql, 'writer', a, 'fetch', { rows: 2 })).toBe(true);
    expect(await reportProgress(database.db.sql, 'writer', b, { done: 1 })).toBe(true);
    const written = await saveJobStates(database.db.sql, 'writer', [
      { id: a, checkpoints: { send: 'ok', note: 'a,b "c" \\ {d}' }, progress: { value: { done: 2 } } },
      { id: b, checkpoints: null },
      { id: c, checkpoints: { stolen: true }, progress: { value: 'not mine' } },
    ]);
    expect(written.sort()).toEqual([a, b].sort());
    expect(await findJob(database.db.sql, a)).toMatchObject({ checkpoints: { fetch: { rows: 2 }, send: 'ok', note: 'a,b "c" \\ {d}' }, progress: { done: 2 } });
    expect(await findJob(database.db.sql, b)).toMatchObject({ checkpoints: {}, progress: { done: 1 } });
    expect(await findJob(database.db.sql, c)).toMatchObject({ checkpoints: {}, progress: null });
    // Progress set to null is cleared, not left as it was.
    expect(await saveJobStates(database.db.sql, 'writer', [{ id: b, checkpoints: null, progress: { value: null } }])).toEqual([b]);
    expect(await findJob(database.db.sql, b)).toMatchObject({ progress: null });
  });

  it("completes a job together with the steps and progress it had not written yet", async () => {
    const [a, b] = [await claimOne('finisher'), await claimOne('finisher')];
    expect(await saveCheckpoint(database.db.sql, 'finisher', a, 'first', 1)).toBe(true);
    expect(await reportProgress(database.db.sql, 'finisher', b, { stage: 'last' })).toBe(true);
    const done = await completeMany(database.db.sql, 'finisher', [
      { id: a, result: 'a', state: { checkpoints: { second: 2 }, progress: { value: { stage: 'done' } } } },
      { id: b, result: 'b', state: { checkpoints: null } },
    ]);
    expect(done.sort()).toEqual([a, b].sort());
    expect(await findJob(database.db.sql, a)).toMatchObject({ status: 'completed', result: 'a', checkpoints: { first: 1, second: 2 }, progress: { stage: 'done' } });
    expect(await findJob(database.db.sql, b)).toMatchObject({ status: 'completed', result: 'b', checkpoints: {}, progress: { stage: 'last' } });
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
  /** Runs one queue statement (its own transaction, so now() moves on) and expects updated_at to move with it. */
  async function expectStamped(id: string, statement: () => Promise<unknown>): Promise<void> {
    const before = await updatedAt(id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await statement();
    expect(await updatedAt(id)).toBeGreaterThan(before);
  }
  const sql = () => database.db.sql;
  // A job type of its own, so no other test's jobs are claimed here.
  const newJob = async () => {
    const [row] = await sql()<{ id: string }[]>`insert into queue_jobs (job_type) values ('test.stamp') returning id`;
    return (row as { id: string }).id;
  };
  const claimIt = async (id: string, workerId: string, leaseSeconds = 30) => {
    const [job] = await claim(sql(), { workerId, types: ['test.stamp'], limit: 1, leaseSeconds });
    expect(job?.id).toBe(id);
  };

  // No trigger sets it (20261201090000): every statement of the queue API must.
  it('moves on with every statement of the queue API that changes a job', async () => {
    const id = await newJob();
    await expectStamped(id, () => claimIt(id, 'stamp'));
    await expectStamped(id, () => heartbeat(sql(), 'stamp', [id], 30));
    await expectStamped(id, () => reportProgress(sql(), 'stamp', id, { half: true }));
    await expectStamped(id, () => saveCheckpoint(sql(), 'stamp', id, 'first', 1));
    await expectStamped(id, () => saveJobStates(sql(), 'stamp', [{ id, checkpoints: { second: 2 } }]));
    await expectStamped(id, () => fail(sql(), 'stamp', id, { error: 'again', backoff: { baseMs: 1, capMs: 1 } }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await expectStamped(id, () => claimIt(id, 'stamp'));
    await expectStamped(id, () => release(sql(), 'stamp', [id]));
    await expectStamped(id, () => claimIt(id, 'stamp'));
    await expectStamped(id, () => completeMany(sql(), 'stamp', [{ id, result: null }]));

    const failed = await newJob();
    await claimIt(failed, 'stamp');
    await expectStamped(failed, () => fail(sql(), 'stamp', failed, { error: 'for good', permanent: true }));
    await expectStamped(failed, () => retry(sql(), failed));
    await expectStamped(failed, () => claimIt(failed, 'stamp'));
    await expectStamped(failed, () => complete(sql(), 'stamp', failed, { ok: true }));

    const second = await newJob();
    await expectStamped(second, () => cancel(sql(), second));
    const third = await newJob();
    await claimIt(third, 'stamp');
    await expectStamped(third, () => cancel(sql(), third));
    await expectStamped(third, () => finishCancelled(sql(), 'stamp', third));
    const fourth = await newJob();
    await claimIt(fourth, 'stamp', 1);
    await sql()`update queue_jobs set lease_expires_at = now() - interval '1 second', updated_at = now() where id = ${fourth}`;
    await expectStamped(fourth, () => rescueExpired(sql()));
    const fifth = await newJob();
    await sql()`update queue_jobs set status = 'processing', locked_by = ${HANDED_OFF}, lease_expires_at = now() + interval '1 minute', updated_at = now() where id = ${fifth}`;
    await expectStamped(fifth, () => takeOver(sql(), 'stamp', [fifth], 30));
  });
});
