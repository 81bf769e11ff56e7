import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '@ordo/supabase-client/testing';

const workerDir = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface LogLine {
  level: number;
  msg: string;
  job_id?: string;
  attempt?: number;
  reason?: string;
  [key: string]: unknown;
}

/** A real worker process (`node --import tsx src/main.ts`) and the JSON log lines it printed. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly logs: LogLine[];
  readonly exited: Promise<number | null>;
  /** Resolves with the first log line matching, once printed. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
}

/** Test secrets: the worker needs them; they guard nothing here. */
const TEST_SECRETS = { SUPABASE_JWT_SECRET: 't'.repeat(40), ENCRYPTION_KEY: 'ab'.repeat(32) };

export async function spawnWorker(databaseUrl: string, env: Record<string, string> = {}): Promise<WorkerProcess> {
  const port = await findFreePort();
  const childEnv: Record<string, string | undefined> = { ...process.env };
  delete childEnv.REDIS_URL;
  Object.assign(childEnv, TEST_SECRETS, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: '4',
    WORKER_PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    ORDO_DATA_DIR: mkdtempSync(join(tmpdir(), 'ordo-worker-')),
    ...env,
  });
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: workerDir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: LogLine[] = [];
  const waiters: { match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  let buffered = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const text of lines) {
      if (!text.startsWith('{')) continue;
      const line = JSON.parse(text) as LogLine;
      logs.push(line);
      for (const waiter of [...waiters]) {
        if (waiter.match(line)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    }
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitForLog = (match: (line: LogLine) => boolean, timeoutMs = 20_000) => {
    const found = logs.find(match);
    if (found) return Promise.resolve(found);
    return new Promise<LogLine>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`worker log line not seen within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
      waiters.push({
        match,
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
      });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`worker exited (${code}) before the log line; stderr: ${stderr}`));
      });
    });
  };
  const worker = { child, port, logs, exited, waitForLog };
  // Generous: compiling the worker with tsx takes tens of seconds on a loaded machine. A worker
  // that never came up is killed, not left running after the test.
  try {
    await waitForLog((line) => line.msg === 'worker listening', 90_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return worker;
}

/** SIGTERM, then the exit code. */
export async function stopWorker(worker: WorkerProcess): Promise<number | null> {
  if (worker.child.exitCode !== null) return worker.child.exitCode;
  worker.child.kill('SIGTERM');
  return worker.exited;
}
