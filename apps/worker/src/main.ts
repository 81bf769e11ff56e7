import { createLogger, ensureLocalSecrets, loadConfig, redactSecrets, whenParentExits } from '@ordo/config';
import { createDb, migrate } from '@ordo/supabase-client';
import { Redis } from 'ioredis';
import { checkWorkerHealth } from './health.ts';
import { closeServer, createHttpApp, listen } from './http.ts';
import { onShutdownSignal } from './shutdown.ts';

async function main(): Promise<void> {
  const env = loadConfig(process.env, { require: ['DATABASE_URL'], localSecrets: ensureLocalSecrets });
  const log = createLogger(env, 'worker');
  const version = env.APP_VERSION ?? 'dev';
  const db = createDb({ url: env.DATABASE_URL as string, max: env.DATABASE_POOL_MAX, prepare: env.DATABASE_PREPARE });
  if (env.WORKER_MIGRATE_ON_BOOT) {
    const { applied } = await migrate(db.sql, { logger: log });
    log.info({ applied }, 'migrations applied');
  }
  const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1 }) : null;
  redis?.on('error', (err) => log.warn({ err }, 'redis connection error'));

  const app = createHttpApp({ health: () => checkWorkerHealth(version, db, redis) });
  const server = await listen(app, env.WORKER_PORT, env.HOST);
  log.info({ port: env.WORKER_PORT, version }, 'worker listening');

  onShutdownSignal(log, async () => {
    await closeServer(server);
    await Promise.allSettled([db.close(), redis?.quit()]);
  });
  whenParentExits(env.ORDO_PARENT_PID, () => process.kill(process.pid, 'SIGTERM'));
}

main().catch((error: unknown) => {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`${redactSecrets(text, process.env)}\n`);
  process.exit(1);
});
