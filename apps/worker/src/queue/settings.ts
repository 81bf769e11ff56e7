import type { Env } from '@ordo/config';
import type { Backoff } from '@ordo/supabase-client';

/** The queue runtime's knobs, read once from the validated environment. */
export interface QueueSettings {
  workerId: string;
  concurrency: number;
  /** Jobs claimed ahead of free slots. */
  prefetch: number;
  leaseSeconds: number;
  pollIntervalMs: number;
  shutdownGraceMs: number;
  rescueIntervalMs: number;
  backoff: Backoff;
}

export function queueSettings(env: Env, workerId: string): QueueSettings {
  return {
    workerId,
    concurrency: env.WORKER_CONCURRENCY,
    prefetch: env.WORKER_PREFETCH,
    leaseSeconds: env.WORKER_LEASE_SECONDS,
    pollIntervalMs: env.WORKER_POLL_INTERVAL_MS,
    shutdownGraceMs: env.WORKER_SHUTDOWN_GRACE_SECONDS * 1000,
    rescueIntervalMs: env.WORKER_RESCUE_INTERVAL_SECONDS * 1000,
    backoff: { baseMs: 1_000, capMs: 15 * 60_000 },
  };
}
