import type { Env, Logger } from '@ordo/config';
import { createDb, type Db } from '@ordo/supabase-client';
import { startDeliveryAlarm } from '../delivery/delivery-alarm.ts';
import { DEFAULT_DELIVERY_ALARM_RULE } from '../delivery/raise-delivery-alerts.ts';
import { startExpiredRowsSweeper } from '../expired-rows-sweeper.ts';
import type { JobDeps } from '../job-deps.ts';
import { startCleaner } from './cleaner.ts';
import { createBullmqDriver } from './drivers/bullmq.ts';
import { createPostgresDriver } from './drivers/postgres.ts';
import { startFailureAlarm } from './failure-alarm.ts';
import { JobRunner } from './job-runner.ts';
import { QueueMetrics } from './metrics.ts';
import type { Registry } from './registry.ts';
import { startRescuer } from './rescuer.ts';
import { type Schedule, startScheduler } from './scheduler.ts';
import type { QueueSettings } from './settings.ts';
import { Wakeup } from './wakeup.ts';

export interface QueueRuntime {
  readonly metrics: QueueMetrics;
  readonly driver: string;
  /** False when the claim loop has not completed a round recently (database unreachable, loop stuck). */
  isClaiming(): boolean;
  /** Stops claiming, lets running jobs finish within the grace period, hands the rest back. */
  stop(): Promise<void>;
}

export interface QueueRuntimeDeps {
  db: Db;
  env: Env;
  settings: QueueSettings;
  registry: Registry;
  schedules: readonly Schedule[];
  log: Logger;
  /** What handlers get as context.deps. */
  jobDeps: JobDeps;
}

const DAY_SECONDS = 86_400;
// Room for two claims and the completion write in flight at once.
const PER_JOB_POOL_SIZE = 3;
const WEDGED_AFTER_MS = 30_000;

// One install's BullMQ queues are named after its database, so installs sharing a Redis stay apart.
function bullmqQueueName(databaseUrl: string | undefined): string {
  const database = databaseUrl ? decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) : '';
  return `ordo.jobs.${database.replace(/[^\w.-]/g, '_') || 'default'}`;
}

/** The worker's queue side: claim loop, runner with heartbeats, rescuer, cleaner and failure alarm. */
export async function startQueueRuntime({ db, env, settings, registry, schedules, log, jobDeps }: QueueRuntimeDeps): Promise<QueueRuntime> {
  const metrics = new QueueMetrics();
  const wakeup = new Wakeup();
  // The claim and completion statements run for every batch of jobs with the same plan whatever
  // their parameters; planned anew on each call (PostgreSQL's choice for them) the planning cost
  // about a twentieth of a job's database time. Their own small pool plans them once. Not behind
  // a transaction-mode pooler, which keeps no prepared statements (and no startup settings).
  const perJobDb =
    env.DATABASE_PREPARE && env.DATABASE_URL ? createDb({ url: env.DATABASE_URL, max: PER_JOB_POOL_SIZE, genericPlans: true }) : null;
  const perJobSql = perJobDb?.sql ?? db.sql;
  // Checkpoints and progress (one statement in flight at a time) on a connection whose commits do
  // not wait for their WAL flush: PostgreSQL flushes WAL in order, so the job's completion or
  // failure, committed durably after them, makes them durable too; only a database crash in the
  // moment between can lose them, which costs a repeated step. Their commits also hold the NOTIFY
  // lock (one for the whole server) for a moment instead of a flush.
  const stateDb = perJobDb && env.DATABASE_URL ? createDb({ url: env.DATABASE_URL, max: 1, genericPlans: true, asyncCommit: true }) : null;
  const runner = new JobRunner({
    sql: db.sql,
    completionSql: perJobSql,
    stateSql: stateDb?.sql ?? perJobSql,
    registry,
    settings,
    log,
    metrics,
    jobDeps,
    onSlotFree: () => wakeup.notify(),
  });
  // BullMQ when Redis is configured; queue_jobs stays the record either way.
  const driver = env.REDIS_URL
    ? createBullmqDriver({ db, runner, settings, registry, wakeup, metrics, log, redisUrl: env.REDIS_URL, queueName: bullmqQueueName(env.DATABASE_URL) })
    : createPostgresDriver({ db, claimSql: perJobSql, runner, settings, types: [...registry.keys()], wakeup, metrics, log });
  runner.startHeartbeats();
  await driver.start();
  const maintenance = [
    startRescuer(db, { intervalMs: settings.rescueIntervalMs, backoff: settings.backoff }, log),
    startCleaner(db, { completedSeconds: env.QUEUE_RETAIN_COMPLETED_DAYS * DAY_SECONDS, failedSeconds: env.QUEUE_RETAIN_FAILED_DAYS * DAY_SECONDS }, log),
    startFailureAlarm(db, { threshold: env.QUEUE_ALERT_THRESHOLD, windowSeconds: env.QUEUE_ALERT_WINDOW_SECONDS }, log),
    startDeliveryAlarm(db, DEFAULT_DELIVERY_ALARM_RULE, log),
    startExpiredRowsSweeper(db, log),
  ];
  const scheduler = await startScheduler(db, schedules, log);
  log.info({ worker_id: settings.workerId, driver: driver.name, concurrency: settings.concurrency, types: [...registry.keys()] }, 'queue started');
  return {
    metrics,
    driver: driver.name,
    isClaiming: () => Date.now() - driver.lastRoundAt() < WEDGED_AFTER_MS + settings.pollIntervalMs,
    async stop() {
      await scheduler.stop();
      await driver.stop();
      await runner.drain(settings.shutdownGraceMs);
      await driver.close();
      await Promise.all(maintenance.map((service) => service.stop()));
      // Nothing runs on it by now (claims and write-backs are done). A short timeout: postgres.js
      // waits out the whole of it once one of its connections dropped mid-query.
      await Promise.all([perJobDb?.close(1), stateDb?.close(1)]);
    },
  };
}
