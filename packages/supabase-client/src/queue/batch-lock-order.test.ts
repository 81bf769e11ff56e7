import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { claim } from './claim.ts';
import { completeMany } from './complete-many.ts';
import { enqueueMany } from './enqueue-many.ts';
import { heartbeat } from './heartbeat.ts';
import { saveJobStates } from './save-job-states.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

const shuffled = <T>(items: readonly T[]): T[] => items.map((item) => ({ item, key: Math.random() })).sort((a, b) => a.key - b.key).map(({ item }) => item);

describe("a worker's batched writes to the jobs it holds", () => {
  it('never deadlock with each other, whatever order each batch names the jobs in', async () => {
    const workerId = 'lock-order';
    const { sql } = database.db;
    await enqueueMany(sql, Array.from({ length: 300 }, () => ({ type: 'system.sleep' as const, payload: { ms: 1 } })));
    const jobs = await claim(sql, { workerId, types: ['system.sleep'], limit: 300, leaseSeconds: 60 });
    const ids = jobs.map((job) => job.id);
    expect(ids).toHaveLength(300);

    // As the runtime does at once on separate connections: lease renewals, checkpoint and progress
    // batches, and completions, each naming the jobs in its own order.
    const rounds = Array.from({ length: 15 }, (_, round) =>
      Promise.all([
        heartbeat(sql, workerId, shuffled(ids), 60),
        saveJobStates(sql, workerId, shuffled(ids).map((id) => ({ id, checkpoints: { [`step${round}`]: round }, progress: { value: round } }))),
        heartbeat(sql, workerId, ids.toReversed(), 60),
      ]),
    );
    const settled = await Promise.allSettled(rounds);
    expect(settled.filter((outcome) => outcome.status === 'rejected')).toEqual([]);

    const [completed, beat] = await Promise.all([
      completeMany(sql, workerId, shuffled(ids).map((id) => ({ id, result: { ok: true } }))),
      heartbeat(sql, workerId, ids.toReversed(), 60),
    ]);
    expect(completed).toHaveLength(300);
    // The beat ran before or after the completions: the jobs it still found held, it extended.
    expect(beat.held.length === 0 || beat.held.length === 300).toBe(true);
    const [row] = await sql<{ n: number; steps: number }[]>`
      select count(*)::int as n, min((select count(*) from jsonb_object_keys(checkpoints)))::int as steps
      from queue_jobs where status = 'completed' and id = any(${ids}::uuid[])`;
    expect(row).toEqual({ n: 300, steps: 15 });
  }, 120_000);
});
