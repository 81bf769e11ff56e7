// `pnpm bench:web`: the built web app against the raw SQL it runs, in one process tree on the
// same PostgreSQL server. Seeds one heavy user (1,000 projects, 50,000 tasks) beside 100 ordinary
// users in a fresh database, then drives with autocannon (50 connections):
//   - GET /api/tasks?due_before=… (bearer token), and
//   - the dashboard's data load (GET /dashboard/__data.json, session cookie),
// and runs the same SQL for the same rows from 50 concurrent callers over a pool of the same
// size as the app's (owner role, no transaction, no RLS). Prints req/s, p50/p99 and the ratio of
// app latency to raw SQL latency (target: ≤ 2× at p50).
// A second peer bounds what any web server could do here: a bare node:http server in a process of
// its own (this file with --floor) answering the same page with the app's statement, pool size and
// JSON, and nothing else (no framework, authentication or checks), driven like the app. The
// ratio of app to that floor is the framework's share; the floor's to raw SQL is HTTP's.
// Options: --keep (keep the database), --seconds N (each measurement's length, default 10).
import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { withIsoTimestamps } from '../apps/web/src/lib/server/api/json-response.ts';
import { loadDashboard } from '../apps/web/src/lib/server/dashboard.ts';
import { readMissedBlocks } from '../apps/web/src/lib/server/scheduling/missed-blocks.ts';
import { encodeTaskCursor } from '../apps/web/src/lib/server/task-cursor.ts';
import { loadConfig } from '../packages/config/src/index.ts';
import { defaultSchedulingPreferences, TASK_PAGE_DEFAULT as PAGE, toTaskResource } from '../packages/shared-types/src/index.ts';
import { createDb, type Db, migrate, pipelinedRead, taskPage, withExtras } from '../packages/supabase-client/src/index.ts';
import { serveJsonFloor, startFloor } from './http-floor.ts';
import { ensureWebBuilt, startBenchWebApp } from './web-app.ts';
import { fileURLToPath } from 'node:url';

const BENCH_SECRETS = { SUPABASE_JWT_SECRET: randomBytes(32).toString('hex'), ENCRYPTION_KEY: randomBytes(32).toString('hex') };
// DATABASE_URL names the server (a fresh database is created on it); the local one otherwise.
const configured = loadConfig(process.env, { localSecrets: BENCH_SECRETS });
const ADMIN_URL = configured.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CONNECTIONS = 50;
const secondsAt = process.argv.indexOf('--seconds');
const DURATION_SECONDS = secondsAt >= 0 ? Number(process.argv[secondsAt + 1]) : 10;
const KEEP = process.argv.includes('--keep');
const POOL = 10;
const HEAVY_PROJECTS = 1_000;
const HEAVY_TASKS = 50_000;
const ORDINARY_USERS = 100;
const ORDINARY_PROJECTS = 5;
const ORDINARY_TASKS = 200;
const DEFAULT_DURATION_MINUTES = defaultSchedulingPreferences.default_duration_minutes;
const TODAY = new Date().toISOString().slice(0, 10);
const DUE_BEFORE = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

interface Figures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest();

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function summarise(name: string, latencies: number[], seconds: number, errors: number): Figures {
  const sorted = latencies.toSorted((a, b) => a - b);
  return { name, requestsPerSecond: latencies.length / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), errors };
}


async function seed(db: Db): Promise<{ heavyId: string; pat: string; session: string }> {
  const { sql } = db;
  const [heavy] = await sql<{ id: string }[]>`
    insert into public.users (email, name, timezone, onboarding_completed_at)
    values ('heavy@bench.test', 'Heavy', 'UTC', now()) returning id
  `;
  const heavyId = (heavy as { id: string }).id;
  await sql`
    insert into public.users (email, name, timezone, onboarding_completed_at)
    select 'user' || i || '@bench.test', 'User ' || i, 'UTC', now() from generate_series(1, ${ORDINARY_USERS}) i
  `;
  // Projects: the heavy user's 1,000 plus 5 per ordinary user.
  await sql`
    insert into public.projects (user_id, name, position)
    select ${heavyId}, 'Project ' || i, i from generate_series(1, ${HEAVY_PROJECTS}) i
  `;
  await sql`
    insert into public.projects (user_id, name, position)
    select u.id, 'Project ' || i, i from public.users u cross join generate_series(1, ${ORDINARY_PROJECTS}) i
    where u.id <> ${heavyId}
  `;
  // Tasks: spread over projects and the inbox, due dates from 120 days ago to 120 days ahead
  // (a fifth without one), a quarter done, one in a hundred scheduled at an hour within ten days of now (25 a day).
  const insertTasks = (userId: string, count: number) => sql`
    with projects as (
      select id, row_number() over (order by position) as n, count(*) over () as total
      from public.projects where user_id = ${userId}
    )
    insert into public.tasks (user_id, project_id, title, status, priority, due_date, start_at, position)
    select ${userId},
           case when i % 10 = 0 then null else (select id from projects where n = 1 + i % (select max(total) from projects)) end,
           'Task ' || i,
           case when i % 4 = 0 then 'done' when i % 7 = 0 then 'in_progress' else 'todo' end,
           (array['low', 'medium', 'high', null])[1 + i % 4],
           case when i % 5 = 0 then null else current_date + (i % 241 - 120) end,
           case when i % 100 = 3 then date_trunc('hour', now()) + make_interval(hours => i % 481 - 240) end,
           i
    from generate_series(1, ${count}) i
  `;
  await insertTasks(heavyId, HEAVY_TASKS);
  const ordinary = await sql<{ id: string }[]>`select id from public.users where id <> ${heavyId}`;
  for (const user of ordinary) await insertTasks(user.id, ORDINARY_TASKS);

  const pat = `ordo_pat_${randomBytes(32).toString('base64url')}`;
  const session = randomBytes(32).toString('base64url');
  await sql`
    insert into public.personal_access_tokens (user_id, name, token_prefix, token_hash)
    values (${heavyId}, 'bench', ${pat.slice(0, 13)}, ${sha256(pat)})
  `;
  await sql`
    insert into public.sessions (user_id, token_hash, expires_at, user_agent)
    values (${heavyId}, ${sha256(session)}, now() + interval '1 day', 'bench')
  `;
  await sql`analyze`;
  return { heavyId, pat, session };
}


async function driveHttp(name: string, url: string, headers: Record<string, string>): Promise<Figures> {
  // A short warm-up so JIT and pool connections are in place before measuring.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, headers }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    // Exact per-request times (the summary's histogram rounds to whole milliseconds).
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
      else errors += 1;
    });
  });
  return summarise(name, latencies, result.duration, errors + result.errors + result.timeouts);
}

async function driveSql(name: string, query: () => Promise<unknown>): Promise<Figures> {
  const run = async (seconds: number, latencies: number[]) => {
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < until) {
          const start = performance.now();
          await query();
          latencies.push(performance.now() - start);
        }
      }),
    );
  };
  await run(2, []);
  const latencies: number[] = [];
  const start = performance.now();
  await run(DURATION_SECONDS, latencies);
  return summarise(name, latencies, (performance.now() - start) / 1000, 0);
}

function printTable(rows: Figures[]): void {
  const line = (cells: string[]) => console.log(cells.map((cell, i) => (i === 0 ? cell.padEnd(46) : cell.padStart(10))).join(' '));
  line(['', 'req/s', 'p50 ms', 'p99 ms', 'errors']);
  for (const row of rows) {
    line([row.name, row.requestsPerSecond.toFixed(0), row.p50.toFixed(2), row.p99.toFixed(2), String(row.errors)]);
  }
}

/**
 * The floor's process: GET anything answers the heavy user's page of tasks due before DUE_BEFORE,
 * as listTasks and the route do: the page, then each task's labels and progress as the user.
 */
function serveFloor(databaseUrl: string, userId: string): void {
  const db = createDb({ url: databaseUrl, max: POOL });
  serveJsonFloor(async () => {
    const rows = await taskPage(db.sql, userId, { projectId: null, inbox: false, statuses: null, dueBefore: DUE_BEFORE, dueAfter: null, after: null, limit: PAGE + 1 });
    const page = rows.slice(0, PAGE);
    const last = page.at(-1);
    const nextCursor = rows.length > PAGE && last ? encodeTaskCursor({ position: last.position, id: last.id }) : null;
    const tasks = page.length === 0 ? [] : await db.asUser(userId, (tx) => withExtras(tx, page));
    return { tasks: tasks.map((task) => withIsoTimestamps(toTaskResource(task))), next_cursor: nextCursor };
  });
}

async function main(): Promise<void> {
  ensureWebBuilt();
  const name = `ordo_bench_web_${randomBytes(4).toString('hex')}`;
  const admin = createDb({ url: ADMIN_URL, max: 1 });
  await admin.sql`create database ${admin.sql(name)}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const db = createDb({ url: url.toString(), max: POOL });
  const dataDir = await mkdtemp(join(tmpdir(), 'ordo-bench-web-'));
  let web: ChildProcess | undefined;
  let floor: ChildProcess | undefined;
  try {
    await migrate(db.sql);
    const seedStart = performance.now();
    const { heavyId, pat, session } = await seed(db);
    console.log(
      `seeded 1 heavy user (${HEAVY_PROJECTS} projects, ${HEAVY_TASKS} tasks) and ${ORDINARY_USERS} ordinary users ` +
        `(${ORDINARY_PROJECTS} projects, ${ORDINARY_TASKS} tasks each) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    const started = await startBenchWebApp({ databaseUrl: url.toString(), dataDir, poolMax: POOL });
    web = started.child;

    const tasksPath = `/api/tasks?due_before=${DUE_BEFORE}`;
    const apiCheck = (await (await fetch(`${started.origin}${tasksPath}`, { headers: { authorization: `Bearer ${pat}` } })).json()) as {
      tasks: unknown[];
    };
    const sqlTasks = () =>
      db.sql`
        select * from public.tasks
        where user_id = ${heavyId} and deleted_at is null and due_date < ${DUE_BEFORE}
        order by position, id limit 51
      `;
    const sqlRows = await sqlTasks();
    if (apiCheck.tasks.length !== 50 || sqlRows.length !== 51) throw new Error('app and SQL do not return the same page');

    // The raw peer of the dashboard load: the dashboard's own queries, on the owner pool in one
    // transaction sent with its COMMIT as the app's is, without the role switch and claims.
    const ownerDb: Db = {
      ...db,
      asUser: (_userId, fn) => db.sql.begin(fn) as ReturnType<typeof fn>,
      readAsUser: (_userId, queries) => pipelinedRead(db.sql, queries),
    };
    const dashboardUser = { id: heavyId, timezone: 'UTC' };

    const results: Figures[] = [];
    results.push(await driveHttp(`app  GET ${tasksPath.replace(DUE_BEFORE, '+14d')}`, `${started.origin}${tasksPath}`, {
      authorization: `Bearer ${pat}`,
    }));
    const bare = await startFloor(fileURLToPath(import.meta.url), ['--floor', url.toString(), heavyId]);
    floor = bare.child;
    const floorCheck = (await (await fetch(bare.origin)).json()) as { tasks: unknown[] };
    if (JSON.stringify(floorCheck.tasks) !== JSON.stringify(apiCheck.tasks)) throw new Error('the floor server and the app do not return the same page');
    results.push(await driveHttp('floor: bare node:http, same statement and JSON', bare.origin, {}));
    floor.kill('SIGTERM');
    results.push(await driveSql('SQL  same page of tasks (owner, no RLS)', sqlTasks));
    // The same page through RLS, two ways: readAsUser (a transaction: role, claims, query and
    // COMMIT pipelined after BEGIN), and the app's path, listTasks' call of as_user.tasks_page
    // (one statement that switches role and claims for its own duration).
    results.push(await driveSql('SQL  same page through readAsUser (RLS)', () => db.readAsUser(heavyId, (tx) => [tx`
      select * from public.tasks
      where user_id = ${heavyId} and deleted_at is null and due_date < ${DUE_BEFORE}
      order by position, id limit 51
    `] as const)));
    results.push(await driveSql('SQL  same page, as_user.tasks_page (RLS)', () => db.sql`
      select * from as_user.tasks_page(${heavyId}, ${null}, ${false}, ${null}, ${DUE_BEFORE}, ${null}, ${null}, ${null}, ${null}, ${51})
    `));
    results.push(await driveHttp('app  GET /dashboard/__data.json', `${started.origin}/dashboard/__data.json`, {
      cookie: `ordo_session=${session}`,
    }));
    // The page's load: the dashboard and the count of missed blocks beside it.
    const dashboardQueries = (on: Db) => Promise.all([
      loadDashboard(on, dashboardUser),
      on.asUser(heavyId, (tx) => readMissedBlocks(tx, new Date(), DEFAULT_DURATION_MINUTES)),
    ]);
    results.push(await driveSql('SQL  dashboard queries (owner, no RLS)', () => dashboardQueries(ownerDb)));
    results.push(await driveSql('SQL  dashboard queries through readAsUser (RLS)', () => dashboardQueries(db)));

    console.log(
      `\n${cpus().length} CPUs, ${CONNECTIONS} connections, ${DURATION_SECONDS} s each, pools of ${POOL}; today ${TODAY}\n`,
    );
    printTable(results);
    const [appTasks, floorTasks, sqlTasksFigures, , , appDashboard, sqlDashboard] = results as [Figures, Figures, Figures, Figures, Figures, Figures, Figures];
    console.log(
      `\napp / raw SQL at p50: tasks ${(appTasks.p50 / sqlTasksFigures.p50).toFixed(2)}×, ` +
        `dashboard ${(appDashboard.p50 / sqlDashboard.p50).toFixed(2)}× (target ≤ 2×)`,
    );
    console.log(
      `tasks at p50: floor / raw SQL ${(floorTasks.p50 / sqlTasksFigures.p50).toFixed(2)}× (HTTP's share), ` +
        `app / floor ${(appTasks.p50 / floorTasks.p50).toFixed(2)}× (the framework's)`,
    );
    console.log(
      `app / raw SQL at p99: tasks ${(appTasks.p99 / sqlTasksFigures.p99).toFixed(2)}×, ` +
        `dashboard ${(appDashboard.p99 / sqlDashboard.p99).toFixed(2)}×`,
    );
  } finally {
    if (floor && floor.exitCode === null) floor.kill('SIGTERM');
    if (web && web.exitCode === null) {
      const exited = new Promise((resolve) => web?.once('exit', resolve));
      web.kill('SIGTERM');
      await exited;
    }
    await db.close();
    if (KEEP) console.log(`kept database ${name}`);
    else await admin.sql`drop database if exists ${admin.sql(name)} with (force)`;
    await admin.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const floorAt = process.argv.indexOf('--floor');
if (floorAt >= 0) serveFloor(process.argv[floorAt + 1] as string, process.argv[floorAt + 2] as string);
else await main();
