import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { PARSER_NODE_OPTION } from '@ordo/ai-pipeline';
import { createLogger, ensureLocalSecrets, type Env, loadConfig, logFormat } from '@ordo/config';
import { createDb, type EmbeddedPostgres, migrate, migrationSummary, startEmbeddedPostgres } from '@ordo/supabase-client';
import { operatorEnvironment, repoRoot } from './environment.ts';
import { readyBanner } from './ready-banner.ts';

const READY_TIMEOUT_MS = 60_000;
const CHILD_STOP_TIMEOUT_MS = 20_000;

/** A service that failed to come up: reported to the operator without a stack trace. */
export class StartError extends Error {
  override name = 'StartError';
}

interface Service {
  name: 'web' | 'worker';
  entry: string;
  /** Node options the service needs beyond source maps. */
  nodeOptions: string[];
  healthUrl: string;
  child?: ChildProcess;
  exited?: Promise<number | null>;
}

async function waitForHealth(service: Service, deadline: number): Promise<void> {
  for (;;) {
    try {
      const response = await fetch(service.healthUrl, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (service.child?.exitCode !== null) throw new StartError(`${service.name} exited during start-up (exit code ${service.child?.exitCode})`);
    if (Date.now() > deadline) throw new StartError(`${service.name} did not report healthy at ${service.healthUrl} within ${READY_TIMEOUT_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

function launch(service: Service, env: Record<string, string | undefined>): void {
  // Own process group: Ctrl-C reaches this supervisor only, which stops the services in order.
  const child = spawn(process.execPath, [...service.nodeOptions, '--enable-source-maps', service.entry], { env, stdio: 'inherit', detached: true });
  service.child = child;
  service.exited = new Promise((done) => child.once('exit', (code) => done(code)));
}

/** Stops the service; resolves with its exit code (null when it had to be killed). */
async function stopService(service: Service): Promise<number | null> {
  const { child, exited } = service;
  if (!child || !exited) return 0;
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_STOP_TIMEOUT_MS);
  const code = await exited;
  clearTimeout(timer);
  return code;
}

function childEnvironment(env: Env, source: Record<string, string | undefined>, databaseUrl: string, dataDir: string) {
  return {
    ...source,
    DATABASE_URL: databaseUrl,
    SUPABASE_JWT_SECRET: env.SUPABASE_JWT_SECRET,
    ENCRYPTION_KEY: env.ENCRYPTION_KEY,
    ORDO_DATA_DIR: dataDir,
    ORDO_PARENT_PID: String(process.pid),
    // The children write to this terminal too, but decide once here, where stdout was given.
    LOG_FORMAT: logFormat(env),
    PORT: String(env.PORT),
    HOST: env.HOST,
  };
}

/**
 * `pnpm start`: embedded PostgreSQL (unless DATABASE_URL is set), migrations, then the web app and the
 * worker as child processes; Ctrl-C stops the services first and the database last.
 */
export async function startCommand(): Promise<number> {
  const root = repoRoot();
  const source = operatorEnvironment(root, process.env);
  const env = loadConfig(source, { localSecrets: ensureLocalSecrets });
  const dataDir = env.ORDO_DATA_DIR;
  const log = createLogger(env, 'ordo');

  let database: EmbeddedPostgres | undefined;
  const services: Service[] = [
    // The web app runs the offline parser, whose patterns V8 must compile on their first run (docs/performance.md).
    { name: 'web', entry: join(root, 'apps/web/start.js'), nodeOptions: [PARSER_NODE_OPTION], healthUrl: `http://127.0.0.1:${env.PORT}/health` },
    { name: 'worker', entry: join(root, 'apps/worker/dist/main.js'), nodeOptions: [], healthUrl: `http://127.0.0.1:${env.WORKER_PORT}/health` },
  ];

  // Resolves with the services that did not stop cleanly.
  let stopping: Promise<{ name: string; code: number | null }[]> | undefined;
  const stopAll = () => {
    stopping ??= (async () => {
      const codes = await Promise.all(services.map(stopService));
      await database?.stop();
      return services.map((service, i) => ({ name: service.name, code: codes[i] ?? null })).filter(({ code }) => code !== 0);
    })();
    return stopping;
  };
  // Further signals while stopping are absorbed: the database must still be stopped last.
  const stopRequested = new Promise<NodeJS.Signals>((done) => {
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
  void stopRequested.then((signal) => log.info({ signal }, 'stopping Ordo'));

  try {
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      // As root, PostgreSQL runs as the postgres user, which must pass through the data dir to
      // reach its cluster; 0711 lets it through without letting anyone list the folder.
      if (process.getuid?.() === 0) chmodSync(dataDir, 0o711);
      database = await startEmbeddedPostgres({
        dataDir: join(dataDir, 'postgres'),
        port: env.ORDO_EMBEDDED_PG_PORT,
        log: (message) => log.info(message),
      });
      databaseUrl = database.url;
    }
    const db = createDb({ url: databaseUrl, max: 1, prepare: env.DATABASE_PREPARE });
    try {
      const { applied } = await migrate(db.sql, { logger: log });
      log.info(migrationSummary(applied));
    } finally {
      await db.close();
    }

    const childEnv = childEnvironment(env, source, databaseUrl, dataDir);
    for (const service of services) launch(service, childEnv);
    const deadline = Date.now() + READY_TIMEOUT_MS;
    const ready = Promise.all(services.map((service) => waitForHealth(service, deadline)));
    const outcome = await Promise.race([ready.then(() => 'ready' as const), stopRequested.then(() => 'stop' as const)]);
    if (outcome === 'stop') {
      await stopAll();
      return 0;
    }
    process.stdout.write(readyBanner(env));

    const firstExit = Promise.race(services.map((s) => s.exited?.then((code) => ({ name: s.name, code }))));
    const event = await Promise.race([firstExit, stopRequested.then(() => undefined)]);
    if (event) {
      log.error({ service: event.name, code: event.code }, `${event.name} stopped unexpectedly; stopping Ordo`);
      await stopAll();
      return 1;
    }
    const failed = await stopAll();
    for (const { name, code } of failed) log.error({ service: name, code }, `${name} did not stop cleanly`);
    log.info('Ordo stopped');
    return failed.length ? 1 : 0;
  } catch (error) {
    await stopAll();
    throw error;
  }
}
