import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { backoffBoundMs } from './backoff.ts';
import { cancel } from './cancel.ts';
import { claim } from './claim.ts';
import { enqueue } from './enqueue.ts';
import { findJob } from './find.ts';
import { rescueExpired } from './rescue-expired.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

beforeEach(async () => {
  await database.db.sql`delete from queue_jobs`;
});

const backoff = { baseMs: 4_000, capMs: 60_000 };

async function running(maxAttempts = 5): Promise<string> {
  const { id } = await enqueue(database.db.sql, 'system.sleep', { ms: 1 }, { maxAttempts });
  await claim(database.db.sql, { workerId: 'gone', types: ['system.sleep'], limit: 1, leaseSeconds: 30 });
  return id;
}

describe('rescueExpired', () => {
  it('returns jobs with an expired lease to pending with backoff, counting the attempt', async () => {
    const expired = await running();
    const live = await running();
    await database.db.sql`update queue_jobs set lease_expires_at = now() - interval '1 second' where id = ${expired}`;
    const before = Date.now();
    expect(await rescueExpired(database.db.sql, { backoff })).toBe(1);
    const job = await findJob(database.db.sql, expired);
    expect(job).toMatchObject({ status: 'pending', attempts: 1, locked_by: null, last_error: 'lease expired: worker gone stopped renewing it' });
    expect((job?.run_at.getTime() ?? 0) - before).toBeLessThanOrEqual(backoffBoundMs(1, backoff) + 50);
    expect((await findJob(database.db.sql, live))?.status).toBe('processing');
  });

  it('fails a job that has no attempts left, and cancels one whose cancel was requested', async () => {
    const last = await running(1);
    const cancelled = await running();
    expect(await cancel(database.db.sql, cancelled)).toBe('cancel_requested');
    await database.db.sql`update queue_jobs set lease_expires_at = now() - interval '1 second'`;
    expect(await rescueExpired(database.db.sql, { backoff })).toBe(2);
    expect((await findJob(database.db.sql, last))?.status).toBe('failed');
    expect((await findJob(database.db.sql, cancelled))?.status).toBe('cancelled');
  });
});

describe('cancel', () => {
  it('cancels a pending job at once, flags a running one, and leaves finished ones', async () => {
    const { id: pending } = await enqueue(database.db.sql, 'system.sleep', { ms: 1 }, { runAt: new Date(Date.now() + 60_000) });
    const run = await running();
    expect(await cancel(database.db.sql, pending)).toBe('cancelled');
    expect(await cancel(database.db.sql, run)).toBe('cancel_requested');
    expect(await cancel(database.db.sql, pending)).toBe('not_cancellable');
    expect(await cancel(database.db.sql, '00000000-0000-4000-8000-000000000000')).toBe('not_found');
    expect(await findJob(database.db.sql, pending)).toMatchObject({ status: 'cancelled' });
    const job = await findJob(database.db.sql, run);
    expect(job?.status).toBe('processing');
    expect(job?.cancel_requested_at).toBeInstanceOf(Date);
  });
});
