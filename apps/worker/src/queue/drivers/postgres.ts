import type { Logger } from '@ordo/config';
import { claimAndLookAhead, type Db, releaseUnheld, type Sql } from '@ordo/supabase-client';
import type { JobRunner } from '../job-runner.ts';
import type { QueueMetrics } from '../metrics.ts';
import type { QueueSettings } from '../settings.ts';
import type { Wakeup } from '../wakeup.ts';
import type { QueueDriver } from './driver.ts';

export interface PostgresDriverDeps {
  db: Db;
  /** Claims go through this pool (the per-job statements' pool, or db.sql). */
  claimSql: Sql;
  runner: JobRunner;
  settings: QueueSettings;
  types: readonly string[];
  wakeup: Wakeup;
  metrics: QueueMetrics;
  log: Logger;
}

// A second claim may start while one is in flight, so the next batch is on its way before the
// claimed-ahead jobs run out (a claim's round trip is longer than a batch takes to run no-op jobs).
const MAX_CLAIMS_IN_FLIGHT = 2;
/**
 * After a claim that found nothing more due, the next look waits at least this long, even when the
 * next job falls due sooner: jobs falling due a few ms apart are then claimed and completed in
 * batches (a claim and a commit per job cost twice the CPU a message at 250 jobs/s) at the price of
 * up to this much lateness.
 */
const NEXT_RUN_GATHER_MS = 25;

/**
 * Claims straight from queue_jobs: one claim statement for as many jobs as there are free slots plus
 * the prefetch buffer, up to two claims in flight. LISTEN on `ordo_jobs` wakes idle workers when
 * pending jobs are inserted; each claim's answer says when the next pending job falls due, and an
 * idle worker sleeps until then; polling every pollIntervalMs (the longest sleep) finds the rest
 * (jobs moved by hand, and everything when LISTEN is unavailable, as behind a transaction-mode
 * pooler). While the last claim said nothing else is due, a freed slot does not claim: only a
 * NOTIFY (a job inserted or pending again), the next job's run_at or the poll does.
 */
export function createPostgresDriver(deps: PostgresDriverDeps): QueueDriver {
  const { db, claimSql, runner, settings, types, wakeup, metrics, log } = deps;
  let stopping = false;
  let loop: Promise<void> = Promise.resolve();
  let unlisten: (() => Promise<void>) | null = null;
  let lastRoundAt = 0;
  const inFlight = new Set<Promise<void>>();
  /** Room asked for by the claims in flight. */
  let requested = 0;
  /** After a failed claim, none starts before this time (ms since epoch). */
  let pausedUntil = 0;
  /** Wakes the loop when the next pending job falls due, as the last claim's answer said. */
  let nextRunTimer: ReturnType<typeof setTimeout> | undefined;
  /** The loop was woken while a claim was in flight (a NOTIFY, a freed slot) and may not have acted on it. */
  let wokenWhileClaiming = false;
  /**
   * A claim failed, and may have committed with its answer lost (a connection dropped on the way
   * back): its jobs are this worker's in the database but in no one's hands. They are handed back
   * before the next claim, rather than left to wait out their lease.
   */
  let mayHoldUnknownJobs = false;
  /**
   * The last claim found nothing more due, and nothing falls due before this time (ms since epoch):
   * the next pending job's run_at, or the next poll. Until then a freed slot does not claim (it
   * would find nothing: one empty claim per job when jobs fall due one at a time). A NOTIFY clears it.
   */
  let nothingDueUntil = 0;
  /** NOTIFYs so far: a claim that saw one arrive while in flight may have read a snapshot from before it. */
  let notifications = 0;
  /** Claims started so far: a claim's "nothing more due" holds only if it ran alone (see startClaim). */
  let claimsStarted = 0;
  /** LISTEN works: without it no NOTIFY tells of new jobs, and freed slots claim as before. */
  let listening = false;

  function jobsMayBeDue(): void {
    notifications++;
    nothingDueUntil = 0;
    wakeup.notify();
  }

  function startClaim(limit: number): void {
    // Alone: no other claim of this worker overlapped it, whose locked rows (offered, not all
    // taken) it would have skipped as if they were not there.
    const alone = inFlight.size === 0;
    const startedBefore = ++claimsStarted;
    const notificationsBefore = notifications;
    requested += limit;
    const done = claimAndLookAhead(claimSql, { workerId: settings.workerId, types, limit, leaseSeconds: settings.leaseSeconds })
      .then(
        ({ jobs, nextRunInMs }) => {
          lastRoundAt = Date.now();
          metrics.recordClaim(jobs.length > 0 ? 'jobs' : 'empty');
          const wakeInMs = nextRunInMs === null ? null : Math.max(nextRunInMs, NEXT_RUN_GATHER_MS);
          wakeAtNextRun(wakeInMs);
          const sawAll = listening && alone && claimsStarted === startedBefore && notifications === notificationsBefore;
          nothingDueUntil = jobs.length < limit && sawAll ? lastRoundAt + Math.min(wakeInMs ?? settings.pollIntervalMs, settings.pollIntervalMs) : 0;
          for (const job of jobs) void runner.start(job);
          // A full batch suggests more are waiting: look again at once. (After a short one, the
          // next wake is a freed slot, a NOTIFY, the next job's run_at or the poll: waking here
          // would poll an idle queue.)
          if (jobs.length === limit) wakeup.notify();
        },
        (err: unknown) => {
          pausedUntil = Date.now() + settings.pollIntervalMs;
          nothingDueUntil = 0;
          mayHoldUnknownJobs = true;
          log.warn({ err }, 'claim failed; retrying after the poll interval');
        },
      )
      .finally(() => {
        requested -= limit;
        inFlight.delete(done);
        // A job made due during the claim may be outside its snapshot: look again for it.
        if (wokenWhileClaiming && inFlight.size === 0) {
          wokenWhileClaiming = false;
          wakeup.notify();
        }
      });
    inFlight.add(done);
  }

  async function handBackUnknownJobs(): Promise<void> {
    try {
      const released = await releaseUnheld(claimSql, settings.workerId, runner.heldIds());
      mayHoldUnknownJobs = false;
      nothingDueUntil = 0;
      if (released.length > 0) log.warn({ jobs: released.length }, 'handed back jobs of a claim whose answer was lost');
    } catch (err) {
      pausedUntil = Date.now() + settings.pollIntervalMs;
      log.warn({ err }, 'could not hand back the jobs of a failed claim; retrying after the poll interval');
    }
  }

  /**
   * Arms the wake for the next pending job, replacing the one an earlier answer armed. The interval
   * is the database's, timed from the answer: the worker's clock may differ from the database's.
   * Jobs due after the next poll are left to that poll's claim, which answers anew.
   */
  function wakeAtNextRun(nextRunInMs: number | null): void {
    clearTimeout(nextRunTimer);
    nextRunTimer = nextRunInMs !== null && nextRunInMs < settings.pollIntervalMs ? setTimeout(() => wakeup.notify(), nextRunInMs) : undefined;
  }

  async function claimLoop(): Promise<void> {
    while (!stopping) {
      const capacity = settings.concurrency + settings.prefetch;
      // Jobs whose outcome is being written do not take room: claiming the next batch while the
      // last one's completions are in flight keeps handlers busy. Held jobs stay bounded (twice the
      // capacity) when the database falls behind on writes.
      const free = Math.min(capacity - runner.unfinished, 2 * capacity - runner.size) - requested;
      // Claim when a slot is idle and nothing is on its way, or once a quarter of the room is free:
      // batches under load, no delay when quiet, and the next batch arrives before the claimed-ahead
      // jobs run out.
      const idle = runner.busy < settings.concurrency && inFlight.size === 0;
      const nothingDue = Date.now() < nothingDueUntil;
      const wanted = free > 0 && !nothingDue && (idle || free * 4 >= capacity);
      const paused = Date.now() < pausedUntil;
      // Only with no claim in flight: its jobs, not yet in the runner, would look unknown.
      if (mayHoldUnknownJobs && !paused && inFlight.size === 0) {
        await handBackUnknownJobs();
        continue;
      }
      if (wanted && !paused && inFlight.size < MAX_CLAIMS_IN_FLIGHT) {
        startClaim(free);
        continue;
      }
      if (!wanted && inFlight.size === 0) lastRoundAt = Date.now();
      const waitMs = paused ? pausedUntil - Date.now() : nothingDue ? nothingDueUntil - Date.now() : settings.pollIntervalMs;
      await wakeup.wait(Math.max(1, waitMs));
      if (inFlight.size > 0) wokenWhileClaiming = true;
    }
  }

  return {
    name: 'postgres',
    lastRoundAt: () => lastRoundAt,
    async start() {
      // The first claim goes out while LISTEN connects (a connection of its own, a fifth of the
      // time to a started worker's first job); the wake once it listens covers jobs inserted
      // between that claim's snapshot and LISTEN taking effect.
      loop = claimLoop();
      try {
        const listener = await db.sql.listen('ordo_jobs', jobsMayBeDue);
        unlisten = () => listener.unlisten();
        listening = true;
        jobsMayBeDue();
      } catch (err) {
        log.warn({ err }, 'LISTEN unavailable (transaction pooler?); relying on polling');
      }
    },
    async stop() {
      stopping = true;
      clearTimeout(nextRunTimer);
      wakeup.notify();
      await loop;
      // Jobs of claims still in flight reach the runner, which hands them back when it drains.
      await Promise.all(inFlight);
      if (mayHoldUnknownJobs) await handBackUnknownJobs();
      await unlisten?.().catch(() => undefined);
    },
    async close() {},
  };
}
