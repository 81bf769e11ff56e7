import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, createTestUser, type TestDatabase } from '../testing/database.ts';
import { enqueue } from './enqueue.ts';
import { enqueueMany } from './enqueue-many.ts';
import { findJob } from './find.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

describe('enqueue', () => {
  it('stores a pending job with its parsed payload and options', async () => {
    const runAt = new Date(Date.now() + 60_000);
    const { id, created } = await enqueue(database.db.sql, 'system.sleep', { ms: 5 }, { priority: 3, runAt, maxAttempts: 2 });
    expect(created).toBe(true);
    const job = await findJob(database.db.sql, id);
    expect(job).toMatchObject({ job_type: 'system.sleep', status: 'pending', payload: { ms: 5, fail: false }, priority: 3, max_attempts: 2, attempts: 0, user_id: null });
    expect(job?.run_at.getTime()).toBe(runAt.getTime());
  });

  it('rejects an invalid payload naming the field, inserting nothing from the batch', async () => {
    const key = randomUUID();
    await expect(
      enqueueMany(database.db.sql, [
        { type: 'system.sleep', payload: { ms: 1 }, dedupKey: key },
        { type: 'system.sleep', payload: { ms: -1 } },
      ]),
    ).rejects.toThrow(/job 1 \(system\.sleep\): invalid payload: ms: /);
    const [row] = await database.db.sql<{ n: number }[]>`select count(*)::int as n from queue_jobs where dedup_key = ${key}`;
    expect(row?.n).toBe(0);
  });

  it('rejects an unknown job type', async () => {
    await expect(enqueueMany(database.db.sql, [{ type: 'nope.never' as 'system.sleep', payload: { ms: 1 } }])).rejects.toThrow(/unknown job type "nope.never"/);
  });

  it('returns the live job for a duplicate dedup key, and frees the key once the job finished', async () => {
    const key = `dedup-${randomUUID()}`;
    const first = await enqueue(database.db.sql, 'system.sleep', { ms: 1 }, { dedupKey: key });
    const again = await enqueueMany(database.db.sql, [
      { type: 'system.sleep', payload: { ms: 2 }, dedupKey: key },
      { type: 'system.sleep', payload: { ms: 3 }, dedupKey: `${key}-b` },
      { type: 'system.sleep', payload: { ms: 4 }, dedupKey: `${key}-b` },
    ]);
    expect(again[0]).toEqual({ id: first.id, created: false });
    expect(again[1]?.created).toBe(true);
    expect(again[2]).toEqual({ id: again[1]?.id, created: false });

    await database.db.sql`update queue_jobs set status = 'completed', finished_at = now() where id = ${first.id}`;
    const after = await enqueue(database.db.sql, 'system.sleep', { ms: 1 }, { dedupKey: key });
    expect(after.created).toBe(true);
    expect(after.id).not.toBe(first.id);
  });

  it("exists only if the caller's transaction commits", async () => {
    const key = `tx-${randomUUID()}`;
    await expect(
      database.db.asService(async (tx) => {
        await enqueue(tx, 'system.sleep', { ms: 1 }, { dedupKey: key });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const [row] = await database.db.sql<{ n: number }[]>`select count(*)::int as n from queue_jobs where dedup_key = ${key}`;
    expect(row?.n).toBe(0);
  });

  it("lets a signed-in user enqueue their own job inside asUser, keeping the user's role afterwards", async () => {
    const userId = await createTestUser(database.db);
    const { id, role } = await database.db.asUser(userId, async (tx) => {
      const job = await enqueue(tx, 'system.sleep', { ms: 1 }, { userId });
      const [state] = await tx<{ role: string }[]>`select current_user as role`;
      return { id: job.id, role: state?.role };
    });
    expect(role).toBe('authenticated');
    expect((await findJob(database.db.sql, id))?.user_id).toBe(userId);
  });

  it('refuses a signed-in user enqueueing for someone else or as a system job', async () => {
    const userId = await createTestUser(database.db);
    const other = await createTestUser(database.db);
    await expect(database.db.asUser(userId, (tx) => enqueue(tx, 'system.sleep', { ms: 1 }, { userId: other }))).rejects.toThrow(/their own user_id/);
    await expect(database.db.asUser(userId, (tx) => enqueue(tx, 'system.sleep', { ms: 1 }))).rejects.toThrow(/their own user_id/);
  });
});
