import { createDb, type Db } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForSendToken } from './send-token.ts';

let database: TestDatabase;
let otherWorker: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  // A second pool, as a second worker process has.
  otherWorker = createDb({ url: database.url, max: 4, prepare: true });
});

afterAll(async () => {
  await otherWorker?.close();
  await database?.drop();
});

describe('waitForSendToken (send_rate_buckets)', () => {
  it('spaces sends at least 1/rate apart across workers, waiting instead of failing', async () => {
    const perSecond = 4;
    const taken: number[] = [];
    const started = performance.now();
    const take = async (db: Db) => {
      await waitForSendToken(db, 'test-spacing', perSecond, new AbortController().signal);
      taken.push(performance.now());
    };
    // Eight senders at once, half on each worker.
    await Promise.all(Array.from({ length: 8 }, (_, i) => take(i % 2 === 0 ? database.db : otherWorker)));

    taken.sort((a, b) => a - b);
    // The k-th token cannot be granted before k intervals have passed (the bucket holds one). A busy
    // machine only delays when we see a grant, never advances it, so each is checked against its own
    // lower bound rather than as a gap to the one before (two delayed sightings can land close together).
    // The database's clock and ours can differ by a few ms.
    taken.forEach((at, k) => {
      expect(at - started).toBeGreaterThan((k * 1000) / perSecond - 40);
    });
  });

  it('keeps buckets apart and refills while idle, up to one token', async () => {
    const signal = new AbortController().signal;
    await waitForSendToken(database.db, 'test-a', 1, signal);
    const start = performance.now();
    await waitForSendToken(database.db, 'test-b', 1, signal);
    expect(performance.now() - start).toBeLessThan(500);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    // Idle for over a second at 1/s: one token, not more.
    const refilled = performance.now();
    await waitForSendToken(database.db, 'test-a', 1, signal);
    expect(performance.now() - refilled).toBeLessThan(500);
    await waitForSendToken(database.db, 'test-a', 1, signal);
    expect(performance.now() - refilled).toBeGreaterThan(900);
  });

  it('stops waiting when the job is aborted', async () => {
    await waitForSendToken(database.db, 'test-abort', 0.1, new AbortController().signal);
    const controller = new AbortController();
    const waiting = waitForSendToken(database.db, 'test-abort', 0.1, controller.signal);
    setTimeout(() => controller.abort(new Error('job timed out')), 100);
    const start = performance.now();
    await expect(waiting).rejects.toThrow('job timed out');
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  it('is the workers’ alone: people can neither read the buckets nor take tokens', async () => {
    const [user] = await database.db.asService((tx) => tx<{ id: string }[]>`insert into users (email) values ('bucket@example.test') returning id`);
    const asPerson = (query: string) => database.db.asUser(user?.id ?? '', (tx) => tx.unsafe(query));
    await expect(asPerson('select * from public.send_rate_buckets')).rejects.toMatchObject({ code: '42501' });
    await expect(asPerson("select public.take_send_token('sms', 1000)")).rejects.toMatchObject({ code: '42501' });
  });

  it('refuses a rate that is not positive', async () => {
    await expect(waitForSendToken(database.db, 'test-zero', 0, new AbortController().signal)).rejects.toThrow(/rate must be positive/);
  });
});
