// Starts the real worker for `pnpm bench:briefs` as production runs it (`pnpm --filter @ordo/worker
// start`, i.e. `node dist/main.js`, the bundle apps/worker/build.mjs makes): its own process, its own
// queue runtime, schedules, job dependencies and SMTP pool, configured through the environment only.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '../packages/supabase-client/src/index.ts';

const WORKER_DIR = fileURLToPath(new URL('../apps/worker/', import.meta.url));
const WORKER_ENTRY = fileURLToPath(new URL('../apps/worker/dist/main.js', import.meta.url));
// Generous: on a busy shared machine a start has taken over a minute.
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;
const KEPT_LOG_LINES = 20;

/** Bundles the worker from the current source (esbuild, about a second), so the bench never runs a stale dist/. */
export function buildWorker(): void {
  const built = spawnSync(process.execPath, ['build.mjs'], { cwd: WORKER_DIR, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('worker build failed (node apps/worker/build.mjs)');
}

export interface BenchWorker {
  child: ChildProcess;
  pid: number;
  /** Warnings and errors the worker logged (the first few lines, and how many in all). */
  problems: { count: number; first: string[] };
  stop(): Promise<number | null>;
}

export interface BenchWorkerOptions {
  databaseUrl: string;
  dataDir: string;
  env: Record<string, string>;
  /** Write a V8 CPU profile into this directory when the worker exits. */
  cpuProfileDir?: string;
}

export async function startBenchWorker(options: BenchWorkerOptions): Promise<BenchWorker> {
  const port = await findFreePort();
  const nodeArgs = ['--enable-source-maps', ...(options.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir] : [])];
  const child = spawn(process.execPath, [...nodeArgs, WORKER_ENTRY], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      // Warnings and errors only: a line per job would measure the terminal.
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      WORKER_PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      ORDO_DATA_DIR: options.dataDir,
      // The worker stops itself if the bench dies without stopping it.
      ORDO_PARENT_PID: String(process.pid),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const problems = { count: 0, first: [] as string[] };
  const collect = (chunk: string) => {
    for (const line of chunk.split('\n')) {
      if (line.trim() === '') continue;
      problems.count += 1;
      if (problems.first.length < KEPT_LOG_LINES) problems.first.push(line.slice(0, 500));
    }
  };
  child.stdout?.setEncoding('utf8').on('data', collect);
  child.stderr?.setEncoding('utf8').on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      const why = child.exitCode !== null ? `exited with code ${child.exitCode}` : `did not answer /health within ${READY_TIMEOUT_MS / 1000} s`;
      throw new Error(`the worker ${why}:\n${problems.first.join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    child,
    pid: child.pid as number,
    problems,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
