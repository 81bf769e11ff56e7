import type { Logger } from '@ordo/config';
import { claimAndLookAhead, type Db, HANDED_OFF, sweepLostHandOffs } from '@ordo/supabase-client';
import { type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { every, type Periodic } from '../every.ts';
import type { JobRunner } from '../job-runner.ts';
import type { QueueMetrics } from '../metrics.ts';
import type { Registry } from '../registry.ts';
import type { QueueSettings } from '../settings.ts';
import type { Wakeup } from '../wakeup.ts';
import type { QueueDriver } from './driver.ts';
import { TakeOverBatcher } from './take-over-batcher.ts';

export interface BullmqDriverDeps {
  db: Db;
  runner: JobRunner;
  settings: QueueSettings;
  registry: Registry;
  wakeup: Wakeup;
  metrics: QueueMetrics;
  log: Logger;
  redisUrl: string;
  /** BullMQ queue name prefix; one install's queues must not meet another's on a shared Redis. */
  queueName: string;
}

// Rows handed to BullMQ per dispatch round.
const DISPATCH_BATCH = 500;
// How long a hand-off may wait in BullMQ for a worker before the sweeper takes it back.
const HAND_OFF_LEASE_SECONDS = 300;
const SWEEP_INTERVAL_MS = 5_000;
// BullMQ priorities are 1 (first) to 2^21; queue_jobs priorities are smallints, lower first.
const bullmqPriority = (priority: number) => priority + 32_769;

interface Lane {
  queue: Queue;
  worker: Worker;
}

/**
 * BullMQ delivery with queue_jobs as the outbox and the record. A dispatcher (in every worker;
 * SKIP LOCKED keeps them apart) moves due pending rows to "handed off" and adds them to BullMQ
 * with jobId = row id; BullMQ workers take each over (becoming its lease holder) and run it with
 * the same runner as the PostgreSQL driver, writing status, progress and result to queue_jobs.
 * Rate-limited job types get a lane (a BullMQ queue) of their own with BullMQ's limiter, so all
 * workers together keep a provider's send rate. A sweeper takes back hand-offs nobody picked up.
 */
export function createBullmqDriver(deps: BullmqDriverDeps): QueueDriver {
  const { db, runner, settings, registry, wakeup, metrics, log } = deps;
  const types = [...registry.keys()];
  const connection = new Redis(deps.redisUrl, { maxRetriesPerRequest: null });
  connection.on('error', (err) => log.warn({ err }, 'redis connection error (bullmq)'));
  const lanes = new Map<string, Lane>();
  let stopping = false;
  let loop: Promise<void> = Promise.resolve();
  let unlisten: (() => Promise<void>) | null = null;
  let sweeper: Periodic | null = null;
  let lastRoundAt = 0;
  /** LISTEN works: a NOTIFY tells of every job inserted or pending again. */
  let listening = false;
  /** A NOTIFY (or a sweep) came since the dispatcher's last claim started. */
  let announced = false;

  function jobsMayBeDue(): void {
    announced = true;
    wakeup.notify();
  }

  const takeOvers = new TakeOverBatcher(db.sql, settings.workerId, settings.leaseSeconds);
  const deliver = async (job: Job<{ id: string }>) => {
    const claimed = await takeOvers.take(job.data.id);
    // Not waiting for a taker: a duplicate delivery, or swept back already. Nothing to do.
    if (claimed) await runner.start(claimed);
  };

  const laneOf = (type: string): string => (registry.get(type)?.options.rateLimit ? `${deps.queueName}.${type}` : deps.queueName);

  const openLane = (name: string, type: string | null) => {
    const rateLimit = type ? registry.get(type)?.options.rateLimit : undefined;
    const queue = new Queue(name, { connection });
    const worker = new Worker(name, deliver, {
      connection,
      // Deliveries beyond the handler slots wait in the runner, as claimed-ahead jobs do with the
      // PostgreSQL driver: WORKER_PREFETCH means the same with both.
      concurrency: settings.concurrency + settings.prefetch,
      limiter: rateLimit ? { max: rateLimit.max, duration: rateLimit.durationMs } : undefined,
      // A worker that dies leaves its BullMQ job active; with these it is redelivered within a lease.
      lockDuration: settings.leaseSeconds * 1000,
      stalledInterval: settings.leaseSeconds * 1000,
      removeOnComplete: { count: 0 },
      removeOnFail: { count: 0 },
    });
    worker.on('error', (err) => log.warn({ err, lane: name }, 'bullmq worker error'));
    lanes.set(name, { queue, worker });
  };

  async function dispatchLoop(): Promise<void> {
    while (!stopping) {
      // The next look: when the next pending job falls due (the database's interval, timed from its
      // answer: the worker's clock may differ), at most a poll away.
      let nextLookAt = performance.now() + settings.pollIntervalMs;
      announced = false;
      try {
        const { jobs: rows, nextRunInMs } = await claimAndLookAhead(db.sql, { workerId: HANDED_OFF, types, limit: DISPATCH_BATCH, leaseSeconds: HAND_OFF_LEASE_SECONDS });
        if (nextRunInMs !== null) nextLookAt = Math.min(nextLookAt, performance.now() + nextRunInMs);
        lastRoundAt = Date.now();
        metrics.recordClaim(rows.length > 0 ? 'jobs' : 'empty');
        const byLane = new Map<string, typeof rows>();
        for (const row of rows) byLane.set(laneOf(row.job_type), [...(byLane.get(laneOf(row.job_type)) ?? []), row]);
        for (const [name, laneRows] of byLane) {
          await lanes.get(name)?.queue.addBulk(
            laneRows.map((row) => ({
              name: row.job_type,
              data: { id: row.id },
              opts: { jobId: row.id, priority: bullmqPriority(row.priority), removeOnComplete: true, removeOnFail: true },
            })),
          );
        }
        if (rows.length === DISPATCH_BATCH && !stopping) continue;
      } catch (err) {
        // Rows handed off but not added come back through the sweeper.
        log.warn({ err }, 'dispatch to bullmq failed; retrying after the poll interval');
      }
      // The runner's freed slots wake this Wakeup too, but BullMQ, not the dispatcher, fills them:
      // with LISTEN working, only a NOTIFY, the next run_at or the poll sends it looking again.
      do {
        if (stopping) return;
        await wakeup.wait(Math.max(1, nextLookAt - performance.now()));
      } while (listening && !announced && performance.now() < nextLookAt);
    }
  }

  return {
    name: 'bullmq',
    lastRoundAt: () => lastRoundAt,
    async start() {
      openLane(deps.queueName, null);
      for (const type of types) if (registry.get(type)?.options.rateLimit) openLane(laneOf(type), type);
      await Promise.all([...lanes.values()].map((lane) => lane.worker.waitUntilReady()));
      try {
        const listener = await db.sql.listen('ordo_jobs', jobsMayBeDue);
        unlisten = () => listener.unlisten();
        listening = true;
      } catch (err) {
        log.warn({ err }, 'LISTEN unavailable (transaction pooler?); relying on polling');
      }
      sweeper = every(SWEEP_INTERVAL_MS, 'sweep of lost hand-offs', log, async () => {
        const swept = await sweepLostHandOffs(db.sql);
        if (swept > 0) {
          log.warn({ swept }, 'took back jobs handed to bullmq that no worker picked up');
          jobsMayBeDue();
        }
      });
      loop = dispatchLoop();
    },
    async stop() {
      stopping = true;
      wakeup.notify();
      await loop;
      await Promise.all([...lanes.values()].map((lane) => lane.worker.pause(true)));
      await unlisten?.().catch(() => undefined);
      await sweeper?.stop();
    },
    async close() {
      await Promise.all([...lanes.values()].flatMap((lane) => [lane.worker.close(), lane.queue.close()]));
      await connection.quit().catch(() => undefined);
    },
  };
}
