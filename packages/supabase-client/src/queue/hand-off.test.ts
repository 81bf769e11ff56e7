import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { claim } from './claim.ts';
import { complete } from './complete.ts';
import { enqueue } from './enqueue.ts';
import { findJob } from './find.ts';
import { HANDED_OFF, sweepLostHandOffs, takeOver } from './hand-off.ts';
import { rescueExpired } from './rescue-expired.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

async function handOff(): Promise<string> {
  await database.db.sql`delete from queue_jobs`;
  const { id } = await enqueue(database.db.sql, 'system.sleep', { ms: 1 });
  const [job] = await claim(database.db.sql, { workerId: HANDED_OFF, types: ['system.sleep'], limit: 1, leaseSeconds: 30 });
  expect(job?.id).toBe(id);
  return id;
}

describe('broker hand-off', () => {
  it('lets exactly one worker take over a handed-off job, which then holds its lease', async () => {
    const id = await handOff();
    const [[first], [second]] = await Promise.all([takeOver(database.db.sql, 'a', [id], 10), takeOver(database.db.sql, 'b', [id], 10)]);
    const winner = first ? 'a' : 'b';
    expect([first, second].filter(Boolean)).toHaveLength(1);
    expect((first ?? second)?.attempts).toBe(1);
    expect(await complete(database.db.sql, winner === 'a' ? 'b' : 'a', id, null)).toBe(false);
    expect(await complete(database.db.sql, winner, id, 'done')).toBe(true);
  });

  it('sweeps a lost hand-off back to pending without counting an attempt; the rescuer leaves it alone', async () => {
    const id = await handOff();
    await database.db.sql`update queue_jobs set lease_expires_at = now() - interval '1 second' where id = ${id}`;
    expect(await rescueExpired(database.db.sql)).toBe(0);
    expect(await sweepLostHandOffs(database.db.sql)).toBe(1);
    expect(await findJob(database.db.sql, id)).toMatchObject({ status: 'pending', attempts: 0, locked_by: null });
    expect(await takeOver(database.db.sql, 'late', [id], 10)).toEqual([]);
  });

  it('takes over many jobs in one statement, leaving out those not waiting for a taker', async () => {
    const first = await handOff();
    const { id: second } = await enqueue(database.db.sql, 'system.sleep', { ms: 1 });
    expect((await claim(database.db.sql, { workerId: HANDED_OFF, types: ['system.sleep'], limit: 1, leaseSeconds: 30 }))[0]?.id).toBe(second);
    const waiting = [first, second];
    const [taken] = await takeOver(database.db.sql, 'early', [waiting[0] as string], 10);
    expect(taken?.id).toBe(waiting[0]);
    const jobs = await takeOver(database.db.sql, 'many', [...waiting, '00000000-0000-4000-8000-000000000000'], 10);
    expect(jobs.map((job) => job.id)).toEqual([waiting[1]]);
    expect(await findJob(database.db.sql, waiting[1] as string)).toMatchObject({ status: 'processing', locked_by: 'many' });
    expect(await findJob(database.db.sql, waiting[0] as string)).toMatchObject({ locked_by: 'early' });
  });
});
