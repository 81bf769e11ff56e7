import { createLogger, generateVapidKeys, loadConfig } from '@ordo/config';
import { briefMailLinks, createSmtpTransport, smsLength } from '@ordo/notify';
import {
  createPushClient,
  type PushServiceFake,
  type SmtpInbox,
  startPushServiceFake,
  startSmtpInbox,
  startTwilioFake,
  type TwilioFake,
} from '@ordo/notify/testing';
import { enqueue, findJob, type QueueJob, type Tx } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Clock, closeJobDeps, createJobDeps, type JobDeps } from '../job-deps.ts';
import { createRegistry } from '../queue/registry.ts';
import { type QueueRuntime, startQueueRuntime } from '../queue/runtime.ts';
import { queueSettings } from '../queue/settings.ts';
import { createTaskSoonAlerts } from '../alerts/task-soon-alerts.ts';
import { SMS_RATE_BUCKET } from '../notify/send-slots.ts';
import { fireDueReminders } from '../reminder-schedule.ts';
import { seedNotification, seedPerson, seedPushSubscription, seedTaskWithReminder } from '../testing/notifications.ts';
import { until } from '../testing/until.ts';
import { notifySend } from './notify.send.ts';

const secrets = { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } };
const APP = 'https://ordo.example';
const FROM = '+15017122661';

/** The jobs' clock: real time until a test sets it. */
class TestClock implements Clock {
  private at: Date | null = null;
  now(): Date {
    return this.at ? new Date(this.at) : new Date();
  }
  set(at: Date | string | null): void {
    this.at = at === null ? null : new Date(at);
  }
}

let database: TestDatabase;
let twilio: TwilioFake;
let pushService: PushServiceFake;
let inbox: SmtpInbox;
let runtime: QueueRuntime;
let deps: JobDeps;
const clock = new TestClock();

beforeAll(async () => {
  [database, twilio, pushService, inbox] = await Promise.all([createTestDatabase(), startTwilioFake(), startPushServiceFake(), startSmtpInbox()]);
  const env = loadConfig(
    {
      DATABASE_URL: database.url,
      LOG_LEVEL: 'silent',
      WORKER_POLL_INTERVAL_MS: '50',
      PUBLIC_APP_URL: APP,
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_FROM_NUMBER: FROM,
      TWILIO_API_URL: twilio.url,
      SMS_MAX_PER_SECOND: '100',
      ...generateVapidKeys(),
      VAPID_SUBJECT: 'mailto:ops@ordo.example',
    },
    secrets,
  );
  const log = createLogger(env, 'test');
  const mail = createSmtpTransport({ host: '127.0.0.1', port: inbox.port, from: 'Ordo <ordo@ordo.example>', requireTLS: false });
  deps = createJobDeps({ env, db: database.db, log, overrides: { mail, mailLinks: briefMailLinks(env), clock } });
  runtime = await startQueueRuntime({
    db: database.db,
    env,
    // Retries within milliseconds, so the transient path runs its course in the test.
    settings: { ...queueSettings(env, 'notify-test'), backoff: { baseMs: 20, capMs: 100 } },
    registry: createRegistry([notifySend], ['notify.send']),
    schedules: [],
    log,
    jobDeps: deps,
  });
});

beforeEach(() => clock.set(null));

afterAll(async () => {
  await runtime?.stop();
  if (deps) closeJobDeps(deps);
  await Promise.all([database?.drop(), twilio?.close(), pushService?.close(), inbox?.close()]);
});

interface DeliveryRow {
  channel: string;
  status: string;
  error: string | null;
  error_class: string | null;
  attempts: number;
  message_id: string | null;
  provider_status: string | null;
  provider_error_code: number | null;
  recipient: string;
  sent_at: Date | null;
}

async function delivery(notificationId: string, channel: string): Promise<DeliveryRow | undefined> {
  const [row] = await database.db.sql<DeliveryRow[]>`
    select channel, status, error, error_class, attempts, message_id, provider_status, provider_error_code, recipient, sent_at
    from deliveries where purpose = 'notification' and source_id = ${notificationId} and channel = ${channel}`;
  return row;
}

/**
 * Runs the notification's send jobs now (whatever run_at the producer gave them) and waits for
 * them, retries included; follow-ups held past quiet hours are left waiting for their time.
 */
async function runSends(notificationId: string): Promise<QueueJob[]> {
  await database.db.sql`
    update queue_jobs set run_at = now() where job_type = 'notify.send' and status = 'pending'
      and payload->>'notification_id' = ${notificationId} and (dedup_key is null or dedup_key not like '%:after-quiet:%')`;
  for (let i = 0; i < 600; i++) {
    const live = await database.db.sql<{ n: number }[]>`
      select count(*)::int as n from queue_jobs where job_type = 'notify.send' and payload->>'notification_id' = ${notificationId}
        and status in ('pending', 'processing')
        and (run_at <= now() or dedup_key is null or dedup_key not like '%:after-quiet:%')`;
    if (live[0]?.n === 0) {
      const ids = await database.db.sql<{ id: string }[]>`
        select id from queue_jobs where job_type = 'notify.send' and payload->>'notification_id' = ${notificationId} order by created_at`;
      return Promise.all(ids.map(async ({ id }) => (await findJob(database.db.sql, id)) as QueueJob));
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the sends of notification ${notificationId} did not finish`);
}

const smsTo = (phone: string) => twilio.messages.filter((message) => message.to === phone);

describe('notify.send: SMS through Twilio', () => {
  it('sends once through the real SDK, records the SID, and a second job sends nothing', async () => {
    const person = await seedPerson(database.db);
    const id = await seedNotification(database.db, person.id, { channels: ['sms'], body: 'Standup in 15 minutes' });
    const [job] = await runSends(id);
    expect(job).toMatchObject({ status: 'completed', attempts: 1, result: { delivery: 'sent' } });

    const sent = smsTo(person.phone);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ from: FROM, body: 'Standup in 15 minutes', statusCallback: `${APP}/webhooks/twilio/status` });
    expect(await delivery(id, 'sms')).toMatchObject({
      status: 'sent',
      attempts: 1,
      message_id: sent[0]?.sid,
      provider_status: 'queued',
      recipient: person.phone,
    });
    expect(job?.result).toMatchObject({ message_id: sent[0]?.sid });

    // Another job for the same notification and channel (a replay, a duplicate producer): settled, not resent.
    await enqueue(database.db.sql, 'notify.send', { notification_id: id, channel: 'sms' });
    const jobs = await runSends(id);
    expect(jobs.at(-1)).toMatchObject({ status: 'completed', result: { delivery: 'sent' } });
    expect(smsTo(person.phone)).toHaveLength(1);
  });

  it.each([
    ['SMS alerts are off', { smsEnabled: false }, /SMS alerts are off/],
    ['the phone is not verified', { phoneVerified: false }, /no verified phone/],
    ['there is no phone', { phoneVerified: null }, /no verified phone/],
  ] as const)('skips when %s, saying why', async (_case, settings, reason) => {
    const person = await seedPerson(database.db, settings);
    const id = await seedNotification(database.db, person.id, { channels: ['sms'] });
    const [job] = await runSends(id);
    expect(job).toMatchObject({ status: 'completed', result: { delivery: 'skipped' } });
    expect((await delivery(id, 'sms'))?.error).toMatch(reason);
    expect(smsTo(person.phone)).toHaveLength(0);
  });

  it('an opted-out number gets nothing', async () => {
    const person = await seedPerson(database.db);
    await database.db.sql`insert into sms_opt_outs (phone_e164, source, keyword) values (${person.phone}, 'keyword', 'STOP')`;
    const id = await seedNotification(database.db, person.id, { channels: ['sms'] });
    const [job] = await runSends(id);
    expect(job).toMatchObject({ status: 'completed', result: { delivery: 'skipped' } });
    expect(await delivery(id, 'sms')).toMatchObject({ status: 'skipped', error: expect.stringMatching(/opted out/), attempts: 0 });
    expect(smsTo(person.phone)).toHaveLength(0);
  });

  it('Twilio 21610 records a permanent failure, stops at once and opts the number out', async () => {
    const person = await seedPerson(database.db);
    const id = await seedNotification(database.db, person.id, { channels: ['sms'] });
    twilio.failNext(1, { status: 400, code: 21610, message: 'Attempt to send to unsubscribed recipient' }, { to: person.phone });
    const [job] = await runSends(id);
    expect(job).toMatchObject({ status: 'failed', attempts: 1 });
    expect(job?.last_error).toMatch(/refused the message for good.*21610/);
    expect(await delivery(id, 'sms')).toMatchObject({ status: 'failed', error_class: 'permanent', provider_error_code: 21610 });
    const [optOut] = await database.db.sql`select source from sms_opt_outs where phone_e164 = ${person.phone}`;
    expect(optOut).toEqual({ source: 'provider' });

    // The next alert to that number is skipped before Twilio is asked.
    const requestsBefore = twilio.requests;
    const next = await seedNotification(database.db, person.id, { channels: ['sms'] });
    await runSends(next);
    expect(await delivery(next, 'sms')).toMatchObject({ status: 'skipped', error: expect.stringMatching(/opted out/) });
    expect(twilio.requests).toBe(requestsBefore);
    expect(smsTo(person.phone)).toHaveLength(0);
  });

  it('an invalid number (21211) fails for good after one attempt', async () => {
    const person = await seedPerson(database.db);
    const id = await seedNotification(database.db, person.id, { channels: ['sms'] });
    twilio.failNext(1, { status: 400, code: 21211, message: "The 'To' number is not a valid phone number." }, { to: person.phone });
    const [job] = await runSends(id);
    expect(job).toMatchObject({ status: 'failed', attempts: 1 });
    expect(await delivery(id, 'sms')).toMatchObject({ status: 'failed', error_class: 'permanent', provider_error_code: 21211 });
    const optOuts = await database.db.sql`select 1 from sms_opt_outs where phone_e164 = ${person.phone}`;
    expect(optOuts).toHaveLength(0);
  });

  it('retries 429 and 5xx with backoff and sends once when Twilio recovers', async () => {
    const person = await seedPerson(database.db);
    const id = await seedNotification(database.db, person.id, { channels: ['sms'] });
    twilio.failNext(1, { status: 429, code: 20429, message: 'Too Many Requests' }, { to: person.phone });
    twilio.failNext(1, { status: 503, code: 20503, message: 'Service Unavailable' }, { to: person.phone });
    const [job] = await runSends(id);
    expect(job).toMatchObject({ status: 'completed', attempts: 3, result: { delivery: 'sent' } });
    expect(smsTo(person.phone)).toHaveLength(1);
    expect(await delivery(id, 'sms')).toMatchObject({ status: 'sent', attempts: 3, error: null, provider_error_code: null });
  });

  it('holds the daily cap when several SMS for one person are claimed at the same time', async () => {
    const person = await seedPerson(database.db, { dailySmsCap: 2 });
    const ids = await Promise.all(Array.from({ length: 6 }, () => seedNotification(database.db, person.id, { channels: ['sms'] })));
    const jobs = (await Promise.all(ids.map(runSends))).flat();
    const outcomes = jobs.map((job) => (job.result as { delivery: string }).delivery).sort();
    expect(outcomes).toEqual(['sent', 'sent', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(smsTo(person.phone)).toHaveLength(2);
  });

  it('cuts a text over three segments to three before Twilio sees it', async () => {
    const person = await seedPerson(database.db);
    // 253 UCS-2 units: four segments, which the notifications column (480 characters) allows.
    const body = `Напоминание: ${'позвонить в банк 🎉 '.repeat(12)}`;
    expect(smsLength(body).segments).toBe(4);
    const id = await seedNotification(database.db, person.id, { channels: ['sms'], body });
    const [job] = await runSends(id);
    expect(job).toMatchObject({ status: 'completed', result: { delivery: 'sent' } });
    const [sent] = smsTo(person.phone);
    expect(smsLength(sent?.body ?? '').segments).toBe(3);
    expect(sent?.body.endsWith('…')).toBe(true);
    expect(body.startsWith(sent?.body.slice(0, -1) ?? '-')).toBe(true);
  });

  it('skips a stale notification', async () => {
    const person = await seedPerson(database.db);
    const id = await seedNotification(database.db, person.id, { channels: ['sms', 'push'], staleAt: new Date(Date.now() - 60_000) });
    const jobs = await runSends(id);
    expect(jobs.map((job) => job.result)).toEqual([
      expect.objectContaining({ delivery: 'skipped', reason: expect.stringMatching(/^stale/) }),
      expect.objectContaining({ delivery: 'skipped', reason: expect.stringMatching(/^stale/) }),
    ]);
    expect(smsTo(person.phone)).toHaveLength(0);
  });
});

describe('notify.send: a task that changed after its reminder or alert fired', () => {
  type Channel = 'sms' | 'push';

  /** A person reachable on `channel`, and how many messages reached them there so far. */
  async function reachablePerson(channel: Channel, settings: Parameters<typeof seedPerson>[1] = {}) {
    const person = await seedPerson(database.db, settings);
    if (channel === 'sms') return { person, received: () => smsTo(person.phone).length };
    const endpoint = pushService.endpoint();
    await seedPushSubscription(database.db, person.id, createPushClient().subscription(endpoint));
    return { person, received: () => pushService.delivered.filter((message) => message.endpoint === endpoint).length };
  }

  /** Holds the sends the transaction enqueued an hour, as quiet hours, a rate slot or a retry would: runSends runs them. */
  const holdSends = (tx: Tx) => tx`
    update queue_jobs set run_at = now() + interval '1 hour'
    where job_type = 'notify.send' and status = 'pending' and created_at = now()`;

  /** The reminder schedule's tick at `at` (the producer), its sends held; the reminder's notifications, oldest time first. */
  async function fireReminder(reminderId: string, at: Date): Promise<string[]> {
    await database.db.asService(async (tx) => {
      await fireDueReminders({ at, tx });
      await holdSends(tx);
    });
    const rows = await database.db.sql<{ id: string }[]>`select id from notifications where reminder_id = ${reminderId} order by due_at`;
    return rows.map((row) => row.id);
  }

  const changes = {
    completed: { change: (taskId: string) => database.db.sql`update tasks set status = 'done' where id = ${taskId}`, reason: 'the task was completed' },
    deleted: { change: (taskId: string) => database.db.sql`update tasks set deleted_at = now() where id = ${taskId}`, reason: 'the task was deleted' },
    skipped: { change: (taskId: string) => database.db.sql`update tasks set status = 'cancelled' where id = ${taskId}`, reason: 'the task was cancelled (skipped)' },
  };

  it.each((['sms', 'push'] as const).flatMap((channel) => (['completed', 'deleted', 'skipped'] as const).map((change) => [channel, change] as const)))(
    '%s: a reminder that fired is not sent once its task is %s, and the delivery says why',
    async (channel, change) => {
      const { person, received } = await reachablePerson(channel);
      const { taskId, reminderId } = await seedTaskWithReminder(database.db, person.id, new Date(Date.now() - 30_000), [channel]);
      const [id] = await fireReminder(reminderId, new Date());
      await changes[change].change(taskId);
      const [job] = await runSends(id as string);
      expect(job).toMatchObject({ status: 'completed', result: { delivery: 'skipped', reason: changes[change].reason } });
      expect(await delivery(id as string, channel)).toMatchObject({ status: 'skipped', error: changes[change].reason, attempts: 0 });
      expect(received()).toBe(0);
    },
  );

  it.each(['sms', 'push'] as const)('%s: a reminder whose task is still open is sent', async (channel) => {
    const { person, received } = await reachablePerson(channel);
    const { reminderId } = await seedTaskWithReminder(database.db, person.id, new Date(Date.now() - 30_000), [channel]);
    const [id] = await fireReminder(reminderId, new Date());
    const [job] = await runSends(id as string);
    expect(job).toMatchObject({ status: 'completed', result: { delivery: 'sent' } });
    expect(received()).toBe(1);
  });

  it.each(['sms', 'push'] as const)('%s: a task moved after its reminder fired sends only the reminder of the new time, once', async (channel) => {
    const { person, received } = await reachablePerson(channel);
    const firstStart = new Date(Date.now() - 60_000);
    const { taskId, reminderId } = await seedTaskWithReminder(database.db, person.id, firstStart, [channel]);
    await fireReminder(reminderId, new Date(firstStart.getTime() + 1_000));
    const newStart = new Date(Date.now() - 20_000);
    await database.db.sql`update tasks set start_at = ${newStart} where id = ${taskId}`;
    const [old, moved] = await fireReminder(reminderId, new Date());
    const [oldJob] = await runSends(old as string);
    const [movedJob] = await runSends(moved as string);
    expect(oldJob).toMatchObject({ status: 'completed', result: { delivery: 'skipped', reason: `the task moved: this now belongs to ${newStart.toISOString()}` } });
    expect(movedJob).toMatchObject({ status: 'completed', result: { delivery: 'sent' } });
    expect(received()).toBe(1);
    // Another job for the moved-away reminder still sends nothing.
    await enqueue(database.db.sql, 'notify.send', { notification_id: old as string, channel });
    await runSends(old as string);
    expect(received()).toBe(1);
  });

  it('a reminder held by quiet hours is not sent when they end if the task was completed meanwhile', async () => {
    // Reminder at 06:30, quiet hours until 07:00, the task completed at 06:45.
    const { person, received } = await reachablePerson('sms', { quiet: { start: '22:00', end: '07:00' } });
    clock.set('2035-06-01T06:30:00Z');
    const { taskId, reminderId } = await seedTaskWithReminder(database.db, person.id, clock.now(), ['sms']);
    const [id] = await fireReminder(reminderId, clock.now());
    const [held] = await runSends(id as string);
    expect(held).toMatchObject({ result: { delivery: 'deferred', release_at: '2035-06-01T07:00:00.000Z' } });
    await changes.completed.change(taskId);
    clock.set('2035-06-01T07:00:00Z');
    const followUpId = (held?.result as { follow_up_job_id?: string } | undefined)?.follow_up_job_id ?? '';
    await database.db.sql`update queue_jobs set run_at = now() where id = ${followUpId}`;
    const jobs = await runSends(id as string);
    expect(jobs.at(-1)).toMatchObject({ status: 'completed', result: { delivery: 'skipped', reason: 'the task was completed' } });
    expect(received()).toBe(0);
  });

  it('a text that waited over a second for its send slot is not sent if the task was completed meanwhile', async () => {
    const { person, received } = await reachablePerson('sms');
    const { taskId, reminderId } = await seedTaskWithReminder(database.db, person.id, new Date(Date.now() - 30_000), ['sms']);
    const [id] = await fireReminder(reminderId, new Date());
    // Two seconds of texts ahead of it in the shared bucket (100 a second here).
    await database.db.sql`select public.reserve_send_slots(${SMS_RATE_BUCKET}, 100, 200, 3)`;
    const sends = runSends(id as string);
    // Claimed (`sending`), it waits for its slot; the task is completed meanwhile.
    await until('the text to be claimed', async () => ((await delivery(id as string, 'sms'))?.status === 'sending' ? true : undefined), 1_000);
    await changes.completed.change(taskId);
    const [job] = await sends;
    expect(job).toMatchObject({ status: 'completed', result: { delivery: 'skipped', reason: 'the task was completed' } });
    expect(await delivery(id as string, 'sms')).toMatchObject({ status: 'skipped', error: 'the task was completed', attempts: 1 });
    expect(received()).toBe(0);
  });

  it.each(['sms', 'push'] as const)('%s: a "starting soon" alert is not sent for a task moved to another time, nor for one completed', async (channel) => {
    const { person, received } = await reachablePerson(channel);
    const start = new Date(Date.now() + 10 * 60_000);
    const [moved, done] = await Promise.all([
      seedTaskWithReminder(database.db, person.id, start, [channel]),
      seedTaskWithReminder(database.db, person.id, start, [channel]),
    ]);
    await database.db.asService(async (tx) => {
      await createTaskSoonAlerts(tx, new Date());
      await holdSends(tx);
    });
    const alerts = await database.db.sql<{ id: string; task_id: string }[]>`
      select id, task_id from notifications where user_id = ${person.id} and kind = 'task_due_soon'`;
    expect(alerts).toHaveLength(2);
    const later = new Date(start.getTime() + 2 * 3_600_000);
    await database.db.sql`update tasks set start_at = ${later} where id = ${moved.taskId}`;
    await changes.completed.change(done.taskId);
    const alertOf = (taskId: string) => alerts.find((alert) => alert.task_id === taskId)?.id as string;
    const [movedJob] = await runSends(alertOf(moved.taskId));
    const [doneJob] = await runSends(alertOf(done.taskId));
    expect(movedJob?.result).toMatchObject({ delivery: 'skipped', reason: `the task moved: this now belongs to ${later.toISOString()}` });
    expect(doneJob?.result).toMatchObject({ delivery: 'skipped', reason: 'the task was completed' });
    expect(received()).toBe(0);
  });
});

describe('notify.send: quiet hours and the daily cap on the person’s clock, across DST', () => {
  // New York springs forward on Sunday 11 March 2035 (02:00 EST → 03:00 EDT): that day has 23 hours.
  const NY = 'America/New_York';

  it('holds an SMS inside quiet hours until they end on the wall clock, then sends it', async () => {
    const person = await seedPerson(database.db, { timezone: NY, quiet: { start: '22:00', end: '07:00' } });
    // 23:00 EST on Saturday 10 March: quiet until 07:00 EDT on the 11th, which is 11:00Z (7 hours later, not 8).
    clock.set('2035-03-11T04:00:00Z');
    const id = await seedNotification(database.db, person.id, { channels: ['sms'], dueAt: clock.now() });
    const [first] = await runSends(id);
    expect(first).toMatchObject({ status: 'completed', result: { delivery: 'deferred', release_at: '2035-03-11T11:00:00.000Z' } });
    expect(await delivery(id, 'sms')).toBeUndefined();
    const followUpId = (first?.result as { follow_up_job_id?: string } | undefined)?.follow_up_job_id ?? '';
    const followUp = await findJob(database.db.sql, followUpId);
    expect(followUp).toMatchObject({ status: 'pending', run_at: new Date('2035-03-11T11:00:00Z') });
    expect(smsTo(person.phone)).toHaveLength(0);

    // 07:00 EDT: the follow-up runs and sends it.
    clock.set('2035-03-11T11:00:00Z');
    await database.db.sql`update queue_jobs set run_at = now() where id = ${followUpId}`;
    const jobs = await runSends(id);
    expect(jobs.find((job) => job.id === followUpId)).toMatchObject({ status: 'completed', result: { delivery: 'sent' } });
    expect(smsTo(person.phone)).toHaveLength(1);
  });

  it('drops what would be stale by the end of quiet hours', async () => {
    const person = await seedPerson(database.db, { timezone: NY, quiet: { start: '22:00', end: '07:00' } });
    clock.set('2035-03-11T04:00:00Z');
    const id = await seedNotification(database.db, person.id, { channels: ['sms'], dueAt: clock.now(), staleAt: new Date('2035-03-11T05:00:00Z') });
    const [job] = await runSends(id);
    expect(job).toMatchObject({ status: 'completed', result: { delivery: 'skipped' } });
    expect((await delivery(id, 'sms'))?.error).toMatch(/stale by the end of quiet hours \(2035-03-11T11:00:00.000Z\)/);
  });

  it('takes quiet hours set after the notification was enqueued into account', async () => {
    const person = await seedPerson(database.db, { timezone: NY });
    clock.set('2035-03-11T04:00:00Z');
    const id = await seedNotification(database.db, person.id, { channels: ['sms'], dueAt: clock.now() });
    await database.db.sql`update notification_preferences set quiet_start = '21:00', quiet_end = '06:30' where user_id = ${person.id}`;
    const [job] = await runSends(id);
    expect(job?.result).toMatchObject({ delivery: 'deferred', release_at: '2035-03-11T10:30:00.000Z' });
  });

  /** Sends one SMS notification due at `at` (the clock set there); the job's outcome. */
  async function sendSmsAt(userId: string, at: string): Promise<{ delivery: string; reason?: string }> {
    clock.set(at);
    const id = await seedNotification(database.db, userId, { channels: ['sms'], dueAt: clock.now() });
    const [job] = await runSends(id);
    return (job?.result as { delivery: string; reason?: string }) ?? { delivery: 'none' };
  }

  it('counts the daily cap per local day: the 23-hour day of the change ends at midnight EDT', async () => {
    const person = await seedPerson(database.db, { timezone: NY, dailySmsCap: 2 });
    const send = (at: string) => sendSmsAt(person.id, at);
    // Saturday 10 March, 23:10 and 23:20 EST (already the 11th in UTC): the cap of 2 is reached.
    expect((await send('2035-03-11T04:10:00Z')).delivery).toBe('sent');
    expect((await send('2035-03-11T04:20:00Z')).delivery).toBe('sent');
    const capped = await send('2035-03-11T04:30:00Z');
    expect(capped).toMatchObject({ delivery: 'skipped', reason: expect.stringMatching(/daily SMS cap is reached \(2 of 2 today, America\/New_York\)/) });
    // 00:10 EST on Sunday the 11th: a new local day, though the same UTC day as the three above.
    expect((await send('2035-03-11T05:10:00Z')).delivery).toBe('sent');
    expect((await send('2035-03-11T20:00:00Z')).delivery).toBe('sent');
    expect((await send('2035-03-12T03:55:00Z')).delivery).toBe('skipped'); // 23:55 EDT, still the 11th
    // 00:05 EDT on Monday the 12th, 23 hours after the 11th began: a new day again (24 hours would still be the 11th).
    expect((await send('2035-03-12T04:05:00Z')).delivery).toBe('sent');
    expect(smsTo(person.phone)).toHaveLength(5);
  });

  it('counts the daily cap per local day: the 25-hour day the clocks go back ends at midnight EST', async () => {
    // New York falls back on Sunday 4 November 2035 (02:00 EDT → 01:00 EST): that day runs from
    // 04:00Z to 05:00Z the next day, 25 hours.
    const person = await seedPerson(database.db, { timezone: NY, dailySmsCap: 2 });
    const send = (at: string) => sendSmsAt(person.id, at);
    // Saturday the 3rd, 23:40 and 23:50 EDT (already the 4th in UTC): the cap of 2 is reached.
    expect((await send('2035-11-04T03:40:00Z')).delivery).toBe('sent');
    expect((await send('2035-11-04T03:50:00Z')).delivery).toBe('sent');
    expect((await send('2035-11-04T03:55:00Z')).delivery).toBe('skipped');
    // 00:05 EDT on Sunday the 4th: a new local day.
    expect((await send('2035-11-04T04:05:00Z')).delivery).toBe('sent');
    // 23:30 EST, 24.5 hours after the day began: still Sunday, the second text of the day.
    expect((await send('2035-11-05T04:30:00Z')).delivery).toBe('sent');
    // 23:50 EST: still Sunday, past where a 24-hour day would have ended (04:00Z): capped.
    const capped = await send('2035-11-05T04:50:00Z');
    expect(capped).toMatchObject({ delivery: 'skipped', reason: expect.stringMatching(/daily SMS cap is reached \(2 of 2 today, America\/New_York\)/) });
    // 00:05 EST on Monday the 5th, 25 hours after Sunday began: a new day.
    expect((await send('2035-11-05T05:05:00Z')).delivery).toBe('sent');
    expect(smsTo(person.phone)).toHaveLength(5);
  });
});

describe('notify.send: Web Push', () => {
  it('pushes to every device once: the payload decrypts to the notification, a 410 deletes that subscription', async () => {
    const person = await seedPerson(database.db);
    const [phone, laptop] = [createPushClient(), createPushClient()];
    const phoneEndpoint = pushService.endpoint();
    const laptopEndpoint = pushService.endpoint();
    const phoneId = await seedPushSubscription(database.db, person.id, phone.subscription(phoneEndpoint));
    const laptopId = await seedPushSubscription(database.db, person.id, laptop.subscription(laptopEndpoint));
    pushService.answerFor(laptopEndpoint, 410);

    const id = await seedNotification(database.db, person.id, { channels: ['push'], title: 'Call the bank', body: 'Before 17:00', link: '/tasks/42' });
    const [job] = await runSends(id);
    expect(job).toMatchObject({ status: 'completed', result: { delivery: 'sent', devices: { accepted: 1, tried: 2, removed: 1 } } });

    const [message] = pushService.delivered.filter((candidate) => candidate.endpoint === phoneEndpoint);
    expect(JSON.parse(phone.decrypt(message?.body ?? Buffer.alloc(0)).toString('utf8'))).toEqual({
      title: 'Call the bank',
      body: 'Before 17:00',
      link: '/tasks/42',
      tag: `notification:${id}`,
    });
    expect(pushService.received.filter((candidate) => candidate.endpoint === laptopEndpoint)).toHaveLength(1);
    const left = await database.db.sql<{ id: string; last_success_at: Date | null }[]>`
      select id, last_success_at from push_subscriptions where user_id = ${person.id}`;
    expect(left).toEqual([{ id: phoneId, last_success_at: expect.any(Date) }]);
    expect(left.some((row) => row.id === laptopId)).toBe(false);
    expect(await delivery(id, 'push')).toMatchObject({ status: 'sent', provider_status: 'accepted by 1 of 2', recipient: '2 push devices' });
  });

  it('retries when no device accepted it for a transient reason, without pushing twice', async () => {
    const person = await seedPerson(database.db);
    const client = createPushClient();
    const endpoint = pushService.endpoint();
    const subscriptionId = await seedPushSubscription(database.db, person.id, client.subscription(endpoint));
    pushService.answerFor(endpoint, 503);
    const id = await seedNotification(database.db, person.id, { channels: ['push'] });
    // Let the first attempt fail, then the push service recover.
    const waitForFailure = (async () => {
      for (let i = 0; i < 400 && pushService.received.filter((message) => message.endpoint === endpoint).length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      pushService.answerFor(endpoint, 201);
    })();
    const [job] = await runSends(id);
    await waitForFailure;
    expect(job).toMatchObject({ status: 'completed', result: { delivery: 'sent' } });
    expect(job?.attempts).toBeGreaterThan(1);
    expect(pushService.delivered.filter((message) => message.endpoint === endpoint)).toHaveLength(1);
    const [subscription] = await database.db.sql`select last_success_at, last_failure_at from push_subscriptions where id = ${subscriptionId}`;
    expect(subscription).toEqual({ last_success_at: expect.any(Date), last_failure_at: expect.any(Date) });
  });

  it('when every subscription is gone, removes them and records the push as failed', async () => {
    const person = await seedPerson(database.db);
    const endpoint = pushService.endpoint();
    await seedPushSubscription(database.db, person.id, createPushClient().subscription(endpoint));
    pushService.answerFor(endpoint, 404);
    const id = await seedNotification(database.db, person.id, { channels: ['push'] });
    const [job] = await runSends(id);
    expect(job).toMatchObject({ status: 'completed', attempts: 1, result: { delivery: 'failed', devices: { accepted: 0, tried: 1, removed: 1 } } });
    expect(await database.db.sql`select 1 from push_subscriptions where user_id = ${person.id}`).toHaveLength(0);
    expect(await delivery(id, 'push')).toMatchObject({ status: 'failed', error_class: 'permanent', provider_error_code: 404 });
  });

  it('skips without a subscription or with push turned off', async () => {
    const nobody = await seedPerson(database.db);
    const off = await seedPerson(database.db, { pushEnabled: false });
    await seedPushSubscription(database.db, off.id, createPushClient().subscription(pushService.endpoint()));
    const a = await seedNotification(database.db, nobody.id, { channels: ['push'] });
    const b = await seedNotification(database.db, off.id, { channels: ['push'] });
    await Promise.all([runSends(a), runSends(b)]);
    expect((await delivery(a, 'push'))?.error).toBe('this person has no push subscription');
    expect((await delivery(b, 'push'))?.error).toBe('push notifications are off for this person');
  });
});

describe('notify.send: email', () => {
  it('mails a short plain-text message: the title as subject, the body and the link', async () => {
    const person = await seedPerson(database.db);
    const id = await seedNotification(database.db, person.id, { channels: ['email'], title: 'Due soon: the report', body: 'The report is due in 15 minutes.', link: '/tasks/7' });
    const [job] = await runSends(id);
    expect(job).toMatchObject({ status: 'completed', result: { delivery: 'sent', message_id: `<notification.${id}@ordo.example>` } });
    const mail = await inbox.waitFor(person.email, 'Due soon: the report');
    expect(mail.text).toBe(`The report is due in 15 minutes.\n\n${APP}/tasks/7\n`);
    expect(mail.html).toBe(false);
    expect(await delivery(id, 'email')).toMatchObject({ status: 'sent', recipient: person.email });
  });

  it('sends each channel of a notification on its own', async () => {
    const person = await seedPerson(database.db);
    const client = createPushClient();
    const endpoint = pushService.endpoint();
    await seedPushSubscription(database.db, person.id, client.subscription(endpoint));
    const id = await seedNotification(database.db, person.id, { channels: ['push', 'sms', 'email'], title: 'All three' });
    const jobs = await runSends(id);
    expect(jobs).toHaveLength(3);
    expect(jobs.every((job) => job.status === 'completed' && (job.result as { delivery: string }).delivery === 'sent')).toBe(true);
    expect(smsTo(person.phone)).toHaveLength(1);
    expect(pushService.delivered.filter((message) => message.endpoint === endpoint)).toHaveLength(1);
    await inbox.waitFor(person.email, 'All three');
  });
});
