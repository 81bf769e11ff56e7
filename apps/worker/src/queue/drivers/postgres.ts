import type { Logger } from '@ordo/config';
import { claim, type Db } from '@ordo/supabase-client';
import type { JobRunner } from '../job-runner.ts';
import type { QueueSettings } from '../settings.ts';
import type { Wakeup } from '../wakeup.ts';
import type { QueueDriver } from './driver.ts';

export interface PostgresDriverDeps {
  db: Db;
  runner: JobRunner;
  settings: QueueSettings;
  types: readonly string[];
  wakeup: Wakeup;
  log: Logger;
}

/**
 * Claims straight from queue_jobs: one claim statement for as many jobs as there are free slots plus
 * the prefetch buffer. LISTEN on `ordo_jobs` wakes idle workers when due jobs are inserted; polling every
 * pollIntervalMs finds the rest (jobs scheduled for later, retries, and everything when LISTEN is
 * unavailable, as behind a transaction-mode pooler).
 */
export function createPostgresDriver(deps: PostgresDriverDeps): QueueDriver {
  const { db, runner, settings, types, wakeup, log } = deps;
  let stopping = false;
  let loop: Promise<void> = Promise.resolve();
  let unlisten: (() => Promise<void>) | null = null;
  let lastRoundAt = 0;

  async function claimLoop(): Promise<void> {
    while (!stopping) {
      const capacity = settings.concurrency + settings.prefetch;
      // Jobs whose outcome is being written do not take room: claiming the next batch while the
      // last one's completions are in flight keeps handlers busy. Held jobs stay bounded (twice the
      // capacity) when the database falls behind on writes.
      const free = Math.min(capacity - runner.unfinished, 2 * capacity - runner.size);
      // Claim when a slot is idle, or once a quarter of the room is free: batches under load, no
      // delay when quiet, and the next batch arrives before the claimed-ahead jobs run out.
      if (free > 0 && (runner.busy < settings.concurrency || free * 4 >= capacity)) {
        try {
          const jobs = await claim(db.sql, { workerId: settings.workerId, types, limit: free, leaseSeconds: settings.leaseSeconds });
          lastRoundAt = Date.now();
          for (const job of jobs) void runner.start(job);
          // A full batch suggests more are waiting: claim again at once.
          if (jobs.length === free && !stopping) continue;
        } catch (err) {
          log.warn({ err }, 'claim failed; retrying after the poll interval');
        }
      } else {
        lastRoundAt = Date.now();
      }
      if (!stopping) await wakeup.wait(settings.pollIntervalMs);
    }
  }

  return {
    name: 'postgres',
    lastRoundAt: () => lastRoundAt,
    async start() {
      try {
        const listener = await db.sql.listen('ordo_jobs', () => wakeup.notify());
        unlisten = () => listener.unlisten();
      } catch (err) {
        log.warn({ err }, 'LISTEN unavailable (transaction pooler?); relying on polling');
      }
      loop = claimLoop();
    },
    async stop() {
      stopping = true;
      wakeup.notify();
      await loop;
      await unlisten?.().catch(() => undefined);
    },
    async close() {},
  };
}
