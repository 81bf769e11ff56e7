// `pnpm bench:briefs`: the morning rush. A fresh database with 10,000 people (BENCH_USERS to change)
// and their projects and tasks; every one of them due for a daily brief at the same minute (their
// send time is set to it). At that minute the bench enqueues the brief jobs as the scheduler does
// (one schedule tick, in one transaction: brief.generate_batch jobs of up to 10 people each),
// and the REAL worker process (the production bundle, started as production starts it) writes each
// brief with the offline provider, stores it, and delivers it by pooled SMTP to a loopback sink in
// this process. Prints briefs/s end to end (due minute, when the tick starts → last message
// accepted), p50/p99 from the scheduled time to accepted, the
// worker's peak memory (RSS), and, in the same run, the named peer: plain nodemailer, pooled alike,
// sending the same messages to the same sink from a process of its own. Target: ≥ 0.5× the peer.
// Also the floor of any exactly-once sender on this machine: the same sends, each with a row
// committed before it and marked sent after, and nothing else (no queue, no pipeline).
// Then checks the run: exactly one message per person, every brief ready, every delivery sent;
// exits 1 if not.
//
// Options: --workers N (worker processes, default 1, as deployed), --concurrency N
// (WORKER_CONCURRENCY; default the worker's own), --profile (a CPU profile of the worker,
// summarised by area and function, and PostgreSQL's wait events and statements), --profile-dir DIR
// (the same, keeping the raw profiles in DIR), --async-commit
// (experiment: synchronous_commit = off on the bench's database), --keep (keep the database).
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../packages/config/src/index.ts';
import { BRIEF_SCHEDULE_NAME, briefScheduleJobs } from '../apps/worker/src/brief-schedule.ts';
import { createDb, type Db, enqueueScheduleTick, migrate } from '../packages/supabase-client/src/index.ts';
import type { RawPeerArgs, RawPeerMessage } from './briefs-raw-peer.ts';
import { jobTimings, queueProgress, stageTimings, verifyRun } from './briefs-checks.ts';
import { seedBriefUsers } from './briefs-seed.ts';
import { type BenchWorker, buildWorker, startBenchWorker } from './briefs-worker.ts';
import { summariseCpuProfiles } from './cpu-profile-summary.ts';
import { type ActivitySummary, sampleDbActivity } from './db-activity-sampler.ts';
import { databaseCpuMeter } from './database-cpu.ts';
import { cpuSeconds, sampleRss } from './process-sampler.ts';
import { findPostmaster, serverCpuSeconds } from './server-cpu.ts';
import { type AcceptedMessage, type SmtpSink, startSmtpSink, wallClockMs } from './smtp-sink.ts';

const BENCH_SECRETS = { SUPABASE_JWT_SECRET: randomBytes(32).toString('hex'), ENCRYPTION_KEY: randomBytes(32).toString('hex') };
// DATABASE_URL names the server (a fresh database is created on it); the local one otherwise.
const configured = loadConfig(process.env, { localSecrets: BENCH_SECRETS });
const ADMIN_URL = configured.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DEFAULT_USERS = 10_000;
// @ordo/notify's SMTP transport keeps this many connections (its default); the peer uses the same.
const SMTP_POOL_CONNECTIONS = 5;
const EMAIL_FROM = 'Ordo <briefs@bench.test>';
// Nothing finished and nothing accepted for this long: the run is stuck, stop waiting and report.
const STALL_MS = 120_000;
const PROGRESS_EVERY_MS = 5_000;
const TARGET_RATIO = 0.5;
const MINUTE_MS = 60_000;
// Time to set everyone's send time before the minute they are due at.
const DUE_LEAD_MS = 5_000;

// Ctrl-C stops waiting, then the usual clean-up runs: the worker is stopped and the database dropped.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
  });
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function positiveInteger(text: string | undefined, name: string): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1, got "${text}"`);
  return value;
}

// biome-ignore lint/suspicious/noUndeclaredEnvVars: a knob of this script, which turbo never runs.
const USERS = positiveInteger(process.env.BENCH_USERS, 'BENCH_USERS') ?? DEFAULT_USERS;
const WORKERS = positiveInteger(option('--workers'), '--workers') ?? 1;
const CONCURRENCY = positiveInteger(option('--concurrency'), '--concurrency');
// --profile-dir DIR (implies --profile): keep the worker's raw .cpuprofile files there, for DevTools or a closer look.
const PROFILE_DIR = option('--profile-dir');
const PROFILE = process.argv.includes('--profile') || PROFILE_DIR !== undefined;
// An experiment, not production: commits stop waiting for their WAL flush (on the bench's database
// only), which shows how much of a run is spent waiting for flushes.
const ASYNC_COMMIT = process.argv.includes('--async-commit');
const KEEP = process.argv.includes('--keep');

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** A figure, or "n/a" when nothing was measured (no message accepted). */
const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const mib = (bytes: number) => `${fixed(bytes / 1024 / 1024, 0)} MiB`;
const seconds = (ms: number) => `${fixed(ms / 1000, 2)} s`;
const average = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

/** The next whole minute at least `leadMs` away: when everyone's brief falls due. */
function nextMinute(leadMs: number): Date {
  return new Date(Math.ceil((Date.now() + leadMs) / MINUTE_MS) * MINUTE_MS);
}

/** Sets everyone's send time to `dueAt`'s minute on their own clock, every weekday: they are all due then. */
async function makeEveryoneDueAt(db: Db, dueAt: Date): Promise<void> {
  await db.sql`
    update public.brief_preferences p
    set send_time = to_char(${dueAt}::timestamptz at time zone u.timezone, 'HH24:MI'), weekdays = '{1,2,3,4,5,6,7}'
    from public.users u where u.id = p.user_id`;
}

/**
 * The brief schedule's own tick at `dueAt` (apps/worker/src/brief-schedule.ts), as the worker's
 * scheduler runs it: one transaction that records each due brief and enqueues the
 * brief.generate_batch jobs that write them. The worker's scheduler fires at the same minute;
 * whichever takes the tick first enqueues the same jobs. Returns how many batch jobs are queued.
 */
async function enqueueBriefTick(db: Db, dueAt: Date): Promise<number> {
  const enqueued = await enqueueScheduleTick(db.sql, BRIEF_SCHEDULE_NAME, dueAt, (tx) => briefScheduleJobs({ at: dueAt, tx }));
  if (enqueued) return enqueued.length;
  const [queued] = await db.sql<{ n: number }[]>`select count(*)::int as n from public.queue_jobs where job_type = 'brief.generate_batch'`;
  return queued?.n ?? 0;
}

interface EndToEnd {
  /** The due instant (every job's send_at), when the tick starts. */
  startedAt: number;
  /** From the due instant until the queue held no live brief job. */
  wallMs: number;
  accepted: AcceptedMessage[];
  workerPeakRss: number;
  workerPeakRssEach: number[];
  workerCpuSeconds: number;
  /** The whole PostgreSQL server's CPU, other databases' work included; and the bench database's backends'. */
  serverCpuSeconds: number;
  databaseCpuSeconds: number;
  benchCpuSeconds: number;
  stalled: boolean;
}

async function runEndToEnd(db: Db, admin: Db, database: string, sink: SmtpSink, workers: BenchWorker[], postmaster: number | null): Promise<EndToEnd> {
  const dueAt = nextMinute(DUE_LEAD_MS);
  await makeEveryoneDueAt(db, dueAt);
  process.stdout.write(`everyone is due at ${dueAt.toISOString()}; waiting for it\n`);
  await new Promise((resolve) => setTimeout(resolve, dueAt.getTime() - Date.now()));
  const rss = sampleRss(workers.map((worker) => worker.pid));
  const workerCpuBefore = workers.map((worker) => cpuSeconds(worker.pid) ?? 0);
  const serverCpuBefore = postmaster === null ? Number.NaN : serverCpuSeconds(postmaster);
  const databaseCpu = await databaseCpuMeter(admin.sql, database);
  const benchCpuBefore = process.cpuUsage();
  const startedAt = dueAt.getTime();
  const enqueued = await enqueueBriefTick(db, dueAt);
  process.stdout.write(`the tick enqueued ${enqueued} brief.generate_batch jobs by ${seconds(wallClockMs() - startedAt)} after the due time\n`);

  let lastChange = Date.now();
  let lastSeen = '';
  let lastPrinted = Date.now();
  let stalled = false;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const progress = await queueProgress(db.sql);
    await databaseCpu.sample();
    const seen = `${progress.generated}/${progress.delivered}/${progress.failed}/${sink.accepted.length}`;
    if (seen !== lastSeen) {
      lastSeen = seen;
      lastChange = Date.now();
    }
    if (Date.now() - lastPrinted >= PROGRESS_EVERY_MS) {
      lastPrinted = Date.now();
      process.stdout.write(
        `  ${seconds(wallClockMs() - startedAt)}: ${progress.generated} written, ${progress.delivered} delivered, ${sink.accepted.length} accepted, ${progress.failed} failed\n`,
      );
    }
    if (progress.live === 0 || interrupted) break;
    if (Date.now() - lastChange > STALL_MS) {
      stalled = true;
      process.stdout.write(`nothing moved for ${STALL_MS / 1000} s: stopped waiting\n`);
      break;
    }
  }
  const workerCpu = workers.reduce((sum, worker, i) => sum + ((cpuSeconds(worker.pid) ?? 0) - (workerCpuBefore[i] ?? 0)), 0);
  const serverCpu = postmaster === null ? Number.NaN : serverCpuSeconds(postmaster) - serverCpuBefore;
  const benchCpu = process.cpuUsage(benchCpuBefore);
  const peaks = rss.stop();
  return {
    startedAt,
    wallMs: wallClockMs() - startedAt,
    accepted: [...sink.accepted],
    workerPeakRss: peaks.peakTotal,
    workerPeakRssEach: workers.map((worker) => peaks.peakByPid.get(worker.pid) ?? 0),
    workerCpuSeconds: workerCpu,
    serverCpuSeconds: serverCpu,
    databaseCpuSeconds: databaseCpu.seconds(),
    benchCpuSeconds: (benchCpu.user + benchCpu.system) / 1e6,
    stalled,
  };
}

interface RawPeerResult {
  messages: number;
  accepted: number;
  synthetic: boolean;
  ms: number;
  bytes: number;
  failures: number;
  firstError: string | null;
  /** CPU seconds of the pass: the sending process, and this one (the sink). */
  senderCpuSeconds: number;
  sinkCpuSeconds: number;
}

/** The peer in a process of its own, sending to the same sink. */
async function runRawPeer(databaseUrl: string, sink: SmtpSink, durable = false): Promise<RawPeerResult> {
  sink.reset();
  const args: RawPeerArgs = { databaseUrl, sinkPort: sink.port, maxConnections: SMTP_POOL_CONNECTIONS, from: EMAIL_FROM, durable };
  const child = fork(fileURLToPath(new URL('./briefs-raw-peer.ts', import.meta.url)), [JSON.stringify(args)], { stdio: 'inherit' });
  const messages: RawPeerMessage[] = [];
  let wake: (() => void) | null = null;
  child.on('message', (message) => {
    messages.push(message as RawPeerMessage);
    wake?.();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const next = async (kind: RawPeerMessage['kind']): Promise<RawPeerMessage> => {
    for (;;) {
      const found = messages.find((message) => message.kind === kind);
      if (found) return found;
      const woken = new Promise<void>((resolve) => (wake = resolve));
      const code = await Promise.race([woken.then(() => undefined), exited]);
      if (code !== undefined) throw new Error(`the raw nodemailer peer exited (${code}) before "${kind}"`);
    }
  };
  const ready = await next('ready');
  if (ready.kind !== 'ready') throw new Error('unreachable');
  const sinkCpuBefore = process.cpuUsage();
  child.send('go');
  const done = await next('done');
  const sinkCpu = process.cpuUsage(sinkCpuBefore);
  await exited;
  if (done.kind !== 'done') throw new Error('unreachable');
  const accepted = sink.accepted;
  const last = Math.max(...accepted.map((message) => message.acceptedAt), done.finishedAt);
  return {
    messages: ready.messages,
    accepted: accepted.length,
    synthetic: ready.synthetic,
    ms: last - done.startedAt,
    bytes: average(accepted.map((message) => message.bytes)),
    failures: done.failures,
    firstError: done.firstError,
    senderCpuSeconds: done.cpuSeconds,
    sinkCpuSeconds: (sinkCpu.user + sinkCpu.system) / 1e6,
  };
}

function printWhereTimeGoes(run: EndToEnd): void {
  const wall = run.wallMs / 1000;
  const share = (cpu: number) => `${fixed(cpu, 1)} s (${fixed((cpu / wall) * 100, 0)} % of one CPU)`;
  process.stdout.write(
    `\nCPU over the end-to-end pass (${fixed(wall, 1)} s of wall time, ${cpus().length} CPUs): ` +
      `worker ${share(run.workerCpuSeconds)}, PostgreSQL for the bench's database ${share(run.databaseCpuSeconds)} ` +
      `(the whole server, other databases included: ${share(run.serverCpuSeconds)}), ` +
      `this process (sink, progress queries) ${share(run.benchCpuSeconds)}\n`,
  );
}

function printDbActivity(activity: ActivitySummary): void {
  const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)} %`;
  process.stdout.write(
    `\nPostgreSQL backends during the pass (${activity.samples} samples of pg_stat_activity, ${activity.averageActive.toFixed(1)} active on average):\n  by wait event:\n`,
  );
  for (const row of activity.byWait) process.stdout.write(`    ${percent(row.share)}  ${row.name}\n`);
  process.stdout.write('  by statement:\n');
  for (const row of activity.byStatement) process.stdout.write(`    ${percent(row.share)}  ${row.name}\n`);
}

async function printBreakdown(db: Db): Promise<void> {
  const jobs = await jobTimings(db.sql);
  if (jobs.length > 0) {
    process.stdout.write('per job: queue wait (run_at → claimed) and run time (claimed → finished), p50 / p99 ms\n');
    for (const job of jobs) {
      process.stdout.write(
        `  ${job.jobType.padEnd(15)} ${String(job.jobs).padStart(6)} jobs  wait ${job.waitP50.toFixed(0)} / ${job.waitP99.toFixed(0)}  ` +
          `run ${job.runP50.toFixed(1)} / ${job.runP99.toFixed(1)}${job.attemptsAbove1 > 0 ? `  (${job.attemptsAbove1} retried)` : ''}\n`,
      );
    }
  }
  const stages = await stageTimings(db.sql);
  if (stages.length > 0) {
    process.stdout.write('pipeline stages (daily_briefs.stages), average / p99 ms\n');
    for (const stage of stages) process.stdout.write(`  ${stage.stage.padEnd(15)} ${stage.avgMs.toFixed(2)} / ${stage.p99Ms.toFixed(2)}\n`);
  }
}

function printProfile(dir: string): void {
  const summary = summariseCpuProfiles(dir);
  if (summary.totalMs === 0) return;
  process.stdout.write(`\nworker CPU profile (${(summary.totalMs / 1000).toFixed(1)} s sampled, self time):\n  by area:\n`);
  for (const row of summary.byArea) process.stdout.write(`    ${(row.share * 100).toFixed(1).padStart(5)} %  ${row.name}\n`);
  process.stdout.write('  by function:\n');
  for (const row of summary.byFunction) process.stdout.write(`    ${(row.share * 100).toFixed(1).padStart(5)} %  ${row.name}\n`);
}

async function main(): Promise<number> {
  process.stdout.write(
    `Brief benchmark: ${USERS} people due at once, ${WORKERS} worker process${WORKERS === 1 ? '' : 'es'}` +
      `${CONCURRENCY ? ` at WORKER_CONCURRENCY=${CONCURRENCY}` : ' at its default WORKER_CONCURRENCY'}, ` +
      `offline provider, pooled SMTP (${SMTP_POOL_CONNECTIONS} connections a process) to a loopback sink; ${cpus().length} CPUs, Node ${process.version}` +
      `${ASYNC_COMMIT ? '; EXPERIMENT: synchronous_commit = off' : ''}; load average ${loadavg()[0]?.toFixed(1)}\n`,
  );
  buildWorker();
  const name = `ordo_bench_briefs_${randomBytes(4).toString('hex')}`;
  const admin = createDb({ url: ADMIN_URL, max: 1 });
  const postmaster = await findPostmaster(admin.sql);
  await admin.sql`create database ${admin.sql(name)}`;
  if (ASYNC_COMMIT) await admin.sql`alter database ${admin.sql(name)} set synchronous_commit = off`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const db = createDb({ url: databaseUrl, max: 4 });
  const dataDir = await mkdtemp(join(tmpdir(), 'ordo-bench-briefs-'));
  const profileDir = PROFILE ? join(dataDir, 'cpu-profiles') : undefined;
  const sink = await startSmtpSink();
  const workers: BenchWorker[] = [];
  try {
    await migrate(db.sql);
    const seeded = await seedBriefUsers(db, USERS);
    process.stdout.write(`seeded ${seeded.users} people, ${seeded.projects} projects, ${seeded.tasks} tasks in ${seeded.seconds.toFixed(1)} s\n`);

    const workerEnv: Record<string, string> = {
      ...BENCH_SECRETS,
      EMAIL_HOST: '127.0.0.1',
      EMAIL_PORT: String(sink.port),
      EMAIL_REQUIRE_TLS: 'false',
      EMAIL_FROM,
      PUBLIC_APP_URL: 'http://127.0.0.1:5173',
      ...(CONCURRENCY ? { WORKER_CONCURRENCY: String(CONCURRENCY) } : {}),
    };
    for (let i = 0; i < WORKERS; i++) {
      workers.push(await startBenchWorker({ databaseUrl, dataDir: join(dataDir, `worker-${i}`), env: workerEnv, cpuProfileDir: profileDir }));
    }

    const activity = PROFILE ? sampleDbActivity(admin.sql, name) : null;
    const run = await runEndToEnd(db, admin, name, sink, workers, postmaster);
    const activitySummary = await activity?.stop();
    if (interrupted) {
      process.stdout.write('interrupted: stopping the worker and dropping the database\n');
      return 130;
    }
    for (const worker of workers) await worker.stop();
    const problems = await verifyRun(db.sql, run.accepted);
    if (run.stalled) problems.unshift('the run stalled before every brief job finished');

    const latencies = run.accepted.map((message) => message.acceptedAt - run.startedAt).sort((a, b) => a - b);
    const lastAccepted = latencies.at(-1) ?? Number.NaN;
    const briefsPerSecond = run.accepted.length / (lastAccepted / 1000);

    process.stdout.write('\nmeasuring the peer: raw nodemailer, pooled alike, the same messages to the same sink…\n');
    const peer = await runRawPeer(databaseUrl, sink);
    const peerPerSecond = peer.accepted / (peer.ms / 1000);
    if (peer.synthetic) process.stdout.write('(no brief was written, so the peer sent messages of a typical brief size instead)\n');
    if (peer.failures > 0) process.stdout.write(`(the peer failed ${peer.failures} sends, e.g. ${peer.firstError})\n`);

    process.stdout.write('measuring the floor: the same sends, each with a row committed before it and marked sent after, nothing else…\n');
    const floor = await runRawPeer(databaseUrl, sink, true);
    const floorPerSecond = floor.accepted / (floor.ms / 1000);
    if (floor.failures > 0) process.stdout.write(`(the floor failed ${floor.failures} sends, e.g. ${floor.firstError})\n`);

    const ratio = briefsPerSecond / peerPerSecond;
    const rows: [string, string][] = [
      ['people (one daily brief each)', String(USERS)],
      ['messages accepted by the sink', String(run.accepted.length)],
      ['end to end (due time = tick → last accepted)', seconds(lastAccepted)],
      ['briefs/s end to end', fixed(briefsPerSecond, 0)],
      ['scheduled → accepted p50', seconds(percentile(latencies, 50))],
      ['scheduled → accepted p99', seconds(percentile(latencies, 99))],
      ['peak worker RSS', `${mib(run.workerPeakRss)}${workers.length > 1 ? ` (${run.workerPeakRssEach.map(mib).join(' + ')})` : ''}`],
      ['average message size (briefs / peer)', `${fixed(average(run.accepted.map((m) => m.bytes)) / 1024, 1)} / ${fixed(peer.bytes / 1024, 1)} KiB`],
      [
        'peer: raw nodemailer pooled sends/s',
        `${fixed(peerPerSecond, 0)} (${peer.accepted} in ${seconds(peer.ms)}; CPU: sender ${fixed(peer.senderCpuSeconds, 1)} s, sink ${fixed(peer.sinkCpuSeconds, 1)} s)`,
      ],
      [
        'floor: exactly-once sends/s (2 commits + send)',
        `${fixed(floorPerSecond, 0)} (${floor.accepted} in ${seconds(floor.ms)}; briefs/s ÷ floor ${fixed(briefsPerSecond / floorPerSecond, 2)}×)`,
      ],
      ['briefs/s ÷ raw send rate', `${fixed(ratio, 2)}× (target ≥ ${TARGET_RATIO}×: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    // This machine is shared: a load far above its CPU count makes every figure slower.
    rows.push(['load average (1 min) at the end', `${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs`]);
    process.stdout.write(`\n${rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')}\n`);
    printWhereTimeGoes(run);
    await printBreakdown(db);
    if (activitySummary) printDbActivity(activitySummary);
    if (profileDir) printProfile(profileDir);
    else if (!(ratio >= TARGET_RATIO)) process.stdout.write('(run with --profile for where the worker spends its CPU)\n');

    const warnings = workers.reduce((sum, worker) => sum + worker.problems.count, 0);
    if (warnings > 0) {
      process.stdout.write(`\nthe worker logged ${warnings} warnings or errors; the first:\n`);
      for (const line of workers.flatMap((worker) => worker.problems.first).slice(0, 5)) process.stdout.write(`  ${line}\n`);
    }
    if (problems.length > 0) {
      process.stdout.write(`\nCORRECTNESS: FAILED\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
      return 1;
    }
    process.stdout.write(`\nCORRECTNESS: ok (exactly one message per person, ${USERS} briefs ready, ${USERS} deliveries sent)\n`);
    return 0;
  } finally {
    await Promise.allSettled(workers.map((worker) => worker.stop()));
    await sink.close();
    await db.close();
    if (KEEP) process.stdout.write(`kept database ${name}\n`);
    else await admin.sql`drop database if exists ${admin.sql(name)} with (force)`;
    await admin.close();
    if (profileDir && PROFILE_DIR) await cp(profileDir, PROFILE_DIR, { recursive: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
