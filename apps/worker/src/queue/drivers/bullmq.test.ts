import { createLogger, loadConfig } from '@ordo/config';
import { enqueueMany } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase, testRedisUrl } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobDeps } from '../../job-deps.ts';
import { systemSleep } from '../../jobs/system.sleep.ts';
import { until } from '../../testing/until.ts';
import { createRegistry } from '../registry.ts';
import { type QueueRuntime, startQueueRuntime } from '../runtime.ts';
import { queueSettings } from '../settings.ts';

let database: TestDatabase;
let runtime: QueueRuntime | undefined;

/** A BullMQ worker on the test database with this poll interval, running `definition`. */
async function startWorker(pollIntervalMs: number, definition: typeof systemSleep, workerId: string): Promise<QueueRuntime> {
  const redisUrl = testRedisUrl();
  if (!redisUrl) throw new Error('Redis is required for the BullMQ driver test (set REDIS_URL or run Redis on 127.0.0.1:6379)');
  const env = loadConfig(
    { DATABASE_URL: database.url, REDIS_URL: redisUrl, LOG_LEVEL: 'silent', WORKER_CONCURRENCY: '8', WORKER_POLL_INTERVAL_MS: String(pollIntervalMs) },
    { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } },
  );
  return startQueueRuntime({ db: database.db, env, settings: queueSettings(env, workerId), registry: createRegistry([definition], ['system.sleep']), schedules: [], log: createLogger(env, 'test'), jobDeps: createJobDeps({ env, db: database.db, log: createLogger(env, 'test') }) });
}

beforeAll(async () => {
  database = await createTestDatabase();
  // A delivery-style job type: at most 2 starts a second, whatever the concurrency.
  const limited = { ...systemSleep, options: { ...systemSleep.options, rateLimit: { max: 2, durationMs: 1_000 } } };
  runtime = await startWorker(100, limited, 'bullmq-test');
});

afterAll(async () => {
  await runtime?.stop();
  await database?.drop();
});

describe('BullMQ driver', () => {
  it("runs through BullMQ and keeps a rate-limited job type to its limiter's rate", async () => {
    expect(runtime?.driver).toBe('bullmq');
    const jobs = await enqueueMany(database.db.sql, Array.from({ length: 6 }, () => ({ type: 'system.sleep' as const, payload: { ms: 0 } })));
    const ids = jobs.map((job) => job.id);
    let starts: number[] = [];
    for (let i = 0; i < 200 && starts.length < ids.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const rows = await database.db.sql<{ started_at: Date }[]>`
        select started_at from queue_jobs where id = any(${ids}::uuid[]) and status = 'completed' order by started_at`;
      starts = rows.map((row) => row.started_at.getTime());
    }
    expect(starts).toHaveLength(6);
    // Any three consecutive starts span nearly the limiter's window. started_at is written in
    // PostgreSQL after the job leaves Redis, so a start recorded late on a loaded machine narrows
    // a gap by that delay; without the limiter all six start within a few milliseconds.
    for (let i = 0; i + 2 < starts.length; i++) expect((starts[i + 2] as number) - (starts[i] as number)).toBeGreaterThanOrEqual(800);
    expect((starts[5] as number) - (starts[0] as number)).toBeGreaterThanOrEqual(1_800);
  }, 30_000);

  it('hands off a job inserted to run shortly after at its run_at, not at the next poll', async () => {
    await runtime?.stop();
    let started: (() => void) | null = null;
    const running = new Promise<void>((resolve) => (started = resolve));
    runtime = await startWorker(30_000, { ...systemSleep, handler: async () => started?.() }, 'bullmq-run-at-test');
    // The dispatcher's first claim has answered: nothing is pending.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const at = performance.now();
    const [job] = await enqueueMany(database.db.sql, [{ type: 'system.sleep', payload: { ms: 0 }, runAt: new Date(Date.now() + 300) }]);
    await running;
    // Left to the poll, it would wait 30 s.
    expect(performance.now() - at).toBeLessThan(5_000);
    const [row] = await database.db.sql<{ early: boolean }[]>`select started_at < run_at as early from queue_jobs where id = ${job?.id as string}`;
    expect(row?.early).toBe(false);
  }, 30_000);

  it('dispatches once per job as jobs fall due one at a time, not again each time a slot frees', async () => {
    await runtime?.stop();
    const ran: string[] = [];
    runtime = await startWorker(30_000, { ...systemSleep, handler: async (_payload: unknown, { jobId }: { jobId: string }) => void ran.push(jobId) }, 'bullmq-one-at-a-time-test');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const emptyBefore = runtime.metrics.claimCount('empty');
    const first = Date.now() + 200;
    const jobs = await enqueueMany(database.db.sql, Array.from({ length: 20 }, (_, i) => ({ type: 'system.sleep' as const, payload: { ms: 0 }, runAt: new Date(first + i * 60) })));
    await until('every job to run', async () => (ran.length >= jobs.length ? true : undefined), 10_000);
    // Room for the completions' freed slots to have woken the dispatcher, had they.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ran.toSorted()).toEqual(jobs.map((job) => job.id).toSorted());
    // A dispatch after each job's completion would find nothing: about one empty claim per job.
    expect(runtime.metrics.claimCount('empty') - emptyBefore).toBeLessThan(jobs.length / 4);
  }, 30_000);
});
