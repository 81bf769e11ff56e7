import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb } from '../db.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { claim, claimAndLookAhead } from './claim.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(() => database.drop());

beforeEach(async () => {
  await database.db.sql`delete from queue_jobs`;
});

// Job types other than system.sleep exist only as rows here: the claim is type-agnostic SQL.
async function insertJobs(type: string, count: number, extra: { priority?: number; runAtOffsetSeconds?: number } = {}): Promise<string[]> {
  const rows = await database.db.sql<{ id: string }[]>`
    insert into queue_jobs (job_type, payload, priority, run_at)
    select ${type}, jsonb_build_object('n', g), ${extra.priority ?? 0}, now() - interval '1 hour' + make_interval(secs => ${extra.runAtOffsetSeconds ?? 0} + g / 1000.0)
    from generate_series(1, ${count}) as g
    returning id`;
  return rows.map((row) => row.id);
}

describe('claim', () => {
  it('hands every job to exactly one of many concurrent claimers', async () => {
    await insertJobs('test.race', 400);
    const pool = createDb({ url: database.url, max: 16 });
    try {
      const claims = await Promise.all(
        Array.from({ length: 16 }, async (_, worker) => {
          const mine: string[] = [];
          for (;;) {
            const jobs = await claim(pool.sql, { workerId: `w${worker}`, types: ['test.race'], limit: 7, leaseSeconds: 30 });
            if (jobs.length === 0) return mine;
            mine.push(...jobs.map((job) => job.id));
          }
        }),
      );
      const all = claims.flat();
      expect(all).toHaveLength(400);
      expect(new Set(all).size).toBe(400);
      const [row] = await database.db.sql<{ n: number }[]>`
        select count(*)::int as n from queue_jobs where status = 'processing' and attempts = 1 and lease_expires_at > now()`;
      expect(row?.n).toBe(400);
    } finally {
      await pool.close();
    }
  });

  it('records the lease holder, attempt and start time', async () => {
    const [id] = await insertJobs('test.one', 1);
    const [job] = await claim(database.db.sql, { workerId: 'worker-a', types: ['test.one'], limit: 5, leaseSeconds: 20 });
    expect(job?.id).toBe(id);
    expect(job?.attempts).toBe(1);
    const [row] = await database.db.sql<{ locked_by: string; lease_seconds: number }[]>`
      select locked_by, extract(epoch from lease_expires_at - started_at)::int as lease_seconds from queue_jobs where id = ${id as string}`;
    expect(row).toEqual({ locked_by: 'worker-a', lease_seconds: 20 });
  });

  it('takes jobs by priority, then run_at, and leaves jobs due later alone', async () => {
    const later = await insertJobs('test.order', 2, { priority: 5 });
    const first = await insertJobs('test.order', 2, { priority: -1 });
    await insertJobs('test.order', 3, { priority: -10, runAtOffsetSeconds: 7200 });
    const jobs = await claim(database.db.sql, { workerId: 'w', types: ['test.order'], limit: 10, leaseSeconds: 30 });
    expect(jobs.map((job) => job.id)).toEqual([...first, ...later]);
  });

  it('is fair across job types: a flood of one type does not starve the others', async () => {
    await insertJobs('test.flood', 500, { priority: -5 });
    const quiet = await insertJobs('test.quiet', 3);
    const other = await insertJobs('test.other', 2, { priority: 9 });
    const jobs = await claim(database.db.sql, { workerId: 'w', types: ['test.flood', 'test.quiet', 'test.other'], limit: 9, leaseSeconds: 30 });
    const byType = (type: string) => jobs.filter((job) => job.job_type === type).map((job) => job.id);
    expect(byType('test.quiet')).toEqual(quiet);
    expect(byType('test.other')).toEqual(other);
    expect(byType('test.flood')).toHaveLength(4);
  });

  it("hands out jobs in turns (each type's first, then each type's second), by priority within a turn", async () => {
    const flood = await insertJobs('test.flood', 3, { priority: -5 });
    const quiet = await insertJobs('test.quiet', 2);
    const other = await insertJobs('test.other', 1, { priority: 9 });
    const jobs = await claim(database.db.sql, { workerId: 'w', types: ['test.other', 'test.quiet', 'test.flood'], limit: 10, leaseSeconds: 30 });
    expect(jobs.map((job) => job.id)).toEqual([flood[0], quiet[0], other[0], flood[1], quiet[1], flood[2]]);
  });

  it('only claims the types asked for', async () => {
    await insertJobs('test.mine', 2);
    await insertJobs('test.theirs', 2);
    const jobs = await claim(database.db.sql, { workerId: 'w', types: ['test.mine'], limit: 10, leaseSeconds: 30 });
    expect(jobs.map((job) => job.job_type)).toEqual(['test.mine', 'test.mine']);
  });

  it('says, by the database clock, when the earliest pending job of its types not yet due falls due', async () => {
    const [due] = await insertJobs('test.ahead', 1);
    // Both ahead by this offset from an hour ago: 120 s and 60 s from now, the later one first in priority.
    await insertJobs('test.ahead', 1, { priority: -5, runAtOffsetSeconds: 3600 + 120 });
    await insertJobs('test.ahead', 1, { priority: 5, runAtOffsetSeconds: 3600 + 60 });
    await insertJobs('test.elsewhere', 1, { runAtOffsetSeconds: 3600 + 10 });
    const answer = await claimAndLookAhead(database.db.sql, { workerId: 'w', types: ['test.ahead'], limit: 10, leaseSeconds: 30 });
    expect(answer.jobs.map((job) => job.id)).toEqual([due]);
    expect(answer.nextRunInMs).toBeGreaterThan(55_000);
    expect(answer.nextRunInMs).toBeLessThanOrEqual(60_002);
  });

  it('looks ahead across all its types, and answers even when it takes nothing', async () => {
    await insertJobs('test.first', 1, { runAtOffsetSeconds: 3600 + 90 });
    await insertJobs('test.second', 1, { runAtOffsetSeconds: 3600 + 30 });
    const answer = await claimAndLookAhead(database.db.sql, { workerId: 'w', types: ['test.first', 'test.second'], limit: 10, leaseSeconds: 30 });
    expect(answer.jobs).toEqual([]);
    expect(answer.nextRunInMs).toBeGreaterThan(25_000);
    expect(answer.nextRunInMs).toBeLessThanOrEqual(30_002);
  });

  it('answers null when nothing of its types is pending later', async () => {
    await insertJobs('test.now', 2);
    await insertJobs('test.other', 1, { runAtOffsetSeconds: 3600 + 30 });
    const answer = await claimAndLookAhead(database.db.sql, { workerId: 'w', types: ['test.now'], limit: 10, leaseSeconds: 30 });
    expect(answer.jobs).toHaveLength(2);
    expect(answer.nextRunInMs).toBeNull();
  });
});
