import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { enqueueScheduleTick, pruneScheduleTicks } from './schedule-tick.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

const fanOut = (keys: string[]) => () => keys.map((dedupKey) => ({ type: 'system.sleep' as const, payload: { ms: 0 }, dedupKey }));
const keysEnqueued = async (schedule: string) =>
  (await database.db.sql<{ dedup_key: string }[]>`
    select q.dedup_key from queue_jobs q join queue_schedule_jobs s on s.job_id = q.id
    where s.schedule = ${schedule} order by q.dedup_key`).map((row) => row.dedup_key);

describe('enqueueScheduleTick', () => {
  it('lets one of two workers take a tick, and enqueues only the keys no earlier tick enqueued', async () => {
    const first = new Date('2026-12-03T07:00:00Z');
    const [a, b] = await Promise.all([
      enqueueScheduleTick(database.db.sql, 'keys', first, fanOut(['k1', 'k2'])),
      enqueueScheduleTick(database.db.sql, 'keys', first, fanOut(['k1', 'k2'])),
    ]);
    expect([a, b].filter((result) => result === null)).toHaveLength(1);
    expect((a ?? b)?.map((job) => job.created)).toEqual([true, true]);

    const later = await enqueueScheduleTick(database.db.sql, 'keys', new Date('2026-12-03T07:15:00Z'), fanOut(['k2', 'k3', 'k1']));
    expect(later).toHaveLength(1);
    expect(await keysEnqueued('keys')).toEqual(['k1', 'k2', 'k3']);
  });

  it('forgets the keys of a pruned tick, so they may be enqueued again', async () => {
    const old = new Date(Date.now() - 8 * 86_400_000);
    await enqueueScheduleTick(database.db.sql, 'pruned', old, fanOut(['p1']));
    await database.db.sql`update queue_jobs set status = 'completed', finished_at = now() where dedup_key = 'p1'`;
    await pruneScheduleTicks(database.db.sql, 7 * 86_400);
    const again = await enqueueScheduleTick(database.db.sql, 'pruned', new Date(), fanOut(['p1']));
    expect(again?.map((job) => job.created)).toEqual([true]);
  });
});
