import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, loadConfig } from '@ordo/config';
import { type GoogleFake, startGoogleFake } from '@ordo/google/testing';
import { calendarSyncDedupKey } from '@ordo/shared-types';
import { enqueue, findJob, type QueueJob } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeJobDeps, createJobDeps, type JobDeps } from '../job-deps.ts';
import type { JobContext } from '../queue/job-definition.ts';
import { createRegistry } from '../queue/registry.ts';
import { type QueueRuntime, startQueueRuntime } from '../queue/runtime.ts';
import { queueSettings } from '../queue/settings.ts';
import { fakeGoogleDeps, fakeGoogleEnv, seedGoogleCalendar, storedEvents } from '../testing/google-calendar.ts';
import { calendarSync } from './calendar.sync.ts';

const secrets = { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } };

let database: TestDatabase;
let fake: GoogleFake;
let runtime: QueueRuntime;
let deps: JobDeps;
let receiver: Server;
// What reached the webhook address (Google's confirmation of each new channel).
const pushes: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  [database, fake] = await Promise.all([createTestDatabase(), startGoogleFake()]);
  receiver = createServer((request, response) => {
    pushes.push(request.headers);
    response.writeHead(200).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const env = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', WORKER_POLL_INTERVAL_MS: '50', ...fakeGoogleEnv(fake) }, secrets);
  const log = createLogger(env, 'test');
  // Google delivers to https only; the fake also takes this loopback address, given explicitly.
  const address = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/google/calendar`;
  deps = createJobDeps({ env, db: database.db, log, overrides: { calendarWebhook: { address } } });
  runtime = await startQueueRuntime({
    db: database.db,
    env,
    settings: { ...queueSettings(env, 'calendar-sync-test'), backoff: { baseMs: 20, capMs: 100 } },
    registry: createRegistry([calendarSync], ['calendar.sync']),
    schedules: [],
    log,
    jobDeps: deps,
  });
});

afterAll(async () => {
  await runtime?.stop();
  if (deps) closeJobDeps(deps);
  await new Promise((resolve) => receiver?.close(resolve));
  await Promise.all([database?.drop(), fake?.close()]);
});

async function settled(jobId: string): Promise<QueueJob> {
  for (let i = 0; i < 400; i++) {
    const job = await findJob(database.db.sql, jobId);
    if (job && (job.status === 'completed' || job.status === 'failed')) return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`job ${jobId} did not finish`);
}

const enqueueSync = (calendarId: string, userId: string) =>
  enqueue(database.db.sql, 'calendar.sync', { calendar_id: calendarId, reason: 'manual' }, { userId, dedupKey: calendarSyncDedupKey(calendarId) });

describe('calendar.sync job', () => {
  it('syncs through the queue, then opens a push channel with a random token of which only the digest is kept', async () => {
    const google = fakeGoogleDeps(database.db, fake);
    const seeded = await seedGoogleCalendar(google, fake);
    fake.putEvent(seeded.googleCalendarId, { id: 'one', start: { dateTime: new Date(Date.now() + 3_600_000).toISOString() }, end: { dateTime: new Date(Date.now() + 7_200_000).toISOString() } });
    const job = await settled((await enqueueSync(seeded.calendarId, seeded.userId)).id);
    expect(job.status).toBe('completed');
    expect(job.result).toMatchObject({ outcome: 'synced', mode: 'full', written: 1, channel: 'created' });
    expect([...(await storedEvents(database.db, seeded.calendarId)).keys()]).toEqual(['one']);

    const atGoogle = fake.channels.filter((channel) => channel.calendarId === seeded.googleCalendarId);
    expect(atGoogle).toHaveLength(1);
    const channel = atGoogle[0] as (typeof atGoogle)[number];
    expect(channel.address).toMatch(/\/webhooks\/google\/calendar$/);
    expect(Buffer.from(channel.token as string, 'base64url')).toHaveLength(32);
    const [stored] = await database.db.asService(
      (tx) => tx<{ id: string; calendar_id: string; token_hash: Buffer; resource_id: string; expires_at: Date; stopped_at: Date | null }[]>`
        select id, calendar_id, token_hash, resource_id, expires_at, stopped_at from public.calendar_channels where calendar_id = ${seeded.calendarId}`,
    );
    expect(stored).toMatchObject({ id: channel.id, resource_id: channel.resourceId, expires_at: new Date(channel.expiration), stopped_at: null });
    expect(stored?.token_hash.equals(createHash('sha256').update(channel.token as string).digest())).toBe(true);
    expect(pushes.some((headers) => headers['x-goog-channel-id'] === channel.id && headers['x-goog-resource-state'] === 'sync')).toBe(true);

    // A second sync keeps the live channel.
    const again = await settled((await enqueueSync(seeded.calendarId, seeded.userId)).id);
    expect(again.result).toMatchObject({ mode: 'incremental', channel: 'live' });
    expect(fake.channels.filter((candidate) => candidate.calendarId === seeded.googleCalendarId)).toHaveLength(1);
  });

  it('keeps one sync per calendar waiting: a second enqueue under the dedup key is the same job', async () => {
    const seeded = await seedGoogleCalendar(fakeGoogleDeps(database.db, fake), fake);
    const push = (tx: Parameters<typeof enqueue>[0]) =>
      enqueue(tx, 'calendar.sync', { calendar_id: seeded.calendarId, reason: 'push' }, { userId: seeded.userId, dedupKey: calendarSyncDedupKey(seeded.calendarId) });
    // In one transaction, so the worker cannot finish the first before the second arrives.
    const [first, second] = await database.db.sql.begin(async (tx) => [await push(tx), await push(tx)]);
    expect(first?.created).toBe(true);
    expect(second).toEqual({ id: first?.id, created: false });
    await settled(first?.id as string);
    const jobs = await database.db.sql`select id from public.queue_jobs where dedup_key = ${calendarSyncDedupKey(seeded.calendarId)}`;
    expect(jobs.map((job) => job.id)).toEqual([first?.id]);
  });

  it('retries a rate-limited listing with backoff and succeeds', async () => {
    const seeded = await seedGoogleCalendar(fakeGoogleDeps(database.db, fake), fake);
    fake.failNext(new RegExp(`${encodeURIComponent(seeded.googleCalendarId)}/events$`), 1, 429);
    const job = await settled((await enqueueSync(seeded.calendarId, seeded.userId)).id);
    expect(job).toMatchObject({ status: 'completed', attempts: 2 });
  });

  it('completes without retrying when the connection is disconnected, which stays so', async () => {
    const seeded = await seedGoogleCalendar(fakeGoogleDeps(database.db, fake), fake);
    await database.db.asService(
      (tx) => tx`update public.google_connections set status = 'disconnected', disconnected_reason = 'invalid_grant' where id = ${seeded.connectionId}`,
    );
    const job = await settled((await enqueueSync(seeded.calendarId, seeded.userId)).id);
    expect(job).toMatchObject({ status: 'completed', attempts: 1, result: { outcome: 'skipped', reason: 'disconnected' } });
    const [connection] = await database.db.asService((tx) => tx`select status from public.google_connections where id = ${seeded.connectionId}`);
    expect(connection?.status).toBe('disconnected');
  });

  it('does nothing when Google is not configured', async () => {
    const before = fake.requests.length;
    const context = { deps: { ...deps, google: null }, log: createLogger(loadConfig({ LOG_LEVEL: 'silent' }, secrets), 'test'), signal: new AbortController().signal };
    const result = await calendarSync.handler(
      { calendar_id: '00000000-0000-4000-8000-000000000000', full: false, reason: 'poll' },
      context as unknown as JobContext,
    );
    expect(result).toEqual({ outcome: 'skipped', reason: 'google_not_configured' });
    expect(fake.requests.length).toBe(before);
  });
});
