import { createLogger, loadConfig } from '@ordo/config';
import { systemSleepPayloadSchema } from '@ordo/shared-types';
import { claim, enqueue, findJob } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobDeps } from '../job-deps.ts';
import { defineJob } from './job-definition.ts';
import { JobRunner } from './job-runner.ts';
import { QueueMetrics } from './metrics.ts';
import { createRegistry } from './registry.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

const WORKER = 'runner-test';

describe('JobRunner concurrency slots', () => {
  it('lets the next job start once a handler releases its slot, and still completes both', async () => {
    const env = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: database.url }, { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } });
    const log = createLogger(env, 'test');
    const started: number[] = [];
    let letFirstFinish: () => void = () => undefined;
    const firstMayFinish = new Promise<void>((resolve) => {
      letFirstFinish = resolve;
    });
    // A handler that, like a send waiting for its result's commit, gives its slot up and waits on.
    const sleep = defineJob({
      name: 'system.sleep',
      payload: systemSleepPayloadSchema,
      options: { timeoutMs: 10_000, maxAttempts: 1, priority: 1 },
      async handler({ ms }, context) {
        started.push(ms);
        if (ms === 1) {
          context.releaseSlot();
          context.releaseSlot();
          await firstMayFinish;
        }
        return { slept: ms };
      },
    });
    let freed = 0;
    const runner = new JobRunner({
      sql: database.db.sql,
      completionSql: database.db.sql,
      stateSql: database.db.sql,
      registry: createRegistry([sleep], ['system.sleep']),
      settings: { workerId: WORKER, concurrency: 1, prefetch: 0, leaseSeconds: 30, pollIntervalMs: 1_000, shutdownGraceMs: 1_000, rescueIntervalMs: 60_000, backoff: { baseMs: 1_000, capMs: 1_000 } },
      log,
      metrics: new QueueMetrics(),
      jobDeps: createJobDeps({ env, db: database.db, log }),
      onSlotFree: () => {
        freed++;
      },
    });
    const first = await enqueue(database.db.sql, 'system.sleep', { ms: 1 }, { priority: 1 });
    const second = await enqueue(database.db.sql, 'system.sleep', { ms: 2 }, { priority: 2 });
    const claimed = await claim(database.db.sql, { workerId: WORKER, types: ['system.sleep'], limit: 2, leaseSeconds: 30 });
    expect(claimed.map((job) => job.id)).toEqual([first.id, second.id]);

    const firstDone = runner.start(claimed[0] as (typeof claimed)[number]);
    const secondDone = runner.start(claimed[1] as (typeof claimed)[number]);
    // The second runs to completion while the first, its slot given up, still waits.
    await secondDone;
    expect(started).toEqual([1, 2]);
    expect((await findJob(database.db.sql, first.id))?.status).toBe('processing');
    expect((await findJob(database.db.sql, second.id))?.status).toBe('completed');

    letFirstFinish();
    await firstDone;
    expect((await findJob(database.db.sql, first.id))?.status).toBe('completed');
    // Released once (the second call did nothing), so the one slot is free again, not two.
    expect(runner.busy).toBe(0);
    expect(freed).toBeGreaterThanOrEqual(2);
  });
});
