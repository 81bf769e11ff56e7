import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { backoffBoundMs } from './backoff.ts';
import { claim } from './claim.ts';
import { enqueueMany } from './enqueue-many.ts';
import { fail } from './fail.ts';
import { findJob } from './find.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

const backoff = { baseMs: 10_000, capMs: 60_000 };

async function claimAll(workerId: string, count: number) {
  return claim(database.db.sql, { workerId, types: ['system.sleep'], limit: count, leaseSeconds: 30 });
}

describe('fail', () => {
  it('retries after a full-jitter exponential delay, capped, then fails when attempts run out', async () => {
    const count = 40;
    await enqueueMany(database.db.sql, Array.from({ length: count }, () => ({ type: 'system.sleep' as const, payload: { ms: 1 }, maxAttempts: 4 })));
    for (let attempt = 1; attempt <= 4; attempt++) {
      await database.db.sql`update queue_jobs set run_at = now() where status = 'pending'`;
      const jobs = await claimAll('w', count);
      expect(jobs).toHaveLength(count);
      const delays: number[] = [];
      for (const job of jobs) {
        expect(job.attempts).toBe(attempt);
        const before = Date.now();
        const outcome = await fail(database.db.sql, 'w', job.id, { error: `boom ${attempt}`, backoff });
        if (attempt < 4) {
          expect(outcome?.status).toBe('pending');
          if (outcome?.status === 'pending') delays.push(outcome.runAt.getTime() - before);
        } else {
          expect(outcome).toEqual({ status: 'failed' });
        }
      }
      if (attempt < 4) {
        const bound = backoffBoundMs(attempt, backoff);
        for (const delay of delays) {
          expect(delay).toBeGreaterThanOrEqual(-50);
          expect(delay).toBeLessThanOrEqual(bound + 50);
        }
        // Full jitter spreads the retries over the window instead of bunching them at its end.
        expect(Math.min(...delays)).toBeLessThan(bound / 2);
        expect(Math.max(...delays)).toBeGreaterThan(bound / 2);
      }
    }
    const [row] = await database.db.sql<{ n: number }[]>`
      select count(*)::int as n from queue_jobs where status = 'failed' and attempts = 4 and last_error = 'boom 4' and finished_at is not null`;
    expect(row?.n).toBe(count);
    expect(backoffBoundMs(3, backoff)).toBe(40_000);
    expect(backoffBoundMs(9, backoff)).toBe(60_000);
  });

  it('fails a permanent error at once, whatever attempts remain', async () => {
    const [{ id } = { id: '' }] = await enqueueMany(database.db.sql, [{ type: 'system.sleep', payload: { ms: 1 }, maxAttempts: 10, priority: -100 }]);
    const [job] = await claimAll('w', 1);
    expect(job?.id).toBe(id);
    expect(await fail(database.db.sql, 'w', id, { error: 'invalid phone number', permanent: true })).toEqual({ status: 'failed' });
    expect(await findJob(database.db.sql, id)).toMatchObject({ status: 'failed', attempts: 1, last_error: 'invalid phone number' });
  });
});
