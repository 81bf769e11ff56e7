// `pnpm bench:calendar`: a big Google calendar. A loopback Google (the test fake, in this process)
// serves one calendar of 10,000 event instances in the sync window (BENCH_EVENTS to change): timed
// events, all-day events, and instances of daily recurring series. Measures, in the same run:
//   (a) the peer: the raw googleapis client paging events.list over the window with the same
//       parameters Ordo uses (singleEvents, 2,500 a page), nothing else;
//   (b) Ordo's first full calendar.sync through the real job path (enqueued, claimed and run by
//       the queue runtime with the real handler) into an empty copy in PostgreSQL: the job's run
//       time, events/s, and the ratio to the peer (target ≥ 0.5×); then a full resync over the
//       up-to-date copy. Both sides are measured warm, as the peer always was: before it, Ordo
//       syncs another calendar of the same size once (on a second fake), printed as the cold
//       figure (the first sync in a fresh worker process), and runs one do-nothing job through the
//       queue (so the measured job is not the runtime's first);
//   (c) after one event changes in Google, the incremental calendar.sync: its run time and the
//       Calendar API calls it made (target: one list call).
// Then checks the run: every instance stored, the change stored; exits 1 if not.
//
// Options: --keep (keep the database); --profile DIR (a CPU profile of this process's main thread
// during the measured first full sync, written to DIR and summarised, with the CPU time of the
// database's backends meanwhile; the profiler slows the sync, so such a run's figures are not
// ones to report).
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { createLogger, type Logger, loadConfig } from '../packages/config/src/index.ts';
import { calendarApi, createOAuthClient, type GoogleConfig } from '../packages/google/src/index.ts';
import { type GoogleFake, startGoogleFake } from '../packages/google/src/testing/index.ts';
import { calendarSyncDedupKey } from '../packages/shared-types/src/index.ts';
import { createDb, type Db, enqueue, findJob, migrate, type QueueJob } from '../packages/supabase-client/src/index.ts';
import { EVENTS_PAGE_SIZE } from '../apps/worker/src/calendar/list-events.ts';
import { syncCalendar } from '../apps/worker/src/calendar/sync-calendar.ts';
import { syncWindow } from '../apps/worker/src/calendar/sync-window.ts';
import { closeJobDeps, createJobDeps } from '../apps/worker/src/job-deps.ts';
import { calendarSync } from '../apps/worker/src/jobs/calendar.sync.ts';
import { systemSleep } from '../apps/worker/src/jobs/system.sleep.ts';
import { createRegistry } from '../apps/worker/src/queue/registry.ts';
import { startQueueRuntime } from '../apps/worker/src/queue/runtime.ts';
import { queueSettings } from '../apps/worker/src/queue/settings.ts';
import { fakeGoogleDeps, fakeGoogleEnv, seedGoogleCalendar } from '../apps/worker/src/testing/google-calendar.ts';
import { AUTO_SCHEDULE_TARGET_MS, benchAutoSchedule } from './calendar-schedule.ts';
import { summariseCpuProfiles } from './cpu-profile-summary.ts';
import { databaseCpuMeter } from './database-cpu.ts';
import { profileMainThread } from './main-thread-profile.ts';

const BENCH_SECRETS = { SUPABASE_JWT_SECRET: randomBytes(32).toString('hex'), ENCRYPTION_KEY: randomBytes(32).toString('hex') };
// DATABASE_URL names the server (a fresh database is created on it); the local one otherwise.
const configured = loadConfig(process.env, { localSecrets: BENCH_SECRETS });
const ADMIN_URL = configured.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// biome-ignore lint/suspicious/noUndeclaredEnvVars: a knob of this script, which turbo never runs.
const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const KEEP = process.argv.includes('--keep');
const profileAt = process.argv.indexOf('--profile');
const PROFILE_DIR = profileAt === -1 ? undefined : process.argv[profileAt + 1];
if (profileAt !== -1 && !PROFILE_DIR) throw new Error('--profile needs a directory');
const TARGET_RATIO = 0.5;
const DAY_MS = 86_400_000;
// Daily series of this many instances each make up a tenth of the calendar.
const SERIES_LENGTH = 20;

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const ms = (value: number) => `${fixed(value, 0)} ms`;

/**
 * Fills the calendar with `total` instances inside the sync window: a tenth as daily series, a
 * tenth all-day, the rest timed events of 30 or 60 minutes spread over the window.
 */
function seedEvents(fake: GoogleFake, calendarId: string, total: number, now: Date): void {
  const { from, to } = syncWindow(now);
  const span = to.getTime() - from.getTime() - 2 * DAY_MS;
  const series = Math.floor(total / 10 / SERIES_LENGTH);
  const allDay = Math.floor(total / 10);
  const timed = total - series * SERIES_LENGTH - allDay;
  const at = (fraction: number) => new Date(from.getTime() + DAY_MS + Math.floor((fraction * span) / 60_000) * 60_000);
  for (let i = 0; i < series; i++) {
    // Each series ends inside the window.
    const start = at((i / series) * (1 - (SERIES_LENGTH * DAY_MS) / span));
    fake.putEvent(calendarId, {
      summary: `Series ${i}`,
      start: { dateTime: start.toISOString(), timeZone: 'Europe/Berlin' },
      end: { dateTime: new Date(start.getTime() + 30 * 60_000).toISOString(), timeZone: 'Europe/Berlin' },
      recurrence: [`RRULE:FREQ=DAILY;COUNT=${SERIES_LENGTH}`],
    });
  }
  for (let i = 0; i < allDay; i++) {
    const day = at(i / allDay).toISOString().slice(0, 10);
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    fake.putEvent(calendarId, { summary: `Day ${i}`, start: { date: day }, end: { date: next } });
  }
  for (let i = 0; i < timed; i++) {
    const start = at(i / timed);
    fake.putEvent(calendarId, {
      summary: `Meeting ${i}`,
      location: i % 3 === 0 ? 'Room 4' : undefined,
      transparency: i % 7 === 0 ? 'transparent' : 'opaque',
      start: { dateTime: start.toISOString() },
      end: { dateTime: new Date(start.getTime() + (i % 2 === 0 ? 30 : 60) * 60_000).toISOString() },
    });
  }
}

/** The peer: googleapis paging the window as Ordo does, counting the items. */
async function rawListing(config: GoogleConfig, googleCalendarId: string, tokens: { access_token: string; refresh_token: string }, now: Date) {
  const auth = await createOAuthClient(config);
  auth.setCredentials(tokens);
  const api = await calendarApi(config, auth);
  const { from, to } = syncWindow(now);
  const started = performance.now();
  let items = 0;
  let pageToken: string | undefined;
  do {
    const { data } = await api.events.list({
      calendarId: googleCalendarId,
      singleEvents: true,
      maxResults: EVENTS_PAGE_SIZE,
      timeMin: from.toISOString(),
      timeMax: to.toISOString(),
      ...(pageToken ? { pageToken } : {}),
    });
    items += data.items?.length ?? 0;
    pageToken = data.nextPageToken ?? undefined;
  } while (pageToken);
  return { items, ms: performance.now() - started };
}

/**
 * Ordo's first sync in this process, of its own calendar of EVENTS instances on its own fake,
 * called directly (the queue runtime is warm by now): its time, in milliseconds.
 */
async function coldSync(db: Db, log: Logger, now: Date): Promise<number> {
  const fake = await startGoogleFake();
  try {
    const google = fakeGoogleDeps(db, fake);
    const seeded = await seedGoogleCalendar(google, fake, { timeZone: 'Europe/Berlin' });
    seedEvents(fake, seeded.googleCalendarId, EVENTS, now);
    const started = performance.now();
    const result = await syncCalendar({ google, webhook: null, now: () => now, log }, seeded.calendarId, { full: true });
    const elapsed = performance.now() - started;
    if (result.outcome !== 'synced' || result.written !== EVENTS) throw new Error(`the cold sync wrote ${JSON.stringify(result)}`);
    return elapsed;
  } finally {
    await fake.close();
  }
}

// The job's run time comes from its own started_at and finished_at, so how often this looks does
// not change it; looking rarely keeps the bench's queries off the thread the job runs on.
const SETTLED_POLL_MS = 50;

async function settled(db: Db, jobId: string): Promise<QueueJob> {
  for (;;) {
    const job = await findJob(db.sql, jobId);
    if (job && (job.status === 'completed' || job.status === 'failed')) return job;
    await new Promise((resolve) => setTimeout(resolve, SETTLED_POLL_MS));
  }
}

const runTime = (job: QueueJob) => (job.finished_at as Date).getTime() - (job.started_at as Date).getTime();

function printProfile(dir: string, databaseSeconds: number): void {
  const summary = summariseCpuProfiles(dir, 25);
  process.stdout.write(
    `\nfirst full sync, main thread (${ms(summary.totalMs)} sampled, self time; written to ${dir}); database backends ${ms(databaseSeconds * 1000)} CPU\n  by area:\n`,
  );
  for (const row of summary.byArea) process.stdout.write(`    ${ms(row.ms).padStart(7)}  ${row.name}\n`);
  process.stdout.write('  by function:\n');
  for (const row of summary.byFunction) process.stdout.write(`    ${ms(row.ms).padStart(7)}  ${row.name}\n`);
}

async function main(): Promise<number> {
  process.stdout.write(
    `Calendar benchmark: one calendar of ${EVENTS} event instances on a loopback Google (in this process); ` +
      `${cpus().length} CPUs, Node ${process.version}; load average ${loadavg()[0]?.toFixed(1)}\n`,
  );
  const name = `ordo_bench_calendar_${randomBytes(4).toString('hex')}`;
  const admin = createDb({ url: ADMIN_URL, max: 1 });
  await admin.sql`create database ${admin.sql(name)}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const db = createDb({ url: url.toString(), max: 6 });
  const fake = await startGoogleFake();
  let runtime: Awaited<ReturnType<typeof startQueueRuntime>> | undefined;
  const env = loadConfig({ DATABASE_URL: url.toString(), LOG_LEVEL: 'warn', ...fakeGoogleEnv(fake) }, { localSecrets: BENCH_SECRETS });
  const log = createLogger(env, 'bench');
  const jobDeps = createJobDeps({ env, db, log, overrides: { calendarWebhook: null } });
  try {
    await migrate(db.sql);
    const google = fakeGoogleDeps(db, fake);
    const seeded = await seedGoogleCalendar(google, fake, { timeZone: 'Europe/Berlin' });
    const now = new Date();
    const seedStart = performance.now();
    seedEvents(fake, seeded.googleCalendarId, EVENTS, now);
    process.stdout.write(`seeded the fake in ${ms(performance.now() - seedStart)}\n`);
    // The peer's client signs in with its own grant of the same account.
    const peerAuth = await createOAuthClient(google.config, 'http://127.0.0.1/callback');
    const code = fake.authorize({ redirectUri: 'http://127.0.0.1/callback', scope: 'https://www.googleapis.com/auth/calendar' });
    const { tokens } = await peerAuth.getToken(code);
    const peerTokens = { access_token: tokens.access_token as string, refresh_token: tokens.refresh_token as string };

    runtime = await startQueueRuntime({
      db,
      env,
      settings: queueSettings(env, 'bench-calendar'),
      registry: createRegistry([calendarSync, systemSleep], ['calendar.sync', 'system.sleep']),
      schedules: [],
      log,
      jobDeps,
    });
    const syncJob = async (full: boolean) => {
      const job = await enqueue(db.sql, 'calendar.sync', { calendar_id: seeded.calendarId, full, reason: 'manual' }, { dedupKey: calendarSyncDedupKey(seeded.calendarId) });
      return settled(db, job.id);
    };

    // Warm-up: each side runs once before it is measured, as a long-running worker would have. The
    // peer's first listing loads googleapis; Ordo's first sync in this process (a calendar of the
    // same size on a second fake, so the measured fake holds only the measured calendar) is printed
    // as the cold figure; it is called directly, so one job that does nothing goes through the queue
    // too, and the measured job is not the runtime's first claim, step and completion. Then the peer
    // on either side of Ordo's first sync of the measured calendar.
    await rawListing(google.config, seeded.googleCalendarId, peerTokens, now);
    const coldMs = await coldSync(db, log, now);
    const warmUp = await settled(db, (await enqueue(db.sql, 'system.sleep', { ms: 0 })).id);
    if (warmUp.status !== 'completed') throw new Error(`the warm-up job did not complete: ${warmUp.last_error}`);
    const peerBefore = await rawListing(google.config, seeded.googleCalendarId, peerTokens, now);
    const profile = PROFILE_DIR ? { main: await profileMainThread(), database: await databaseCpuMeter(admin.sql, name) } : undefined;
    const full = await syncJob(true);
    if (profile && PROFILE_DIR) {
      await profile.database.sample();
      await profile.main.stop(PROFILE_DIR, 'first-full-sync');
      printProfile(PROFILE_DIR, profile.database.seconds());
    }
    const peerAfter = await rawListing(google.config, seeded.googleCalendarId, peerTokens, now);
    const peerMs = (peerBefore.ms + peerAfter.ms) / 2;
    // A full listing again over an up-to-date copy (a 410, or the weekly full sync).
    const resync = await syncJob(true);

    const changedId = fake.events(seeded.googleCalendarId).find((event) => event.summary === 'Meeting 42')?.id as string;
    const original = fake.event(seeded.googleCalendarId, changedId);
    fake.putEvent(seeded.googleCalendarId, { ...original, id: changedId, start: original?.start ?? {}, end: original?.end ?? {}, summary: 'Meeting 42 (moved)' });
    const requestsBefore = fake.requests.length;
    const incremental = await syncJob(false);
    const calls = fake.requests.slice(requestsBefore).filter((request) => request.path.startsWith('/calendar/v3/'));
    const listCalls = calls.filter((request) => request.method === 'GET' && request.path.endsWith('/events'));

    const [stored] = await db.sql<{ n: number; changed: number }[]>`
      select count(*)::int as n, count(*) filter (where title = 'Meeting 42 (moved)')::int as changed
      from public.calendar_events where calendar_id = ${seeded.calendarId}`;
    const fullMs = runTime(full);
    const rate = peerBefore.items / (fullMs / 1000);
    const peerRate = peerBefore.items / (peerMs / 1000);
    const ratio = rate / peerRate;
    const rows: [string, string][] = [
      ['event instances in the window', String(peerBefore.items)],
      ['peer: raw googleapis listing', `${ms(peerMs)} (${fixed(peerRate, 0)} events/s; ${ms(peerBefore.ms)} before, ${ms(peerAfter.ms)} after)`],
      ['Ordo first full calendar.sync (job run)', `${ms(fullMs)} (${fixed(rate, 0)} events/s, into an empty copy)`],
      ['ratio to the peer', `${fixed(ratio, 2)}x (target ≥ ${TARGET_RATIO}x: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`],
      ['Ordo cold: first sync in this process', `${ms(coldMs)} (another calendar of the same size; ${fixed(peerMs / coldMs, 2)}x the peer)`],
      ['full resync, copy up to date', ms(runTime(resync))],
      ['incremental sync after one change', ms(runTime(incremental))],
      ['Calendar API calls of it', `${calls.length} (${listCalls.length} list; target one list call: ${calls.length === 1 && listCalls.length === 1 ? 'met' : 'NOT met'})`],
    ];
    const schedule = benchAutoSchedule({ print: () => {} });
    rows.push([
      `auto-schedule, 200 tasks over a busy month (${schedule.runs} runs)`,
      `median ${fixed(schedule.medianMs, 1)} ms, p99 ${fixed(schedule.p99Ms, 1)} ms (target ≤ ${AUTO_SCHEDULE_TARGET_MS} ms: ${schedule.p99Ms <= AUTO_SCHEDULE_TARGET_MS ? 'met' : 'NOT met'})`,
    ]);
    const width = Math.max(...rows.map(([label]) => label.length));
    process.stdout.write(`\n${rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')}\n`);

    const problems: string[] = [];
    for (const job of [full, resync, incremental]) if (job.status !== 'completed') problems.push(`a sync job did not complete: ${job.last_error}`);
    if (stored?.n !== peerBefore.items) problems.push(`stored ${stored?.n} events, Google lists ${peerBefore.items}`);
    if (stored?.changed !== 1) problems.push('the changed event was not stored');
    if (problems.length > 0) {
      process.stdout.write(`\nCHECK FAILED:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
      return 1;
    }
    process.stdout.write('\ncheck: every instance stored once; the change arrived by one incremental listing\n');
    return 0;
  } finally {
    await runtime?.stop();
    closeJobDeps(jobDeps);
    await Promise.allSettled([fake.close(), db.close()]);
    if (!KEEP) await admin.sql`drop database if exists ${admin.sql(name)} with (force)`;
    else process.stdout.write(`kept database ${name}\n`);
    await admin.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
