// `pnpm bench:tasks`: search, saved filters and quick add on a big table. Seeds 1,000,000 tasks of which
// 100,000 are one person's (tasks-seed.ts) in a fresh database, starts the built web app, and for
// each measured call prints p50/p99 of, in the same run:
//   - raw SQL: the call's statement on the owner's pool (no role switch, no RLS; for search, the
//     statement with task_search_matches written out, since that function answers the claims; for
//     quick add, its reads with the person written out where RLS names them, and the same inserts);
//   - SQL as the app runs it: the same statement through readAsUser (role, claims, RLS);
//   - app: the call end to end through the web server (bearer token);
//   - floor: a bare node:http server (http-floor.ts, as bench:web's) running the app's statements
//     and writing its JSON, nothing else;
// one caller at a time (a person typing; the app and the floor in alternating 1 s slices), then
// app / floor ratios against the targets (search p99 ≤ 50 ms; the web path ≤ 1.5× the floor).
// The calls: search as you type (two phrases typed from their second letter, every prefix a
// request of GET /api/tasks?q=), the seeded saved filters (GET /api/filters/:id/tasks), and quick
// add (POST /api/tasks/quick-add of a few texts, each a new task: the table grows by the calls one
// run makes, a few thousand rows). A new call is one more entry in measuredCalls(): its app
// requests, its raw and RLS statements, and how the floor answers it.
//
// Options: --keep (keep the database).
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { parseQuickAdd } from '../packages/ai-pipeline/src/offline/quick-add/index.ts';
import { withIsoTimestamps } from '../apps/web/src/lib/server/api/json-response.ts';
import { writeQuickAdd } from '../apps/web/src/lib/server/quick-add-write.ts';
import { encodeTaskCursor } from '../apps/web/src/lib/server/task-cursor.ts';
import { setTaskLabels } from '../apps/web/src/lib/server/task-labels.ts';
import { loadConfig } from '../packages/config/src/index.ts';
import {
  calendarDay,
  parseTaskFilter,
  type QuickAddRequest,
  quickAddRequestSchema,
  type Task,
  TASK_PAGE_DEFAULT as PAGE,
  taskInputSchema,
  toTaskResource,
} from '../packages/shared-types/src/index.ts';
import {
  createDb,
  type Db,
  filteredTaskPage,
  migrate,
  oneWithExtras,
  pipelinedRead,
  searchTaskPage,
  startSeries,
  taskSearchQuery,
  userTimeZone,
  withExtras,
} from '../packages/supabase-client/src/index.ts';
import { type FloorRequest, serveJsonFloor, startFloor } from './http-floor.ts';
import { HEAVY_TASKS, LABELS, PROJECTS, SAVED_FILTERS, seedTasks, TOTAL_TASKS } from './tasks-seed.ts';
import { ensureWebBuilt, startBenchWebApp } from './web-app.ts';

const BENCH_SECRETS = { SUPABASE_JWT_SECRET: randomBytes(32).toString('hex'), ENCRYPTION_KEY: randomBytes(32).toString('hex') };
// DATABASE_URL names the server (a fresh database is created on it); the local one otherwise.
const configured = loadConfig(process.env, { localSecrets: BENCH_SECRETS });
const ADMIN_URL = configured.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const POOL = 10;
const WARMUP_SECONDS = 1;
const SECONDS = 6;
// The app and the floor: 10 slices of 1 s each, alternated (timeHttpAlternately).
const HTTP_SLICES = 10;
const HTTP_SLICE_SECONDS = 1;
const TIME_ZONE = 'Europe/Paris';
// Typed letter by letter; the app's search box asks from the second letter on.
const PHRASES = ['kitchen sink', 'invoice for the client'];
const SEARCH_FROM = 2;
// Typed into quick add, in turn: one with every part the grammar reads, and plainer ones; the
// #Projects and @labels are the person's own (tasks-seed.ts).
const QUICK_ADD_TEXTS = [
  `Call mum tomorrow 6pm for 30m p1 #${PROJECTS[2]} @${LABELS[0]} every sunday deadline dec 24`,
  'Buy bread',
  `Pay the plumber friday p2 #${PROJECTS[0]} @${LABELS[1]}`,
  `Renew passport next month #${PROJECTS[7]} deadline in 3 weeks`,
];
const TARGET_SEARCH_P99_MS = 50;
const TARGET_WEB_RATIO = 1.5;
const KEEP = process.argv.includes('--keep');

interface AppRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

/** What the calls run against: pools, and the person. */
interface BenchContext {
  /** The app's way in: asUser/readAsUser switch role and claims (RLS). */
  db: Db;
  /** The same reads on the owner's pool, without the role switch (no RLS). */
  owner: Pick<Db, 'readAsUser'>;
  userId: string;
  filters: { id: string; query: string }[];
}

interface MeasuredCall {
  name: string;
  /** The app requests of one round, in order. */
  requests: AppRequest[];
  /** The statement of request i as the owner, and as the app runs it. */
  raw(i: number): Promise<unknown>;
  rls(i: number): Promise<unknown>;
  /** The floor's answer to a request of this call, or undefined when the request is another call's. */
  floor(request: FloorRequest): Promise<unknown> | undefined;
  /** What of an answer the app and the floor must agree on (all of it unless said: a write makes new ids). */
  comparable?(answer: unknown): unknown;
}

const prefixesOf = (phrase: string, from: number) => Array.from({ length: phrase.length - from + 1 }, (_, i) => phrase.slice(0, from + i)).filter((text) => !text.endsWith(' '));
const searchTexts = PHRASES.flatMap((phrase) => prefixesOf(phrase, SEARCH_FROM));
const today = () => calendarDay(new Date(), TIME_ZONE);

function searchQuery(text: string) {
  return { text, projectId: null, inbox: false, statuses: null, dueBefore: null, dueAfter: null, after: null, limit: PAGE + 1 };
}

function filterQuery(query: string) {
  const parsed = parseTaskFilter(query);
  if (!parsed.ok) throw new Error(`${query}: ${parsed.error.message}`);
  return { filter: parsed.filter, today: today(), after: null, limit: PAGE + 1 };
}

/** The JSON the app answers for a page of tasks (listTasks and filterTasks, then the route). */
async function pageJson(ctx: BenchContext, rows: Task[], cursorOf: (last: Task) => string) {
  const page = rows.slice(0, PAGE);
  const last = page.at(-1);
  const tasks = page.length === 0 ? [] : await ctx.db.asUser(ctx.userId, (tx) => withExtras(tx, page));
  return { tasks: tasks.map((task) => withIsoTimestamps(toTaskResource(task))), next_cursor: rows.length > PAGE && last ? cursorOf(last) : null };
}

/**
 * searchTaskPage's statement as the owner: task_search_matches (which answers the caller, by its
 * claims) written out, reading the table directly.
 */
function rawSearch(ctx: BenchContext, text: string) {
  return ctx.db.sql`
    select t.*, m.rank as search_rank
    from (
      select s.task_id, ts_rank(s.document, q.query) as rank
      from public.task_search s, to_tsquery('simple', ${taskSearchQuery(text)}) as q(query)
      where s.user_id = ${ctx.userId}
        and public.task_search_owned_document(s.user_id, s.document) @@ public.task_search_owned_query(${ctx.userId}, q.query)
      order by rank desc, s.task_id
    ) m
    cross join lateral (select * from public.tasks t where t.id = m.task_id and t.user_id = ${ctx.userId} and t.deleted_at is null offset 0) t
    order by m.rank desc, m.task_id
    limit ${PAGE + 1}`;
}

/**
 * writeQuickAdd as the owner: the reads RLS scopes to the person with the person written out, the
 * same grammar, then the same inserts (the helpers insertTask runs, each naming the person).
 */
function rawQuickAdd(ctx: BenchContext, request: QuickAddRequest) {
  const now = new Date();
  return ctx.db.sql.begin(async (tx) => {
    const [timezone, projects, labels] = await Promise.all([
      userTimeZone(tx, ctx.userId),
      tx<{ id: string; name: string }[]>`
        select id, name from public.projects where user_id = ${ctx.userId} and deleted_at is null order by archived_at nulls first, position, id`,
      tx<{ name: string }[]>`select name from public.labels where user_id = ${ctx.userId}`,
    ]);
    const reading = parseQuickAdd(request.text, { now, timezone, projects: projects.map((p) => p.name), labels: labels.map((l) => l.name) });
    const named = reading.project?.name.toLowerCase();
    const projectId = named === undefined ? null : (projects.find((p) => p.name.toLowerCase() === named)?.id ?? null);
    const { recurrence, labels: labelNames, ...fields } = taskInputSchema.parse({
      title: reading.title,
      project_id: projectId,
      priority: reading.priority,
      due_date: reading.due_date,
      start_at: reading.start_at,
      duration_minutes: reading.duration_minutes,
      deadline: reading.deadline,
      recurrence: reading.recurrence,
      labels: reading.labels.map((label) => label.name),
    });
    if (projectId) await tx`select 1 from public.projects where id = ${projectId} and user_id = ${ctx.userId} and deleted_at is null`;
    const [next] = await tx<{ next: number }[]>`
      select coalesce(max(position), 0) + 1 as next from public.tasks where user_id = ${ctx.userId} and deleted_at is null`;
    const [task] = await tx<Task[]>`insert into public.tasks ${tx({ ...withoutUndefined(fields), position: next?.next ?? 1, user_id: ctx.userId })} returning *`;
    if (!task) throw new Error('task insert returned no row');
    if (labelNames) await setTaskLabels(tx, ctx.userId, task.id, labelNames);
    return oneWithExtras(tx, recurrence ? await startSeries(tx, ctx.userId, task, recurrence, now) : task);
  });
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

// What a new task's answer shares with another's made from the same text: not its ids, place or times.
const NEW_ROW_FIELDS = new Set(['id', 'position', 'created_at', 'updated_at', 'recurrence_series_id']);

function measuredCalls(ctx: BenchContext): MeasuredCall[] {
  const textAt = (i: number) => searchTexts[i % searchTexts.length] as string;
  return [
    {
      name: `search as you type (${searchTexts.length} prefixes of ${PHRASES.map((p) => `“${p}”`).join(', ')})`,
      requests: searchTexts.map((text) => ({ method: 'GET', path: `/api/tasks?q=${encodeURIComponent(text)}` })),
      raw: (i) => rawSearch(ctx, textAt(i)),
      rls: (i) => searchTaskPage(ctx.db, ctx.userId, searchQuery(textAt(i))),
      floor: (request) => {
        const text = request.url.pathname === '/api/tasks' ? request.url.searchParams.get('q') : null;
        if (text === null) return undefined;
        return searchTaskPage(ctx.db, ctx.userId, searchQuery(text)).then((ranked) => {
          const rank = new Map(ranked.map((row) => [row.task.id, row.rank]));
          return pageJson(
            ctx,
            ranked.map((row) => row.task),
            (last) => encodeTaskCursor({ position: last.position, id: last.id, rank: rank.get(last.id) as number }),
          );
        });
      },
    },
    ...ctx.filters.map(({ id, query }): MeasuredCall => {
      const run = (db: Pick<Db, 'readAsUser'>) => () => filteredTaskPage(db, ctx.userId, filterQuery(query));
      return {
        name: `saved filter “${query}”`,
        requests: [{ method: 'GET', path: `/api/filters/${id}/tasks` }],
        raw: run(ctx.owner),
        rls: run(ctx.db),
        floor: (request) => {
          if (request.url.pathname !== `/api/filters/${id}/tasks`) return undefined;
          // The app reads the saved filter first, then its tasks.
          return ctx.db
            .readAsUser(ctx.userId, (tx) => [tx<{ query: string }[]>`select query from public.saved_filters where id = ${id}`] as const)
            .then(([[saved]]) => filteredTaskPage(ctx.db, ctx.userId, filterQuery(saved?.query ?? query)))
            .then((rows) => pageJson(ctx, rows, (last) => encodeTaskCursor({ position: last.position, id: last.id })));
        },
      };
    }),
    (() => {
      const requestAt = (i: number): QuickAddRequest => ({ text: QUICK_ADD_TEXTS[i % QUICK_ADD_TEXTS.length] as string });
      return {
        name: `quick add (${QUICK_ADD_TEXTS.length} texts, each a new task)`,
        requests: QUICK_ADD_TEXTS.map((_, i) => ({ method: 'POST', path: '/api/tasks/quick-add', body: requestAt(i) })),
        raw: (i) => rawQuickAdd(ctx, requestAt(i)),
        rls: (i) => ctx.db.asUser(ctx.userId, (tx) => writeQuickAdd(tx, ctx.userId, requestAt(i), new Date())),
        floor: (request) => {
          if (request.url.pathname !== '/api/tasks/quick-add') return undefined;
          const body = quickAddRequestSchema.parse(JSON.parse(request.body));
          return ctx.db
            .asUser(ctx.userId, (tx) => writeQuickAdd(tx, ctx.userId, body, new Date()))
            .then(({ task, spans }) => ({ task: withIsoTimestamps(toTaskResource(task)), spans }));
        },
        comparable: (answer) => {
          const { task, spans } = answer as { task: Record<string, unknown>; spans: unknown };
          return { task: Object.fromEntries(Object.entries(task).filter(([key]) => !NEW_ROW_FIELDS.has(key))), spans };
        },
      } satisfies MeasuredCall;
    })(),
  ];
}

interface Figures {
  p50: number;
  p99: number;
  count: number;
}

function figures(latencies: number[]): Figures {
  const sorted = latencies.toSorted((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
  return { p50: at(50), p99: at(99), count: sorted.length };
}

/** One caller calling `call(i)` for i = 0, 1, 2, … back to back for `seconds`, after a warm-up. */
async function timeSequentially(call: (i: number) => Promise<unknown>): Promise<Figures> {
  const run = async (seconds: number, latencies: number[]) => {
    const until = performance.now() + seconds * 1000;
    for (let i = 0; performance.now() < until; i++) {
      const start = performance.now();
      await call(i);
      latencies.push(performance.now() - start);
    }
  };
  await run(WARMUP_SECONDS, []);
  const latencies: number[] = [];
  await run(SECONDS, latencies);
  return figures(latencies);
}

/** One connection sending the requests in turn, again and again, for `seconds`; each response's exact time (the summary's histogram rounds to whole milliseconds). */
async function sendFor(origin: string, requests: AppRequest[], headers: Record<string, string>, seconds: number, latencies: number[]): Promise<void> {
  const options = {
    url: origin,
    connections: 1,
    duration: seconds,
    requests: requests.map((request) => ({
      method: request.method,
      path: request.path,
      headers: request.body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    })),
  };
  let failed = 0;
  await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode < 300) latencies.push(responseTime);
      else failed += 1;
    });
  });
  if (failed > 0) throw new Error(`${failed} requests to ${origin} failed`);
}

/**
 * The app and the floor timed in alternating slices (app, floor, floor, app, …) after a warm-up
 * each, so that whatever else the machine does in those seconds falls on both alike: one window
 * each made the p99 ratio hang on which of them a stray slow second landed in.
 */
async function timeHttpAlternately(origins: [string, string], requests: AppRequest[], headers: Record<string, string>): Promise<[Figures, Figures]> {
  const latencies: [number[], number[]] = [[], []];
  for (const origin of origins) await sendFor(origin, requests, headers, WARMUP_SECONDS, []);
  for (let slice = 0; slice < HTTP_SLICES; slice++) {
    const order = slice % 2 === 0 ? [0, 1] : [1, 0];
    for (const which of order) await sendFor(origins[which] as string, requests, headers, HTTP_SLICE_SECONDS, latencies[which] as number[]);
  }
  return [figures(latencies[0]), figures(latencies[1])];
}

function contextFor(databaseUrl: string, userId: string, filters: BenchContext['filters']): BenchContext {
  const db = createDb({ url: databaseUrl, max: POOL });
  return { db, owner: { readAsUser: (_userId, queries) => pipelinedRead(db.sql, queries) }, userId, filters };
}

/** The floor's process: each request is answered by the call it belongs to. */
function serveFloor(databaseUrl: string, userId: string, filters: string): void {
  const calls = measuredCalls(contextFor(databaseUrl, userId, JSON.parse(filters) as BenchContext['filters']));
  serveJsonFloor(async (request) => {
    for (const call of calls) {
      const answer = call.floor(request);
      if (answer) return answer;
    }
    throw new Error(`the floor has no answer for ${request.method} ${request.url.pathname}`);
  });
}

const ms = (value: number) => value.toFixed(2).padStart(8);
const ratio = (value: number) => `${value.toFixed(2)}×`;

async function main(): Promise<void> {
  ensureWebBuilt();
  const name = `ordo_bench_tasks_${randomBytes(4).toString('hex')}`;
  const admin = createDb({ url: ADMIN_URL, max: 1 });
  await admin.sql`create database ${admin.sql(name)}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const dataDir = await mkdtemp(join(tmpdir(), 'ordo-bench-tasks-'));
  const setup = createDb({ url: databaseUrl, max: 2 });
  let ctx: BenchContext | undefined;
  let web: ChildProcess | undefined;
  let floor: ChildProcess | undefined;
  try {
    await migrate(setup.sql);
    const seedStart = performance.now();
    const seeded = await seedTasks(setup);
    console.log(`seeded ${TOTAL_TASKS.toLocaleString('en')} tasks (${HEAVY_TASKS.toLocaleString('en')} of one person) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    const filters = seeded.filterIds.map((id, i) => ({ id, query: (SAVED_FILTERS[i] as { query: string }).query }));
    ctx = contextFor(databaseUrl, seeded.heavyId, filters);
    const started = await startBenchWebApp({ databaseUrl, dataDir, poolMax: POOL });
    web = started.child;
    const bare = await startFloor(fileURLToPath(import.meta.url), ['--floor', databaseUrl, seeded.heavyId, JSON.stringify(filters)]);
    floor = bare.child;
    const auth = { authorization: `Bearer ${seeded.pat}` };

    const matches = await setup.sql<{ text: string; count: number }[]>`
      select t.text, (
        select count(*)::int from public.task_search s
        where s.user_id = ${seeded.heavyId}
          and public.task_search_owned_document(s.user_id, s.document) @@ public.task_search_owned_query(${seeded.heavyId}, to_tsquery('simple', t.query))
      ) as count
      from unnest(${setup.sql.array(['k', ...searchTexts])}::text[], ${setup.sql.array(['k', ...searchTexts].map((text) => taskSearchQuery(text) as string))}::text[]) as t(text, query)`;
    console.log(`the person's tasks matching each prefix: ${matches.map((m) => `${m.text} ${m.count}`).join(', ')}`);

    const calls = measuredCalls(ctx);
    const rows: { name: string; raw: Figures; rls: Figures; app: Figures; floor: Figures }[] = [];
    for (const call of calls) {
      // The app and the floor answer alike, or the comparison means nothing.
      for (const request of call.requests.slice(0, 3)) {
        const init = request.body === undefined ? { headers: auth } : { headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(request.body) };
        const [fromApp, fromFloor] = await Promise.all(
          [started.origin, bare.origin].map(async (origin) => {
            const response = await fetch(`${origin}${request.path}`, { method: request.method, ...init });
            const text = await response.text();
            if (!response.ok) throw new Error(`${origin} answers ${request.method} ${request.path} with ${response.status}: ${text}`);
            return call.comparable ? JSON.stringify(call.comparable(JSON.parse(text))) : text;
          }),
        );
        if (fromApp !== fromFloor) throw new Error(`the app and the floor answer ${request.method} ${request.path} differently:\n  app:   ${fromApp}\n  floor: ${fromFloor}`);
      }
      const raw = await timeSequentially(call.raw);
      const rls = await timeSequentially(call.rls);
      const [app, floorFigures] = await timeHttpAlternately([started.origin, bare.origin], call.requests, auth);
      rows.push({ name: call.name, raw, rls, app, floor: floorFigures });
    }
    const single = await timeSequentially(() => searchTaskPage(ctx?.db as Db, seeded.heavyId, searchQuery('k')));

    console.log(`\n${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(2)} at the end; one caller at a time, SQL ${SECONDS} s each, app and floor ${HTTP_SLICES} alternated slices of ${HTTP_SLICE_SECONDS} s each, pools of ${POOL}; ms\n`);
    for (const row of rows) {
      console.log(row.name);
      console.log(`  ${''.padEnd(44)}${'p50'.padStart(8)}${'p99'.padStart(8)}${'calls'.padStart(8)}`);
      const line = (label: string, f: Figures) => console.log(`  ${label.padEnd(44)}${ms(f.p50)}${ms(f.p99)}${String(f.count).padStart(8)}`);
      line('raw SQL (owner, no RLS)', row.raw);
      line('SQL as the app runs it (readAsUser, RLS)', row.rls);
      line('app (HTTP, bearer token)', row.app);
      line('floor (bare node:http, same statements, JSON)', row.floor);
      console.log(
        `  app / floor: p50 ${ratio(row.app.p50 / row.floor.p50)}, p99 ${ratio(row.app.p99 / row.floor.p99)} (target ≤ ${TARGET_WEB_RATIO}×: ${row.app.p99 / row.floor.p99 <= TARGET_WEB_RATIO ? 'met' : 'NOT met'}); ` +
          `app / raw SQL: p50 ${ratio(row.app.p50 / row.raw.p50)}`,
      );
    }
    const search = rows[0] as (typeof rows)[number];
    console.log(
      `\nsearch p99: SQL ${search.rls.p99.toFixed(1)} ms, app ${search.app.p99.toFixed(1)} ms (target ≤ ${TARGET_SEARCH_P99_MS} ms: ${search.app.p99 <= TARGET_SEARCH_P99_MS ? 'met' : 'NOT met'})`,
    );
    console.log(`a single letter (“k”, which the search box does not send): SQL p50 ${single.p50.toFixed(1)} ms, p99 ${single.p99.toFixed(1)} ms`);
  } finally {
    if (floor && floor.exitCode === null) floor.kill('SIGTERM');
    if (web && web.exitCode === null) {
      const exited = new Promise((resolve) => web?.once('exit', resolve));
      web.kill('SIGTERM');
      await exited;
    }
    await ctx?.db.close();
    await setup.close();
    if (KEEP) console.log(`kept database ${name}`);
    else await admin.sql`drop database if exists ${admin.sql(name)} with (force)`;
    await admin.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const floorAt = process.argv.indexOf('--floor');
if (floorAt >= 0) serveFloor(process.argv[floorAt + 1] as string, process.argv[floorAt + 2] as string, process.argv[floorAt + 3] as string);
else await main();
