import { createLogger, loadConfig } from '@ordo/config';
import { enqueueMany, findJob } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobDeps } from '../../job-deps.ts';
import { systemSleep } from '../../jobs/system.sleep.ts';
import { AnswerDroppingProxy } from '../../testing/answer-dropping-proxy.ts';
import { until } from '../../testing/until.ts';
import { createRegistry } from '../registry.ts';
import { type QueueRuntime, startQueueRuntime } from '../runtime.ts';
import { queueSettings } from '../settings.ts';

const POLL_MS = 200;
// The trickle test's worker polls this seldom, so a lost wake-up shows as a wait of seconds.
const SLOW_POLL_MS = 5_000;
// The wake-at-run_at tests' workers poll this seldom: a job left to the poll would wait this long.
const NO_POLL_MS = 30_000;
let database: TestDatabase;
let runtime: QueueRuntime;
let runs = 0;

/** The worker's configuration for a test: the test database, quiet logs, and these settings. */
function testEnv(settings: Record<string, string>) {
  return loadConfig(
    { DATABASE_URL: database.url, LOG_LEVEL: 'silent', ...settings },
    { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } },
  );
}

/** Replaces the running runtime with one of these settings, running only `definition`. */
async function restartWith(settings: Record<string, string>, definition: typeof systemSleep, workerId: string): Promise<void> {
  await runtime.stop();
  const env = testEnv(settings);
  runtime = await startQueueRuntime({ db: database.db, env, settings: queueSettings(env, workerId), registry: createRegistry([definition], ['system.sleep']), schedules: [], log: createLogger(env, 'test'), jobDeps: createJobDeps({ env, db: database.db, log: createLogger(env, 'test') }) });
}

/** Transactions committed in the test database so far, once every backend has reported (PostgreSQL 15 flushes at most once a second). */
async function committed(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const [row] = await database.db.sql<{ n: number }[]>`select xact_commit::int as n from pg_stat_database where datname = current_database()`;
  return row?.n ?? Number.NaN;
}

/** Each job was claimed once, and not before its run_at by the database's clock. */
async function expectStartedOnTime(ids: string[]): Promise<void> {
  const rows = await database.db.sql<{ attempts: number; early: boolean }[]>`
    select attempts, started_at < run_at as early from queue_jobs where id = any(${ids}::uuid[])`;
  expect(rows).toEqual(ids.map(() => ({ attempts: 1, early: false })));
}

beforeAll(async () => {
  database = await createTestDatabase();
  const env = testEnv({ WORKER_CONCURRENCY: '4', WORKER_PREFETCH: '40', WORKER_POLL_INTERVAL_MS: String(POLL_MS), WORKER_RESCUE_INTERVAL_SECONDS: '10' });
  const counted = {
    ...systemSleep,
    handler: async (...args: Parameters<typeof systemSleep.handler>) => {
      runs++;
      return systemSleep.handler(...args);
    },
  };
  runtime = await startQueueRuntime({ db: database.db, env, settings: queueSettings(env, 'driver-test'), registry: createRegistry([counted], ['system.sleep']), schedules: [], log: createLogger(env, 'test'), jobDeps: createJobDeps({ env, db: database.db, log: createLogger(env, 'test') }) });
});

afterAll(async () => {
  await runtime.stop();
  await database.drop();
});

describe('PostgreSQL driver', () => {
  it('polls an idle queue once per interval, not after every empty claim', async () => {
    const before = await committed();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const after = await committed();
    // About (2 s + the two 1.5 s waits) / 200 ms ≈ 25 claims, plus this test's own two reads; a
    // claim loop waking itself after each empty claim would make thousands.
    expect(after - before).toBeGreaterThan(5);
    expect(after - before).toBeLessThan(80);
  });

  it('runs every job of a burst once, claiming ahead', async () => {
    runs = 0;
    const jobs = await enqueueMany(database.db.sql, Array.from({ length: 2_000 }, () => ({ type: 'system.sleep' as const, payload: { ms: 0 } })));
    await until('the burst to complete', async () => (runtime.metrics.count('system.sleep', 'completed') >= 2_000 ? true : undefined), 30_000);
    expect(runtime.metrics.count('system.sleep', 'completed')).toBe(2_000);
    expect(runs).toBe(2_000);
    const sample = await findJob(database.db.sql, jobs[1_999]?.id as string);
    expect(sample).toMatchObject({ status: 'completed', attempts: 1 });
  });

  it('claims a job made due while a claim is in flight without waiting for the poll', async () => {
    let started: (() => void) | null = null;
    const signalled = { ...systemSleep, handler: async () => started?.() };
    await restartWith({ WORKER_CONCURRENCY: '4', WORKER_PREFETCH: '40', WORKER_POLL_INTERVAL_MS: String(SLOW_POLL_MS) }, signalled, 'trickle-test');
    const waits: number[] = [];
    for (let i = 0; i < 40; i++) {
      const running = new Promise<void>((resolve) => (started = resolve));
      const at = performance.now();
      await enqueueMany(database.db.sql, [{ type: 'system.sleep', payload: { ms: 0 } }]);
      await running;
      waits.push(performance.now() - at);
      // Vary the moment of the next insert against the claims that follow each job.
      await new Promise((resolve) => setTimeout(resolve, i % 4));
    }
    // A missed wake-up would leave a job to the next poll, 5 s away.
    expect(Math.max(...waits)).toBeLessThan(SLOW_POLL_MS / 2);
  });

  it('runs a job inserted while the worker starts without waiting for the poll', async () => {
    let started: (() => void) | null = null;
    const signalled = { ...systemSleep, handler: async () => started?.() };
    const env = testEnv({ WORKER_CONCURRENCY: '2', WORKER_PREFETCH: '0', WORKER_POLL_INTERVAL_MS: String(SLOW_POLL_MS) });
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      await runtime.stop();
      const running = new Promise<void>((resolve) => (started = resolve));
      const at = performance.now();
      // The insert lands at another moment of each start: before, during or after the first claim and LISTEN.
      const starting = startQueueRuntime({ db: database.db, env, settings: queueSettings(env, `start-test-${i}`), registry: createRegistry([signalled], ['system.sleep']), schedules: [], log: createLogger(env, 'test'), jobDeps: createJobDeps({ env, db: database.db, log: createLogger(env, 'test') }) });
      await new Promise((resolve) => setTimeout(resolve, 3 * i));
      await enqueueMany(database.db.sql, [{ type: 'system.sleep', payload: { ms: 0 } }]);
      runtime = await starting;
      await running;
      waits.push(performance.now() - at);
    }
    // Left to the poll, a job would wait 5 s.
    expect(Math.max(...waits)).toBeLessThan(SLOW_POLL_MS / 2);
  });

  it('starts a job inserted to run shortly after at its run_at, not at the next poll', async () => {
    let started: (() => void) | null = null;
    const signalled = { ...systemSleep, handler: async () => started?.() };
    await restartWith({ WORKER_POLL_INTERVAL_MS: String(NO_POLL_MS) }, signalled, 'run-at-insert-test');
    // The worker's first claims have answered: nothing is pending.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const running = new Promise<void>((resolve) => (started = resolve));
    const at = performance.now();
    const [job] = await enqueueMany(database.db.sql, [{ type: 'system.sleep', payload: { ms: 0 }, runAt: new Date(Date.now() + 300) }]);
    await running;
    expect(performance.now() - at).toBeLessThan(5_000);
    await expectStartedOnTime([job?.id as string]);
  });

  it('starts a job pending before the worker started at its run_at, as its claim answered', async () => {
    await runtime.stop();
    // Inserted while no worker listens: only the claim's answer can tell the worker about it.
    const [row] = await database.db.sql<{ id: string }[]>`
      insert into queue_jobs (job_type, payload, run_at) values ('system.sleep', '{"ms": 0}', now() + interval '800 milliseconds') returning id`;
    let started: (() => void) | null = null;
    const running = new Promise<void>((resolve) => (started = resolve));
    const signalled = { ...systemSleep, handler: async () => started?.() };
    const at = performance.now();
    await restartWith({ WORKER_POLL_INTERVAL_MS: String(NO_POLL_MS) }, signalled, 'run-at-answer-test');
    await running;
    expect(performance.now() - at).toBeLessThan(5_000);
    await expectStartedOnTime([row?.id as string]);
  });

  it('runs jobs falling due over a second exactly once across several workers, none early', async () => {
    const ran: string[] = [];
    const recorded = { ...systemSleep, handler: async (_payload: unknown, { jobId }: { jobId: string }) => void ran.push(jobId) };
    await restartWith({ WORKER_POLL_INTERVAL_MS: String(NO_POLL_MS) }, recorded, 'run-at-many-0');
    const env = testEnv({ WORKER_POLL_INTERVAL_MS: String(NO_POLL_MS) });
    const others = await Promise.all(
      [1, 2].map((n) =>
        startQueueRuntime({ db: database.db, env, settings: queueSettings(env, `run-at-many-${n}`), registry: createRegistry([recorded], ['system.sleep']), schedules: [], log: createLogger(env, 'test'), jobDeps: createJobDeps({ env, db: database.db, log: createLogger(env, 'test') }) }),
      ),
    );
    try {
      const first = Date.now() + 200;
      const jobs = await enqueueMany(database.db.sql, Array.from({ length: 60 }, (_, i) => ({ type: 'system.sleep' as const, payload: { ms: 0 }, runAt: new Date(first + i * 17) })));
      await until('every job to run', async () => (ran.length >= jobs.length ? true : undefined), 10_000);
      // Long enough for a second run of any job to show.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(ran.toSorted()).toEqual(jobs.map((job) => job.id).toSorted());
      await expectStartedOnTime(jobs.map((job) => job.id));
    } finally {
      await Promise.all(others.map((other) => other.stop()));
    }
  });

  it('claims once per job as jobs fall due one at a time, not again each time a slot frees', async () => {
    const ran: string[] = [];
    const recorded = { ...systemSleep, handler: async (_payload: unknown, { jobId }: { jobId: string }) => void ran.push(jobId) };
    await restartWith({ WORKER_POLL_INTERVAL_MS: String(NO_POLL_MS) }, recorded, 'one-at-a-time-test');
    // The worker's first claims have answered: nothing is pending.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const emptyBefore = runtime.metrics.claimCount('empty');
    const first = Date.now() + 200;
    const jobs = await enqueueMany(database.db.sql, Array.from({ length: 20 }, (_, i) => ({ type: 'system.sleep' as const, payload: { ms: 0 }, runAt: new Date(first + i * 60) })));
    await until('every job to run', async () => (ran.length >= jobs.length ? true : undefined), 10_000);
    // Room for the completions' freed slots to have claimed, had they.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ran.toSorted()).toEqual(jobs.map((job) => job.id).toSorted());
    await expectStartedOnTime(jobs.map((job) => job.id));
    // A claim after each job's completion would find nothing: about one empty claim per job. A
    // few stay (the insert's NOTIFY; a wake a moment before the database's clock reaches run_at).
    expect(runtime.metrics.claimCount('empty') - emptyBefore).toBeLessThan(jobs.length / 4);
  });

  it('gathers jobs falling due a few ms apart into shared claims, none early', async () => {
    const ran: string[] = [];
    const recorded = { ...systemSleep, handler: async (_payload: unknown, { jobId }: { jobId: string }) => void ran.push(jobId) };
    await restartWith({ WORKER_POLL_INTERVAL_MS: String(NO_POLL_MS) }, recorded, 'gathering-test');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const withJobsBefore = runtime.metrics.claimCount('jobs');
    const first = Date.now() + 200;
    const jobs = await enqueueMany(database.db.sql, Array.from({ length: 60 }, (_, i) => ({ type: 'system.sleep' as const, payload: { ms: 0 }, runAt: new Date(first + i * 3) })));
    await until('every job to run', async () => (ran.length >= jobs.length ? true : undefined), 10_000);
    expect(ran.toSorted()).toEqual(jobs.map((job) => job.id).toSorted());
    await expectStartedOnTime(jobs.map((job) => job.id));
    // Woken at each job's own run_at, the worker would claim about once per job (60).
    expect(runtime.metrics.claimCount('jobs') - withJobsBefore).toBeLessThan(jobs.length / 3);
  });

  it("runs a failed job's retry at its new run_at, though the worker's last claim found nothing more due", async () => {
    const attempts: number[] = [];
    const failingOnce = {
      ...systemSleep,
      handler: async (_payload: unknown, { attempt }: { attempt: number }) => {
        attempts.push(attempt);
        if (attempt === 1) throw new Error('first attempt fails');
      },
    };
    await restartWith({ WORKER_POLL_INTERVAL_MS: String(NO_POLL_MS) }, failingOnce, 'retry-wake-test');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const at = performance.now();
    const [job] = await enqueueMany(database.db.sql, [{ type: 'system.sleep', payload: { ms: 0 }, maxAttempts: 2 }]);
    await until('the retried job to complete', async () => ((await findJob(database.db.sql, job?.id as string))?.status === 'completed' ? true : undefined), 10_000);
    expect(attempts).toEqual([1, 2]);
    // The first retry's backoff is at most a second; the poll would have taken 30.
    expect(performance.now() - at).toBeLessThan(5_000);
  });

  it('hands back at once the jobs of a claim that committed but whose answer was lost', async () => {
    const proxy = await AnswerDroppingProxy.start(database.url);
    let ran = 0;
    const counted = { ...systemSleep, handler: async () => void ran++ };
    // Claims and completions go through the proxy (the worker's own pool, from DATABASE_URL); the
    // lease is far longer than the test waits, so only a hand-back brings the jobs back in time.
    await restartWith(
      { DATABASE_URL: proxy.urlFor(database.url), WORKER_LEASE_SECONDS: '300', WORKER_POLL_INTERVAL_MS: String(POLL_MS) },
      counted,
      'lost-answer-test',
    );
    try {
      // The claim's rows carry the job type; nothing else through the proxy returns it.
      proxy.dropNextRowsWith('system.sleep');
      const jobs = await enqueueMany(database.db.sql, Array.from({ length: 3 }, () => ({ type: 'system.sleep' as const, payload: { ms: 0 } })));
      const ids = jobs.map((job) => job.id);
      const deadline = Date.now() + 10_000;
      let rows = await database.db.sql<{ status: string; attempts: number }[]>`select status, attempts from queue_jobs where id = any(${ids}::uuid[])`;
      while (rows.some((row) => row.status !== 'completed') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        rows = await database.db.sql`select status, attempts from queue_jobs where id = any(${ids}::uuid[])`;
      }
      expect(proxy.dropped).toBe(1);
      // Each ran once, on its first counted attempt: the lost claim's attempt was handed back.
      expect(rows).toEqual(ids.map(() => ({ status: 'completed', attempts: 1 })));
      expect(ran).toBe(3);
    } finally {
      await restartWith({ WORKER_POLL_INTERVAL_MS: String(POLL_MS) }, systemSleep, 'after-lost-answer-test');
      await proxy.close();
    }
  });

  it("aborts a handler past its type's timeout, and fails the job with the reason", async () => {
    const impatient = { ...systemSleep, options: { ...systemSleep.options, timeoutMs: 150 } };
    await restartWith({ WORKER_POLL_INTERVAL_MS: String(POLL_MS) }, impatient, 'timeout-test');
    const [slow, quick] = await enqueueMany(database.db.sql, [
      { type: 'system.sleep', payload: { ms: 10_000 }, maxAttempts: 1 },
      { type: 'system.sleep', payload: { ms: 20 }, maxAttempts: 1 },
    ]);
    const deadline = Date.now() + 10_000;
    let found = await findJob(database.db.sql, slow?.id as string);
    while (found?.status !== 'failed' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      found = await findJob(database.db.sql, slow?.id as string);
    }
    expect(found).toMatchObject({ status: 'failed', attempts: 1 });
    expect(found?.last_error).toMatch(/^JobTimeoutError/);
    // Well before the 10 s it would have slept.
    expect((found?.finished_at?.getTime() ?? Number.POSITIVE_INFINITY) - (found?.started_at?.getTime() ?? 0)).toBeLessThan(5_000);
    expect(await findJob(database.db.sql, quick?.id as string)).toMatchObject({ status: 'completed' });
  });
});
