import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, findFreePort, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll } from 'vitest';

const BUILD_ENTRY = fileURLToPath(new URL('../build/index.js', import.meta.url));

export interface WebServer {
  /** http://127.0.0.1:<port>, also the app's ORIGIN and PUBLIC_APP_URL unless `env` unsets them. */
  origin: string;
  dataDir: string;
  database: TestDatabase;
  /** What the server printed, for failure messages. */
  output(): string;
  /** Sends SIGTERM, waits for the process to end and drops its database; resolves with its exit code. */
  stop(): Promise<number | null>;
}

/**
 * Env for startWebServer: the server reads the client address from X-Forwarded-For, as
 * behind a proxy, and HttpClient sends its own, so per-address rate limits do not couple
 * unrelated tests. Every request must then carry the header (browsers in e2e tests do not).
 */
export const PER_CLIENT_ADDRESS = { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' } as const;

// Data directories of running servers by origin, so helpers given only an origin can read the outbox.
const dataDirs = new Map<string, string>();

/** The outbox (mail as .eml files, when no EMAIL_HOST is set) of the test server at origin. */
export function outboxOf(origin: string): string {
  const dataDir = dataDirs.get(origin);
  if (!dataDir) throw new Error(`no test server runs at ${origin}`);
  return join(dataDir, 'outbox');
}

async function waitForHealth(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const started = Date.now();
  // About 2.5 s on an idle machine (the offline parser warms up at boot); a CI run with two test
  // files, their servers and Chromium on two cores twice took more than 20 s.
  const deadline = started + 60_000;
  // What /health last said, so a start that never becomes healthy says why.
  let lastAnswer = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`web server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${origin}/health`);
      if (response.ok) return;
      lastAnswer = `${response.status} ${await response.text()}`;
    } catch (error) {
      lastAnswer = `not listening (${error instanceof Error ? (error.cause ?? error.message) : error})`;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`web server did not become healthy in ${Date.now() - started} ms; /health last: ${lastAnswer}\n${output()}`);
}

/**
 * The BUILT web app (`pnpm --filter @ordo/web build`) on a free port, against a fresh
 * migrated database, with its own data directory and secrets. `env` adds or overrides variables
 * (undefined unsets one).
 * `shared` runs it against another server's database instead (a second process of one
 * deployment), which that server's stop() drops.
 */
export async function startWebServer(env: Record<string, string | undefined> = {}, shared?: { database: TestDatabase }): Promise<WebServer> {
  const [database, port, dataDir] = await Promise.all([
    shared ? shared.database : createTestDatabase(),
    findFreePort(),
    mkdtemp(join(tmpdir(), 'ordo-web-test-')),
  ]);
  const origin = `http://127.0.0.1:${port}`;
  let printed = '';
  const child = spawn(process.execPath, [BUILD_ENTRY], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      ORIGIN: origin,
      PUBLIC_APP_URL: origin,
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: '4',
      // adapter-node waits this long for open connections on SIGTERM (default 30 s).
      SHUTDOWN_TIMEOUT: '1',
      ORDO_DATA_DIR: dataDir,
      SUPABASE_JWT_SECRET: randomBytes(32).toString('hex'),
      ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const output = () => printed;
  const stop = async () => {
    dataDirs.delete(origin);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await Promise.all([shared ? undefined : database.drop(), rm(dataDir, { recursive: true, force: true })]);
    return child.exitCode;
  };
  dataDirs.set(origin, dataDir);
  try {
    await waitForHealth(origin, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, dataDir, database, output, stop };
}

/** A server that reads through to the one `current()` returns once beforeAll has started it. */
function readThrough(current: () => WebServer | undefined): WebServer {
  const running = (): WebServer => {
    const server = current();
    if (!server) throw new Error('the web server starts in beforeAll');
    return server;
  };
  return {
    get origin() {
      return running().origin;
    },
    get dataDir() {
      return running().dataDir;
    },
    get database() {
      return running().database;
    },
    output: () => running().output(),
    stop: () => running().stop(),
  };
}

/**
 * The built app for a whole test file: started in beforeAll, stopped in afterAll. The returned
 * server reads through to the running one, so tests use it like startWebServer's result.
 */
export function useWebServer(env: Record<string, string> = PER_CLIENT_ADDRESS): WebServer {
  let started: WebServer | undefined;
  beforeAll(async () => {
    started = await startWebServer(env);
  });
  afterAll(async () => {
    await started?.stop();
  });
  return readThrough(() => started);
}

/** Two processes of one deployment (one database) for a whole test file, like useWebServer. */
export function useTwoWebServers(env: Record<string, string> = PER_CLIENT_ADDRESS): { first: WebServer; second: WebServer } {
  let first: WebServer | undefined;
  let second: WebServer | undefined;
  beforeAll(async () => {
    first = await startWebServer(env);
    second = await startWebServer(env, { database: first.database });
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });
  return { first: readThrough(() => first), second: readThrough(() => second) };
}
