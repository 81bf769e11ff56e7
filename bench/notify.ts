// `pnpm bench:notify`: reminders falling due. A fresh database with 1,000 people (BENCH_PEOPLE),
// each with a verified phone, SMS on and one push subscription, and 5,000 reminders
// (BENCH_REMINDERS) created through createNotifications, the reminder tick's producer path,
// alternately by SMS and by Web Push. They fall due together (or spread over --spread seconds), and the REAL worker
// (the production bundle, as production starts it) sends them through the queue's notify.send jobs
// to a loopback Twilio API and a loopback push service in this process. Prints messages/s (first
// due time → last message received), lateness against each reminder's due time (p50/p99), and, in
// the same run, the named peer: the raw `twilio` and `web-push` SDKs sending the same messages to
// the same fakes from a process of their own, all of them due at one instant, and its lateness
// measured as Ordo's is (the fakes' receipt against that instant): the floor this machine puts
// under a burst's lateness. Targets: p99 lateness ≤ 2 s and ≥ 0.5× the peer.
// Then checks the run: exactly one message per reminder (push payloads decrypted to find theirs),
// every delivery sent; exits 1 if not.
//
// Options: --workers N (worker processes, default 1), --concurrency N (WORKER_CONCURRENCY,
// default 20), --spread S (due times spread evenly over S seconds, default 0: all at once),
// --sms-rate N (SMS_MAX_PER_SECOND, default 1000: the fake has no limit), --profile (a CPU profile
// of the worker, summarised by area and function), --keep (keep the database).
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateVapidKeys, loadConfig } from '../packages/config/src/index.ts';
import {
  createPushClient,
  type PushClient,
  type PushServiceFake,
  startPushServiceFake,
  startTwilioFake,
  type TwilioFake,
} from '../packages/notify/src/testing/index.ts';
import { createDb, createNotifications, type Db, migrate } from '../packages/supabase-client/src/index.ts';
import { type BenchWorker, buildWorker, startBenchWorker } from './briefs-worker.ts';
import { summariseCpuProfiles } from './cpu-profile-summary.ts';
import { databaseCpuMeter, type DatabaseCpuMeter } from './database-cpu.ts';
import type { RawPeerDone, RawPeerWork } from './notify-raw-peer.ts';
import { cpuSeconds } from './process-sampler.ts';

const BENCH_SECRETS = { SUPABASE_JWT_SECRET: randomBytes(32).toString('hex'), ENCRYPTION_KEY: randomBytes(32).toString('hex') };
// DATABASE_URL names the server (a fresh database is created on it); the local one otherwise.
const configured = loadConfig(process.env, { localSecrets: BENCH_SECRETS });
const ADMIN_URL = configured.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TWILIO_FROM = '+15017122661';
const VAPID_SUBJECT = 'mailto:bench@ordo.example';
const STALL_MS = 120_000;
const PROGRESS_EVERY_MS = 5_000;
const LOOK_EVERY_MS = 1_000;
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 2_000;
// Between setting the due times and the first of them: the workers are idle and waiting.
const DUE_LEAD_MS = 3_000;
const CREATE_BATCH = 1_000;
// Between the peer saying it is ready and its messages' common due instant: time to take them in.
const PEER_DUE_LEAD_MS = 1_000;

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

function wholeNumber(text: string | undefined, name: string, min: number): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}, got "${text}"`);
  return value;
}

// biome-ignore lint/suspicious/noUndeclaredEnvVars: a knob of this script, which turbo never runs.
const PEOPLE = wholeNumber(process.env.BENCH_PEOPLE, 'BENCH_PEOPLE', 1) ?? 1_000;
// biome-ignore lint/suspicious/noUndeclaredEnvVars: a knob of this script, which turbo never runs.
const REMINDERS = wholeNumber(process.env.BENCH_REMINDERS, 'BENCH_REMINDERS', 1) ?? 5_000;
const WORKERS = wholeNumber(option('--workers'), '--workers', 1) ?? 1;
const CONCURRENCY = wholeNumber(option('--concurrency'), '--concurrency', 1) ?? 20;
const SPREAD_S = wholeNumber(option('--spread'), '--spread', 0) ?? 0;
const SMS_RATE = wholeNumber(option('--sms-rate'), '--sms-rate', 1) ?? 1_000;
const KEEP = process.argv.includes('--keep');
const PROFILE = process.argv.includes('--profile');

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const seconds = (ms: number) => `${fixed(ms / 1000, 2)} s`;

interface Person {
  id: string;
  phone: string;
  endpoint: string;
  client: PushClient;
}

/** People with a verified phone, SMS on (cap high enough for their reminders) and one push device each. */
async function seedPeople(db: Db, push: PushServiceFake): Promise<Person[]> {
  const run = randomBytes(3).toString('hex');
  const users = await db.asService(
    (tx) => tx<{ id: string; n: number }[]>`
      insert into public.users (email, name, timezone)
      select 'bench-' || ${run} || '-' || i || '@bench.test', 'Bench ' || i, 'UTC' from generate_series(1, ${PEOPLE}) as i
      returning id, (regexp_match(email, '-(\\d+)@'))[1]::int as n`,
  );
  const people = users
    .toSorted((a, b) => a.n - b.n)
    .map((user) => ({ id: user.id, phone: `+1415${String(user.n).padStart(7, '0')}`, endpoint: push.endpoint(), client: createPushClient() }));
  const keys = people.map((person) => person.client.subscription(person.endpoint));
  await db.asService(async (tx) => {
    await tx`update public.notification_preferences set sms_enabled = true, push_enabled = true, daily_sms_cap = 100`;
    await tx`
      insert into public.user_phones (user_id, phone_e164)
      select user_id, phone from unnest(${people.map((p) => p.id)}::uuid[], ${people.map((p) => p.phone)}::text[]) as t(user_id, phone)`;
    // A new number is unverified whoever writes it (a trigger): verified in a second step, as in the app.
    await tx`update public.user_phones set verified_at = now()`;
    await tx`
      insert into public.push_subscriptions (user_id, endpoint, p256dh, auth, label)
      select *, 'bench' from unnest(${people.map((p) => p.id)}::uuid[], ${keys.map((k) => k.endpoint)}::text[],
        ${keys.map((k) => k.p256dh)}::text[], ${keys.map((k) => k.auth)}::text[])`;
  });
  return people;
}

interface Reminder {
  id: string;
  person: Person;
  channel: 'sms' | 'push';
  dueAt: number;
}

/**
 * REMINDERS notifications through createNotifications (the reminder tick's producer path: one
 * notify.send job per channel), due in a day for now (the bench sets the real times).
 */
async function createReminders(db: Db, people: Person[]): Promise<Reminder[]> {
  const placeholder = new Date(Date.now() + 86_400_000);
  const made: Reminder[] = [];
  for (let start = 0; start < REMINDERS; start += CREATE_BATCH) {
    const batch = Array.from({ length: Math.min(CREATE_BATCH, REMINDERS - start) }, (_, k) => {
      const i = start + k;
      return { i, person: people[i % people.length] as Person, channel: i % 2 === 0 ? ('sms' as const) : ('push' as const) };
    });
    const created = await db.asService((tx) =>
      createNotifications(
        tx,
        batch.map(({ i, person, channel }) => ({
          userId: person.id,
          kind: 'reminder',
          dedupKey: `bench-${i}`,
          title: `Reminder ${i}`,
          body: `Reminder ${i}: call the bank`,
          link: '/tasks',
          channels: [channel],
          dueAt: placeholder,
        })),
      ),
    );
    created.forEach((notification, k) => {
      const { person, channel } = batch[k] as (typeof batch)[number];
      made.push({ id: notification.id, person, channel, dueAt: 0 });
    });
  }
  return made;
}

/** Gives each reminder its due time (first + i × spread / n) and its send job the same run_at. */
async function makeDue(db: Db, reminders: Reminder[], first: number): Promise<void> {
  const step = reminders.length > 1 ? (SPREAD_S * 1000) / (reminders.length - 1) : 0;
  reminders.forEach((reminder, i) => {
    reminder.dueAt = Math.round(first + i * step);
  });
  const ids = reminders.map((reminder) => reminder.id);
  const dues = reminders.map((reminder) => new Date(reminder.dueAt).toISOString());
  await db.sql.begin(async (tx) => {
    await tx`
      update public.notifications n set due_at = v.due
      from unnest(${ids}::uuid[], ${dues}::timestamptz[]) as v(id, due) where n.id = v.id`;
    await tx`
      update public.queue_jobs q set run_at = n.due_at
      from public.notifications n
      where q.job_type = 'notify.send' and q.status = 'pending' and q.payload->>'notification_id' = n.id::text and n.id = any(${ids}::uuid[])`;
  });
}

/**
 * Waits until no notify.send job is pending or running; false when nothing moved for STALL_MS.
 * Until every message has arrived it asks the database only every LOOK_EVERY_MS (the fakes' count
 * is in this process): its backend's CPU is measured as the worker's database time, and a look
 * every 50 ms (a scan of the queue) put the bench's own reads into that figure.
 */
async function waitForJobs(db: Db, databaseCpu: DatabaseCpuMeter, twilio: TwilioFake, push: PushServiceFake, total: number): Promise<boolean> {
  let lastReceived = -1;
  let lastChange = Date.now();
  let lastProgress = Date.now();
  let lastLook = 0;
  for (;;) {
    if (interrupted) return false;
    const received = twilio.messages.length + push.received.length;
    if (received >= total || Date.now() - lastLook >= LOOK_EVERY_MS) {
      lastLook = Date.now();
      const [row] = await db.sql<{ live: number }[]>`
        select count(*)::int as live from public.queue_jobs where job_type = 'notify.send' and status in ('pending', 'processing')`;
      if ((row?.live ?? 1) === 0) return true;
    }
    if (received !== lastReceived) {
      lastReceived = received;
      lastChange = Date.now();
    } else if (Date.now() - lastChange > STALL_MS) {
      return false;
    }
    if (Date.now() - lastProgress > PROGRESS_EVERY_MS) {
      lastProgress = Date.now();
      await databaseCpu.sample();
      process.stdout.write(`  ${received} of ${total} messages received\n`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Each reminder's message(s), and when each arrived. */
function messagesByReminder(reminders: Reminder[], twilio: TwilioFake, push: PushServiceFake): Map<string, number[]> {
  const byId = new Map<string, number[]>(reminders.map((reminder) => [reminder.id, []]));
  const byNumber = new Map(reminders.map((reminder, i) => [`Reminder ${i}: call the bank`, reminder.id]));
  for (const message of twilio.messages) {
    const id = byNumber.get(message.body);
    if (id) byId.get(id)?.push(message.receivedAt.getTime());
  }
  const clients = new Map(reminders.map((reminder) => [reminder.person.endpoint, reminder.person.client]));
  for (const message of push.delivered) {
    const client = clients.get(message.endpoint);
    if (!client) continue;
    const payload = JSON.parse(client.decrypt(message.body).toString('utf8')) as { tag: string };
    byId.get(payload.tag.replace(/^notification:/, ''))?.push(message.receivedAt.getTime());
  }
  return byId;
}

/** The child's next IPC message; rejects if it exits first. */
function nextMessage(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const exited = (code: number | null) => reject(new Error(`the raw peer exited with ${code} before it was done`));
    child.once('exit', exited);
    child.once('message', (message) => {
      child.off('exit', exited);
      resolve(message);
    });
  });
}

interface PeerRun extends RawPeerDone {
  dueAt: number;
  /** Each of its messages' receipt by the fakes, in ms after dueAt: lateness measured as Ordo's is. */
  latenessMs: number[];
}

/** The raw SDK peer, every message due at one instant shortly after it is ready. */
async function runRawPeer(reminders: Reminder[], twilio: TwilioFake, push: PushServiceFake, vapid: { VAPID_PUBLIC_KEY: string; VAPID_PRIVATE_KEY: string }): Promise<PeerRun> {
  const child = fork(fileURLToPath(new URL('./notify-raw-peer.ts', import.meta.url)), [], { stdio: 'inherit' });
  await nextMessage(child);
  // The fakes keep Ordo's messages too: the peer's are the ones after these.
  const smsBefore = twilio.messages.length;
  const pushBefore = push.received.length;
  const dueAt = Date.now() + PEER_DUE_LEAD_MS;
  const work: RawPeerWork = {
    kind: 'go',
    twilio: { url: twilio.url, accountSid: twilio.accountSid, authToken: twilio.authToken, from: TWILIO_FROM },
    vapid: { publicKey: vapid.VAPID_PUBLIC_KEY, privateKey: vapid.VAPID_PRIVATE_KEY, subject: VAPID_SUBJECT },
    sms: reminders.filter((r) => r.channel === 'sms').map((r, i) => ({ to: r.person.phone, body: `Peer ${i}: call the bank` })),
    push: reminders
      .filter((r) => r.channel === 'push')
      .map((r, i) => ({ subscription: r.person.client.subscription(r.person.endpoint), payload: { title: `Peer ${i}`, body: 'call the bank', link: '/tasks', tag: `peer:${i}` } })),
    concurrency: WORKERS * CONCURRENCY,
    dueAt,
  };
  child.send(work);
  const done = (await nextMessage(child)) as RawPeerDone;
  const received = [
    ...twilio.messages.slice(smsBefore).map((message) => message.receivedAt.getTime()),
    ...push.received.slice(pushBefore).flatMap((message) => (message.status === 201 ? [message.receivedAt.getTime()] : [])),
  ];
  return { ...done, dueAt, latenessMs: received.map((at) => at - dueAt) };
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
    `Notify benchmark: ${REMINDERS} reminders across ${PEOPLE} people (alternately SMS and Web Push), due ${SPREAD_S === 0 ? 'at once' : `over ${SPREAD_S} s`}; ` +
      `${WORKERS} worker process${WORKERS === 1 ? '' : 'es'} at WORKER_CONCURRENCY=${CONCURRENCY}, SMS_MAX_PER_SECOND=${SMS_RATE}; ` +
      `loopback Twilio and push services; ${cpus().length} CPUs, Node ${process.version}; load average ${loadavg()[0]?.toFixed(1)}\n`,
  );
  buildWorker();
  const name = `ordo_bench_notify_${randomBytes(4).toString('hex')}`;
  const admin = createDb({ url: ADMIN_URL, max: 1 });
  await admin.sql`create database ${admin.sql(name)}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const db = createDb({ url: databaseUrl, max: 4 });
  const dataDir = await mkdtemp(join(tmpdir(), 'ordo-bench-notify-'));
  const [twilio, push] = await Promise.all([startTwilioFake(), startPushServiceFake()]);
  const vapid = generateVapidKeys();
  const workers: BenchWorker[] = [];
  try {
    await migrate(db.sql);
    const seedStart = Date.now();
    const people = await seedPeople(db, push);
    const reminders = await createReminders(db, people);
    process.stdout.write(`seeded ${people.length} people and ${reminders.length} reminders in ${seconds(Date.now() - seedStart)}\n`);

    const workerEnv: Record<string, string> = {
      ...BENCH_SECRETS,
      ...vapid,
      VAPID_SUBJECT,
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_FROM_NUMBER: TWILIO_FROM,
      TWILIO_API_URL: twilio.url,
      SMS_MAX_PER_SECOND: String(SMS_RATE),
      PUBLIC_APP_URL: 'http://127.0.0.1:5173',
      WORKER_CONCURRENCY: String(CONCURRENCY),
    };
    const cpuProfileDir = PROFILE ? join(dataDir, 'cpu-profiles') : undefined;
    for (let i = 0; i < WORKERS; i++) workers.push(await startBenchWorker({ databaseUrl, dataDir: join(dataDir, `worker-${i}`), env: workerEnv, cpuProfileDir }));

    const firstDue = Date.now() + DUE_LEAD_MS;
    const workerCpuBefore = workers.map((worker) => cpuSeconds(worker.pid) ?? 0);
    const databaseCpu = await databaseCpuMeter(admin.sql, name);
    await makeDue(db, reminders, firstDue);
    const finished = await waitForJobs(db, databaseCpu, twilio, push, reminders.length);
    await databaseCpu.sample();
    const workerCpu = workers.reduce((sum, worker, i) => sum + ((cpuSeconds(worker.pid) ?? 0) - (workerCpuBefore[i] ?? 0)), 0);
    if (interrupted) {
      process.stdout.write('interrupted: stopping the workers and dropping the database\n');
      return 130;
    }
    for (const worker of workers) await worker.stop();
    if (cpuProfileDir) printProfile(cpuProfileDir);

    const messages = messagesByReminder(reminders, twilio, push);
    const arrivals = [...messages.values()].flat();
    const lateness = reminders.flatMap((reminder) => (messages.get(reminder.id) ?? []).map((at) => at - reminder.dueAt)).sort((a, b) => a - b);
    const lastArrival = Math.max(...arrivals);
    const rate = arrivals.length / ((lastArrival - firstDue) / 1000);

    const problems: string[] = [];
    if (!finished) problems.push('the run stalled before every notify.send job finished');
    const missing = reminders.filter((reminder) => (messages.get(reminder.id) ?? []).length === 0).length;
    const doubled = reminders.filter((reminder) => (messages.get(reminder.id) ?? []).length > 1).length;
    if (missing > 0) problems.push(`${missing} reminders reached nobody`);
    if (doubled > 0) problems.push(`${doubled} reminders arrived more than once`);
    const statuses = await db.sql<{ status: string; n: number }[]>`
      select status, count(*)::int as n from public.deliveries where purpose = 'notification' group by status order by status`;
    const notSent = statuses.filter((row) => row.status !== 'sent');
    if (notSent.length > 0) problems.push(`deliveries not sent: ${notSent.map((row) => `${row.n} ${row.status}`).join(', ')}`);
    for (const worker of workers) if (worker.problems.count > 0) problems.push(`worker ${worker.pid} logged ${worker.problems.count} warnings/errors, first: ${worker.problems.first[0]}`);

    process.stdout.write('\nmeasuring the peer: the raw twilio and web-push SDKs, the same messages to the same fakes…\n');
    const peer = await runRawPeer(reminders, twilio, push, vapid);
    const peerRate = peer.sent / ((peer.finishedAt - peer.startedAt) / 1000);
    if (peer.failures > 0) process.stdout.write(`(the peer failed ${peer.failures} sends, e.g. ${peer.firstError})\n`);
    const ratio = rate / peerRate;
    const p99 = percentile(lateness, 99);
    const peerLateness = peer.latenessMs.toSorted((a, b) => a - b);
    const peerP99 = percentile(peerLateness, 99);

    const rows: [string, string][] = [
      ['reminders (SMS / push)', `${reminders.length} (${reminders.filter((r) => r.channel === 'sms').length} / ${reminders.filter((r) => r.channel === 'push').length})`],
      ['messages received by the fakes', String(arrivals.length)],
      ['first due → last received', seconds(lastArrival - firstDue)],
      ['messages/s end to end', fixed(rate, 0)],
      ['lateness against the due time p50', seconds(percentile(lateness, 50))],
      [
        'lateness against the due time p99',
        `${seconds(p99)} (${SPREAD_S === 0 ? "the floor, the raw SDKs' p99 for the same burst" : "the raw SDKs' p99 with all of them due at once"}: ${seconds(peerP99)})`,
      ],
      ['lateness max', seconds(lateness.at(-1) ?? Number.NaN)],
      ['peer: raw SDK sends/s', `${fixed(peerRate, 0)} (${peer.sent} in ${seconds(peer.finishedAt - peer.startedAt)}, ${WORKERS * CONCURRENCY} in flight)`],
      [
        'peer: lateness p50 / p99 / max',
        `${seconds(percentile(peerLateness, 50))} / ${seconds(peerP99)} / ${seconds(peerLateness.at(-1) ?? Number.NaN)} ` +
          `(all ${peer.sent} due at one instant${SPREAD_S === 0 ? ', as in this run' : ''}; it started ${fixed(peer.startedAt - peer.dueAt, 0)} ms after it)`,
      ],
      [
        'CPU per message',
        `worker ${fixed((workerCpu * 1000) / arrivals.length, 2)} ms + PostgreSQL ${fixed((databaseCpu.seconds() * 1000) / arrivals.length, 2)} ms; ` +
          `peer ${fixed((peer.cpuSeconds * 1000) / peer.sent, 2)} ms`,
      ],
      ['ratio to the peer', `${fixed(ratio, 2)}x (target ≥ ${TARGET_RATIO}x: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`],
      ['p99 lateness target', `≤ ${seconds(TARGET_P99_MS)}: ${p99 <= TARGET_P99_MS ? 'met' : 'NOT met'}`],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    process.stdout.write(`\n${rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')}\n`);
    if (problems.length > 0) {
      process.stdout.write(`\nCHECK FAILED:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
      return 1;
    }
    process.stdout.write('\ncheck: every reminder reached its person exactly once; every delivery is sent\n');
    return 0;
  } finally {
    await Promise.allSettled(workers.map((worker) => worker.stop()));
    await Promise.allSettled([twilio.close(), push.close(), db.close()]);
    if (!KEEP) await admin.sql`drop database if exists ${admin.sql(name)} with (force)`;
    else process.stdout.write(`kept database ${name}\n`);
    await admin.close();
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
