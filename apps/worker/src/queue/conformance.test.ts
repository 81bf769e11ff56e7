import { randomUUID } from 'node:crypto';
import { cancel, enqueue, enqueueMany, findJob, type QueueJob } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase, testRedisUrl } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LogLine, spawnWorker, stopWorker, type WorkerProcess } from '../testing/worker-process.ts';

const PROCESSES = 4;
const CONCURRENCY = 8;

// The same suite for each driver: the PostgreSQL claim loop, and BullMQ (on when REDIS_URL is set).
const drivers: [string, () => Record<string, string>][] = [
  ['postgres', () => ({})],
  [
    'bullmq',
    () => {
      const url = testRedisUrl();
      if (!url) throw new Error('Redis is required for the BullMQ driver conformance suite (set REDIS_URL or run Redis on 127.0.0.1:6379)');
      return { REDIS_URL: url };
    },
  ],
];

describe.each(drivers)('queue conformance: %s driver, 4 processes × concurrency 8', (driver, driverEnv) => {
  let database: TestDatabase;
  let workers: WorkerProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = driverEnv();
    workers = await Promise.all(
      Array.from({ length: PROCESSES }, () =>
        spawnWorker(database.url, { WORKER_CONCURRENCY: String(CONCURRENCY), WORKER_POLL_INTERVAL_MS: '250', WORKER_LEASE_SECONDS: '10', ...env }),
      ),
    );
    for (const worker of workers) expect((await worker.waitForLog((line) => line.msg === 'queue started')).driver).toBe(driver);
  });

  afterAll(async () => {
    const codes = await Promise.all(workers.map(stopWorker));
    await database.drop();
    expect(codes).toEqual(workers.map(() => 0));
  });

  const allLogs = (): LogLine[] => workers.flatMap((worker) => worker.logs);

  async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function finished(id: string): Promise<QueueJob> {
    return until(`job ${id} to finish`, async () => {
      const job = await findJob(database.db.sql, id);
      return job && ['completed', 'failed', 'cancelled'].includes(job.status) ? job : undefined;
    });
  }

  const startsOf = (id: string) => allLogs().filter((line) => line.msg === 'system.sleep started' && line.job_id === id);

  async function createUser(): Promise<string> {
    const [user] = await database.db.asService((tx) => tx<{ id: string }[]>`insert into users (email) values (${`${randomUUID()}@example.test`}) returning id`);
    return user?.id as string;
  }

  it('runs each of 5,000 jobs exactly once', async () => {
    const jobs = await enqueueMany(database.db.sql, Array.from({ length: 5000 }, () => ({ type: 'system.sleep' as const, payload: { ms: 0 } })));
    const ids = new Set(jobs.map((job) => job.id));
    await until('5,000 completions', async () => {
      const [row] = await database.db.sql<{ n: number }[]>`
        select count(*)::int as n from queue_jobs where id = any(${[...ids]}::uuid[]) and status = 'completed'`;
      return row?.n === 5000 ? true : undefined;
    }, 60_000);
    const started = await until('every start logged', () => {
      const lines = allLogs().filter((line) => line.msg === 'system.sleep started' && ids.has(line.job_id as string));
      return lines.length >= 5000 ? lines : undefined;
    });
    const perJob = new Map<string, number>();
    for (const line of started) perJob.set(line.job_id as string, (perJob.get(line.job_id as string) ?? 0) + 1);
    expect(perJob.size).toBe(5000);
    expect([...perJob.values()].every((count) => count === 1)).toBe(true);
    // Every process took part.
    for (const worker of workers) expect(worker.logs.some((line) => line.msg === 'system.sleep started' && ids.has(line.job_id as string))).toBe(true);
    const [row] = await database.db.sql<{ n: number }[]>`
      select count(*)::int as n from queue_jobs where id = any(${[...ids]}::uuid[]) and attempts = 1 and result->>'attempt' = '1'`;
    expect(row?.n).toBe(5000);
  }, 90_000);

  it('retries a failing job with growing backoff until max_attempts, and never retries a permanent failure', async () => {
    const retried = await enqueue(database.db.sql, 'system.sleep', { ms: 0, fail: true }, { maxAttempts: 3 });
    const permanent = await enqueue(database.db.sql, 'system.sleep', { ms: 0, fail: true, permanent: true }, { maxAttempts: 3 });
    expect(await finished(retried.id)).toMatchObject({ status: 'failed', attempts: 3, last_error: 'Error: system.sleep asked to fail (attempt 3)' });
    expect(await finished(permanent.id)).toMatchObject({ status: 'failed', attempts: 1, last_error: 'PermanentJobError: system.sleep asked to fail (attempt 1)' });
    const failures = await until('three failures logged', () => {
      const lines = allLogs().filter((line) => line.msg === 'job failed' && line.job_id === retried.id);
      return lines.length === 3 ? lines.sort((a, b) => (a.time as number) - (b.time as number)) : undefined;
    });
    expect(failures.map((line) => [line.attempt, line.will_retry])).toEqual([[1, true], [2, true], [3, false]]);
    // The delays themselves (full jitter under a doubling bound) are fail()'s, measured in fail.test.ts.
    // The checkpointed first step ran once over three attempts.
    expect(startsOf(retried.id)).toHaveLength(1);
  });

  it('runs one job per dedup key and honours run_at', async () => {
    const runAt = new Date(Date.now() + 1_500);
    const key = `dedup-${randomUUID()}`;
    const [first, second] = await Promise.all([
      enqueue(database.db.sql, 'system.sleep', { ms: 0 }, { dedupKey: key, runAt }),
      enqueue(database.db.sql, 'system.sleep', { ms: 0 }, { dedupKey: key, runAt }),
    ]);
    expect(second?.id).toBe(first?.id);
    const job = await finished(first.id);
    expect(job.status).toBe('completed');
    expect(job.started_at?.getTime()).toBeGreaterThanOrEqual(runAt.getTime());
    // The worker's log reaches the test through a pipe, so the row can be completed before its line is read.
    const starts = await until('its start logged', () => (startsOf(first.id).length > 0 ? startsOf(first.id) : undefined));
    expect(starts).toHaveLength(1);
  });

  it('starts higher-priority jobs first when workers are busy', async () => {
    const blockers = await enqueueMany(database.db.sql, Array.from({ length: PROCESSES * CONCURRENCY }, () => ({ type: 'system.sleep' as const, payload: { ms: 60_000 }, priority: -100 })));
    // Progress is reported once a handler runs (a BullMQ hand-off alone is not running).
    await until('all slots busy', async () => {
      const [row] = await database.db.sql<{ n: number }[]>`
        select count(*)::int as n from queue_jobs where status = 'processing' and progress is not null`;
      return row?.n === blockers.length ? true : undefined;
    });
    const low = await enqueueMany(database.db.sql, Array.from({ length: 40 }, () => ({ type: 'system.sleep' as const, payload: { ms: 0 }, priority: 10 })));
    const high = await enqueueMany(database.db.sql, Array.from({ length: 8 }, () => ({ type: 'system.sleep' as const, payload: { ms: 0 }, priority: 1 })));
    const all = [...low, ...high].map((job) => job.id);
    // One slot frees and takes the waiting jobs one at a time, so their start times are the order
    // it chose. (Slots freeing together would take jobs at once in several processes, whose
    // recorded start times interleave by the moment each wrote them, not the order chosen.)
    const [freed, ...rest] = blockers;
    await cancel(database.db.sql, freed?.id as string);
    try {
      const order = await until('all 48 started', async () => {
        const rows = await database.db.sql<{ id: string }[]>`
          select id from queue_jobs where id = any(${all}::uuid[]) and status = 'completed' order by started_at`;
        return rows.length === all.length ? rows.map((row) => row.id) : undefined;
      });
      // In the order they were inserted the 8 urgent jobs would come last.
      expect(new Set(order.slice(0, 8))).toEqual(new Set(high.map((job) => job.id)));
    } finally {
      await Promise.all(rest.map((blocker) => cancel(database.db.sql, blocker.id)));
      await Promise.all(blockers.map((blocker) => finished(blocker.id)));
    }
  });

  it('cancels a pending job before it runs and a running job through its signal', async () => {
    const pending = await enqueue(database.db.sql, 'system.sleep', { ms: 0 }, { runAt: new Date(Date.now() + 60_000) });
    expect(await cancel(database.db.sql, pending.id)).toBe('cancelled');
    const running = await enqueue(database.db.sql, 'system.sleep', { ms: 60_000 });
    await until('the long job to start', async () => ((await findJob(database.db.sql, running.id))?.progress ? true : undefined));
    expect(await cancel(database.db.sql, running.id)).toBe('cancel_requested');
    expect(await finished(running.id)).toMatchObject({ status: 'cancelled', last_error: 'cancelled while running' });
    const interrupted = await until('the interruption logged', () => allLogs().find((line) => line.msg === 'system.sleep interrupted' && line.job_id === running.id));
    expect(interrupted?.reason).toBe('JobCancelledError');
    expect(await findJob(database.db.sql, pending.id)).toMatchObject({ status: 'cancelled', attempts: 0 });
    expect(startsOf(pending.id)).toHaveLength(0);
  });

  it("shows a running job's progress to its owner through RLS, and to nobody else", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const { id } = await enqueue(database.db.sql, 'system.sleep', { ms: 1_500 }, { userId: owner });
    const seen = await until('progress visible to the owner', async () => {
      const [row] = await database.db.asUser(owner, (tx) => tx<{ status: string; progress: unknown }[]>`select status, progress from queue_jobs where id = ${id}`);
      return row?.progress ? row : undefined;
    });
    expect(seen).toEqual({ status: 'processing', progress: { slept_ms: 0, of_ms: 1_500 } });
    expect(await database.db.asUser(stranger, (tx) => tx`select id from queue_jobs where id = ${id}`)).toHaveLength(0);
    expect((await finished(id)).status).toBe('completed');
    const [done] = await database.db.asUser(owner, (tx) => tx<{ result: unknown }[]>`select result from queue_jobs where id = ${id}`);
    expect(done?.result).toEqual({ slept_ms: 1_500, attempt: 1 });
  });
});
