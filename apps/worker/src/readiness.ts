import { checkDependencies, type Db, enqueue, findJob } from '@ordo/supabase-client';
import type { Redis } from 'ioredis';
import type { QueueRuntime } from './queue/runtime.ts';

const DEEP_CHECK_TIMEOUT_MS = 10_000;
const DEEP_CHECK_POLL_MS = 50;

/**
 * A system.sleep job round trip through the queue: proves some worker claims, runs and completes
 * jobs now, not only that this process is alive.
 */
async function roundTrip(db: Db): Promise<boolean> {
  const { id } = await enqueue(db.sql, 'system.sleep', { ms: 0 }, { priority: -1000, maxAttempts: 1 });
  const deadline = Date.now() + DEEP_CHECK_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const job = await findJob(db.sql, id);
    if (job?.status === 'completed') return true;
    if (job?.status === 'failed' || job?.status === 'cancelled') return false;
    await new Promise((resolve) => setTimeout(resolve, DEEP_CHECK_POLL_MS));
  }
  return false;
}

export interface ReadinessReport {
  status: 'ready' | 'unavailable';
  checks: Awaited<ReturnType<typeof checkDependencies>>['checks'];
}

/** /ready: database, Redis when configured, the claim loop turning; with deep, a job round trip. */
export async function checkReadiness(db: Db, redis: Redis | null, queue: QueueRuntime, deep: boolean): Promise<ReadinessReport> {
  const { ok, checks } = await checkDependencies(
    {
      database: () => db.ping(),
      redis: redis ? () => redis.ping() : null,
      queue: async () => queue.isClaiming(),
      job_round_trip: deep ? () => roundTrip(db) : null,
    },
    deep ? DEEP_CHECK_TIMEOUT_MS + 1000 : 2000,
  );
  return { status: ok ? 'ready' : 'unavailable', checks };
}
