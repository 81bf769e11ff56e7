// `pnpm bench:queue`: Ordo's PostgreSQL queue, graphile-worker (0.17.3, at its documented fastest)
// and Ordo's BullMQ driver, in this one process on the same PostgreSQL server, each in a fresh
// database: 20,000 no-op jobs at concurrency 10 (throughput), then 300 jobs trickled one at a time
// (enqueue → handler start latency). Each system runs five times, taking turns; prints the medians
// (jobs/s, latency, CPU per 1,000 jobs in this process and in PostgreSQL) and Ordo's ratios to
// graphile-worker, overall and round by round.
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { createLogger, loadConfig } from '../packages/config/src/index.ts';
import { createDb, type Db, enqueue, enqueueMany, migrate } from '../packages/supabase-client/src/index.ts';
import { answersRedisPing } from '../packages/supabase-client/src/testing/redis-probe.ts';
import { createJobDeps } from '../apps/worker/src/job-deps.ts';
import { systemSleep } from '../apps/worker/src/jobs/system.sleep.ts';
import { createRegistry } from '../apps/worker/src/queue/registry.ts';
import { startQueueRuntime } from '../apps/worker/src/queue/runtime.ts';
import { queueSettings } from '../apps/worker/src/queue/settings.ts';
import { findPostmaster, serverCpuSeconds } from './server-cpu.ts';
import { Logger as GraphileLogger, makeWorkerUtils, run as runGraphile } from 'graphile-worker';

const JOBS = 20_000;
const TRICKLE = 300;
const CONCURRENCY = 10;
const BENCH_SECRETS = { SUPABASE_JWT_SECRET: 'b'.repeat(40), ENCRYPTION_KEY: 'ab'.repeat(32) };
// DATABASE_URL / REDIS_URL name the servers (a database is created on it per system); local defaults otherwise.
const configured = loadConfig(process.env, { localSecrets: BENCH_SECRETS });
const ADMIN_URL = configured.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = configured.REDIS_URL ?? 'redis://127.0.0.1:6379';

interface Result {
  name: string;
  jobsPerSecond: number;
  p50: number;
  p99: number;
  /** CPU milliseconds per 1,000 jobs of the throughput run: this process, and the PostgreSQL server. */
  nodeCpu: number;
  serverCpu: number;
}

/** The PostgreSQL server's pid when it runs on this machine (for its CPU time), found in main(). */
let postmaster: number | null = null;

/** Starts a CPU meter for this process and the database server; the result is ms per 1,000 jobs. */
function cpuMeter(): (jobs: number) => { nodeCpu: number; serverCpu: number } {
  const node = process.cpuUsage();
  const server = postmaster === null ? Number.NaN : serverCpuSeconds(postmaster);
  return (jobs) => {
    const used = process.cpuUsage(node);
    const serverUsed = postmaster === null ? Number.NaN : serverCpuSeconds(postmaster) - server;
    return { nodeCpu: ((used.user + used.system) / 1000 / jobs) * 1000, serverCpu: ((serverUsed * 1000) / jobs) * 1000 };
  };
}

/** Called by every system's no-op handler: counts runs and resolves trickle waiters. */
class Probe {
  runs = 0;
  private waiting: ((at: number) => void) | null = null;
  private target = Number.POSITIVE_INFINITY;
  private allDone: (() => void) | null = null;

  started(): void {
    const at = performance.now();
    this.runs++;
    this.waiting?.(at);
    this.waiting = null;
    if (this.runs >= this.target) this.allDone?.();
  }

  untilRuns(target: number): Promise<void> {
    this.target = target;
    return this.runs >= target ? Promise.resolve() : new Promise((resolve) => (this.allDone = resolve));
  }

  nextStart(): Promise<number> {
    return new Promise((resolve) => (this.waiting = resolve));
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function trickle(probe: Probe, add: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  const latencies: number[] = [];
  for (let i = 0; i < TRICKLE; i++) {
    const started = probe.nextStart();
    const before = performance.now();
    await add();
    latencies.push((await started) - before);
    // Let the completion land before the next job, as a trickle of real traffic would.
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function freshDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `ordo_bench_${label}_${randomBytes(4).toString('hex')}`;
  const admin = createDb({ url: ADMIN_URL, max: 1 });
  await admin.sql`create database ${admin.sql(name)}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      // Pools close asynchronously; forcing their connections closed would crash a pool that still
      // listens (pg emits 'error' on an idle client), so wait for them first.
      for (let tries = 0; ; tries++) {
        try {
          await admin.sql`drop database if exists ${admin.sql(name)}`;
          break;
        } catch (error) {
          if (tries >= 50) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await admin.close();
    },
  };
}

async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 10));
}

async function benchOrdo(driver: 'postgres' | 'bullmq'): Promise<Result> {
  const database = await freshDatabase(driver);
  const db: Db = createDb({ url: database.url, max: 12 });
  try {
    await migrate(db.sql);
    const env = loadConfig(
      // Claims ahead like graphile-worker's local queue of 500, so both fetch in the same batch size.
      { DATABASE_URL: database.url, LOG_LEVEL: 'warn', WORKER_CONCURRENCY: String(CONCURRENCY), WORKER_PREFETCH: '500', ...(driver === 'bullmq' ? { REDIS_URL } : {}) },
      { localSecrets: BENCH_SECRETS },
    );
    const probe = new Probe();
    const registry = createRegistry([{ ...systemSleep, handler: async () => probe.started() }], ['system.sleep']);
    const log = createLogger(env, 'bench');
    for (let i = 0; i < JOBS; i += 5_000) {
      await enqueueMany(db.sql, Array.from({ length: 5_000 }, () => ({ type: 'system.sleep' as const, payload: { ms: 0 } })));
    }
    const cpu = cpuMeter();
    const t0 = performance.now();
    const runtime = await startQueueRuntime({ db, env, settings: queueSettings(env, `bench-${driver}`), registry, schedules: [], log, jobDeps: createJobDeps({ env, db, log }) });
    await probe.untilRuns(JOBS);
    await waitUntil(async () => runtime.metrics.count('system.sleep', 'completed') >= JOBS);
    const seconds = (performance.now() - t0) / 1000;
    const used = cpu(JOBS);
    const [kept] = await db.sql<{ n: number }[]>`select count(*)::int as n from queue_jobs where status = 'completed'`;
    if (kept?.n !== JOBS) throw new Error(`expected ${JOBS} completed rows kept, found ${kept?.n}`);
    const latency = await trickle(probe, () => enqueue(db.sql, 'system.sleep', { ms: 0 }));
    await runtime.stop();
    return { name: `Ordo (${driver === 'postgres' ? 'PostgreSQL' : 'BullMQ driver'})`, jobsPerSecond: JOBS / seconds, ...latency, ...used };
  } finally {
    await db.close();
    await database.drop();
  }
}

async function benchGraphile(): Promise<Result> {
  const database = await freshDatabase('graphile');
  try {
    const probe = new Probe();
    // The documented fastest settings: a local queue of 500 and no batch delays.
    const preset = { worker: { connectionString: database.url, concurrency: CONCURRENCY, maxPoolSize: 12, localQueue: { size: 500 }, completeJobBatchDelay: 0, failJobBatchDelay: 0, pollInterval: 1000 } };
    // Silent: logging every job would measure the terminal.
    const logger = new GraphileLogger(() => () => undefined);
    const utils = await makeWorkerUtils({ connectionString: database.url, logger });
    await utils.migrate();
    for (let i = 0; i < JOBS; i += 5_000) {
      await utils.addJobs(Array.from({ length: 5_000 }, () => ({ identifier: 'noop', payload: {} })));
    }
    const cpu = cpuMeter();
    const t0 = performance.now();
    const runner = await runGraphile({ preset, logger, noHandleSignals: true, taskList: { noop: async () => probe.started() } });
    await probe.untilRuns(JOBS);
    const pool = createDb({ url: database.url, max: 1 });
    await waitUntil(async () => {
      const [row] = await pool.sql<{ n: number }[]>`select count(*)::int as n from graphile_worker._private_jobs`;
      return row?.n === 0;
    });
    const seconds = (performance.now() - t0) / 1000;
    const used = cpu(JOBS);
    await pool.close();
    const latency = await trickle(probe, () => utils.addJob('noop', {}));
    await runner.stop();
    await runner.promise;
    await utils.release();
    return { name: 'graphile-worker 0.17.3', jobsPerSecond: JOBS / seconds, ...latency, ...used };
  } finally {
    await database.drop();
  }
}

// `--only postgres,graphile` measures a subset (for profiling one system); ratios need graphile.
// `--rounds N` (default 5): each system runs N times, taking turns, and the medians are reported,
// so one disturbed run does not decide a ratio; so is each round's own ratio, since systems that
// ran side by side in time met the same machine (this VM's speed drifts by a third between runs). Before them every system runs one round that is not
// counted: whichever system ran first used to pay for the process's cold start (JIT, first
// connections), about a tenth of its first round.
const roundsAt = process.argv.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Math.max(1, Number.parseInt(process.argv[roundsAt + 1] ?? '', 10) || 1) : 5;
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',')) : null;
const wanted = (system: 'postgres' | 'graphile' | 'bullmq') => only === null || only.has(system);

function table(results: Result[]): string {
  const rows = [
    ['system', 'jobs/s', 'enqueue→start p50 ms', 'p99 ms', 'CPU ms/1k jobs: Node', 'PostgreSQL'],
    ...results.map((r) => [r.name, r.jobsPerSecond.toFixed(0), r.p50.toFixed(2), r.p99.toFixed(2), r.nodeCpu.toFixed(0), r.serverCpu.toFixed(0)]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')).join('\n');
}

/** The middle value (the lower middle of an even count). */
function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

/** Per system, the median of each figure over the rounds. */
function medians(runs: Result[]): Result[] {
  const names = [...new Set(runs.map((run) => run.name))];
  return names.map((name) => {
    const mine = runs.filter((run) => run.name === name);
    const of = (key: Exclude<keyof Result, 'name'>) => median(mine.map((run) => run[key]));
    return { name, jobsPerSecond: of('jobsPerSecond'), p50: of('p50'), p99: of('p99'), nodeCpu: of('nodeCpu'), serverCpu: of('serverCpu') };
  });
}

async function main(): Promise<void> {
  process.stdout.write(
    `Queue benchmark: ${JOBS} no-op jobs at concurrency ${CONCURRENCY}, then ${TRICKLE} trickled; a warm-up round, then ${ROUNDS} rounds, systems taking turns; ` +
      `${cpus().length} CPUs, Node ${process.version}\n\n`,
  );
  const probe = createDb({ url: ADMIN_URL, max: 1 });
  postmaster = await findPostmaster(probe.sql);
  await probe.close();
  const withRedis = wanted('bullmq') && (await answersRedisPing(REDIS_URL));
  if (wanted('bullmq') && !withRedis) process.stdout.write(`(no Redis at ${REDIS_URL}: the BullMQ driver is not measured)\n`);
  const runs: Result[] = [];
  const measure = async (run: () => Promise<Result>) => {
    const result = await run();
    process.stdout.write(`  ${round === 0 ? 'warm-up' : `round ${round}`}: ${result.name}: ${result.jobsPerSecond.toFixed(0)} jobs/s\n`);
    if (round > 0) runs.push(result);
  };
  let round = 0;
  for (; round <= ROUNDS; round++) {
    if (wanted('postgres')) await measure(() => benchOrdo('postgres'));
    if (wanted('graphile')) await measure(benchGraphile);
    if (withRedis) await measure(() => benchOrdo('bullmq'));
  }
  const results = medians(runs);
  process.stdout.write(`\nMedians of ${ROUNDS} rounds:\n${table(results)}\n\n`);
  const graphile = results.find((r) => r.name.startsWith('graphile'));
  if (!graphile) return;
  for (const result of results.filter((r) => r.name.startsWith('Ordo'))) {
    process.stdout.write(`${result.name} / graphile-worker: throughput ${(result.jobsPerSecond / graphile.jobsPerSecond).toFixed(2)}×, p50 latency ${(result.p50 / graphile.p50).toFixed(2)}×\n`);
    const mine = runs.filter((run) => run.name === result.name);
    const theirs = runs.filter((run) => run.name === graphile.name);
    const perRound = mine.map((run, i) => run.jobsPerSecond / (theirs[i] as Result).jobsPerSecond);
    process.stdout.write(`  throughput ratio round by round: ${perRound.map((ratio) => `${ratio.toFixed(2)}×`).join(', ')} (median ${median(perRound).toFixed(2)}×)\n`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
