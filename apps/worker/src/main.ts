import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { createLogger, ensureLocalSecrets, loadConfig, redactSecrets, whenParentExits } from '@ordo/config';
import { createDb, migrate, migrationSummary, queueStats } from '@ordo/supabase-client';
import { Redis } from 'ioredis';
import { checkWorkerHealth } from './health.ts';
import { closeServer, createHttpApp, listen } from './http.ts';
import { closeJobDeps, createJobDeps } from './job-deps.ts';
import { jobDefinitions } from './jobs/index.ts';
import { createRegistry } from './queue/registry.ts';
import { startQueueRuntime } from './queue/runtime.ts';
import { queueSettings } from './queue/settings.ts';
import { checkReadiness } from './readiness.ts';
import { schedules } from './schedules.ts';
import { onShutdownSignal } from './shutdown.ts';

// Beyond the jobs' grace period, closing the queue, HTTP and pools takes this long at most.
const SHUTDOWN_MARGIN_MS = 10_000;

async function main(): Promise<void> {
  const env = loadConfig(process.env, { require: ['DATABASE_URL'], localSecrets: ensureLocalSecrets });
  const log = createLogger(env, 'worker');
  const version = env.APP_VERSION ?? 'dev';
  // Before anything connects: a missing or duplicate handler stops the boot.
  const registry = createRegistry(jobDefinitions);
  const db = createDb({ url: env.DATABASE_URL as string, max: env.DATABASE_POOL_MAX, prepare: env.DATABASE_PREPARE });
  if (env.WORKER_MIGRATE_ON_BOOT) {
    const { applied } = await migrate(db.sql, { logger: log });
    log.info(migrationSummary(applied));
  }
  const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1 }) : null;
  redis?.on('error', (err) => log.warn({ err }, 'redis connection error'));

  const settings = queueSettings(env, `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`);
  // Built once: every job shares the database pool, the AI gateway and the SMTP pool.
  const jobDeps = createJobDeps({ env, db, log });
  if (!jobDeps.push) log.warn('Web Push is off: VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are not set; push notifications are skipped');
  const queue = await startQueueRuntime({ db, env, settings, registry, schedules: schedules(env), log, jobDeps });

  const app = createHttpApp({
    health: () => checkWorkerHealth(version, db, redis),
    ready: (deep) => checkReadiness(db, redis, queue, deep),
    metrics: async () => queue.metrics.render(await queueStats(db.sql)),
    token: env.WORKER_METRICS_TOKEN,
  });
  const server = await listen(app, env.WORKER_PORT, env.HOST);
  log.info({ port: env.WORKER_PORT, version }, 'worker listening');

  onShutdownSignal(
    log,
    async () => {
      await queue.stop();
      await closeServer(server);
      closeJobDeps(jobDeps);
      await Promise.allSettled([db.close(), redis?.quit()]);
    },
    settings.shutdownGraceMs + SHUTDOWN_MARGIN_MS,
  );
  whenParentExits(env.ORDO_PARENT_PID, () => process.kill(process.pid, 'SIGTERM'));
}

main().catch((error: unknown) => {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`${redactSecrets(text, process.env)}\n`);
  process.exit(1);
});
