import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { cancel } from './cancel.ts';
import { claim } from './claim.ts';
import { enqueueMany } from './enqueue-many.ts';
import { findJob } from './find.ts';
import { releaseUnheld } from './release-unheld.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

it("hands back only the worker's jobs it does not hold, uncounted, and cancels those whose cancel was requested", async () => {
  const enqueued = await enqueueMany(database.db.sql, Array.from({ length: 4 }, (_, n) => ({ type: 'system.sleep' as const, payload: { ms: n }, priority: n })));
  const [held, lost, cancelled, theirs] = enqueued.map((job) => job.id) as [string, string, string, string];
  const mine = await claim(database.db.sql, { workerId: 'w-lost', types: ['system.sleep'], limit: 3, leaseSeconds: 60 });
  expect(mine.map((job) => job.id)).toEqual([held, lost, cancelled]);
  await claim(database.db.sql, { workerId: 'w-other', types: ['system.sleep'], limit: 1, leaseSeconds: 60 });
  expect(await cancel(database.db.sql, cancelled)).toBe('cancel_requested');

  const released = await releaseUnheld(database.db.sql, 'w-lost', [held]);

  expect(released.toSorted()).toEqual([lost, cancelled].toSorted());
  expect(await findJob(database.db.sql, held)).toMatchObject({ status: 'processing', locked_by: 'w-lost', attempts: 1 });
  expect(await findJob(database.db.sql, lost)).toMatchObject({ status: 'pending', locked_by: null, lease_expires_at: null, attempts: 0, priority: 1, finished_at: null });
  expect(await findJob(database.db.sql, cancelled)).toMatchObject({ status: 'cancelled', locked_by: null, attempts: 0, finished_at: expect.any(Date) });
  expect(await findJob(database.db.sql, theirs)).toMatchObject({ status: 'processing', locked_by: 'w-other' });
});
