import { createLogger, loadConfig } from '@ordo/config';
import { startTwilioFake, type TwilioFake } from '@ordo/notify/testing';
import { findJob, type QueueJob } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeJobDeps, createJobDeps, type JobDeps } from '../job-deps.ts';
import { createRegistry } from '../queue/registry.ts';
import { type QueueRuntime, startQueueRuntime } from '../queue/runtime.ts';
import { queueSettings } from '../queue/settings.ts';
import { seedNotification, seedPerson } from '../testing/notifications.ts';
import { notifySend } from './notify.send.ts';

// notify.send with billing on (ENABLE_STRIPE): text messages count against the person's plan.

const secrets = { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } };

let database: TestDatabase;
let twilio: TwilioFake;
let runtime: QueueRuntime;
let deps: JobDeps;

beforeAll(async () => {
  [database, twilio] = await Promise.all([createTestDatabase(), startTwilioFake()]);
  const env = loadConfig(
    {
      DATABASE_URL: database.url,
      LOG_LEVEL: 'silent',
      WORKER_POLL_INTERVAL_MS: '50',
      PUBLIC_APP_URL: 'https://ordo.example',
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_FROM_NUMBER: '+15017122661',
      TWILIO_API_URL: twilio.url,
      SMS_MAX_PER_SECOND: '100',
      ENABLE_STRIPE: 'true',
      STRIPE_SECRET_KEY: 'sk_test_limits',
      STRIPE_WEBHOOK_SECRET: 'whsec_limits',
      STRIPE_PRICE_PRO_MONTHLY: 'price_limits_month',
      STRIPE_PRICE_PRO_YEARLY: 'price_limits_year',
    },
    secrets,
  );
  const log = createLogger(env, 'test');
  deps = createJobDeps({ env, db: database.db, log });
  runtime = await startQueueRuntime({
    db: database.db,
    env,
    settings: { ...queueSettings(env, 'notify-plan-test'), backoff: { baseMs: 20, capMs: 100 } },
    registry: createRegistry([notifySend], ['notify.send']),
    schedules: [],
    log,
    jobDeps: deps,
  });
});

afterAll(async () => {
  await runtime?.stop();
  if (deps) closeJobDeps(deps);
  await Promise.all([database?.drop(), twilio?.close()]);
});

async function finishedSend(notificationId: string): Promise<QueueJob> {
  for (let i = 0; i < 400; i++) {
    const [row] = await database.db.sql<{ id: string; status: string }[]>`
      select id, status from queue_jobs where job_type = 'notify.send' and payload->>'notification_id' = ${notificationId}`;
    if (row && (row.status === 'completed' || row.status === 'failed')) return (await findJob(database.db.sql, row.id)) as QueueJob;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the send of ${notificationId} did not finish`);
}

async function smsDelivery(notificationId: string) {
  const [row] = await database.db.sql<{ status: string; error: string | null }[]>`
    select status, error from deliveries where purpose = 'notification' and source_id = ${notificationId} and channel = 'sms'`;
  return row;
}

async function smsCounted(userId: string): Promise<number> {
  const [row] = await database.db.sql<{ used: number }[]>`select used from usage_counters where user_id = ${userId} and metric = 'sms'`;
  return row?.used ?? 0;
}

const smsTo = (phone: string) => twilio.messages.filter((message) => message.to === phone);

describe('notify.send under plan limits', () => {
  it('sends no SMS on Free and records why, as for other skipped deliveries', async () => {
    const person = await seedPerson(database.db);
    await database.db.sql`update billing_accounts set trial_ends_at = now() - interval '1 day' where user_id = ${person.id}`;
    const id = await seedNotification(database.db, person.id, { channels: ['sms'] });
    expect(await finishedSend(id)).toMatchObject({ status: 'completed', result: { delivery: 'skipped' } });
    expect(await smsDelivery(id)).toEqual({
      status: 'skipped',
      error: 'Text messages are not part of Free; upgrade to Pro for 300 text messages a month',
    });
    expect(smsTo(person.phone)).toHaveLength(0);
    expect(await smsCounted(person.id)).toBe(0);
  });

  it('says the Pro plan ended when a lapsed subscriber’s SMS is skipped', async () => {
    const person = await seedPerson(database.db);
    await database.db.sql`
      update billing_accounts set trial_ends_at = now() - interval '30 days', subscription_status = 'past_due',
        payment_failed_at = now() - interval '8 days', grace_ends_at = now() - interval '1 day'
      where user_id = ${person.id}`;
    const id = await seedNotification(database.db, person.id, { channels: ['sms'] });
    await finishedSend(id);
    expect((await smsDelivery(id))?.error).toMatch(/^Your Pro plan ended, and text messages are not part of Free/);
    expect(smsTo(person.phone)).toHaveLength(0);
  });

  it('sends on Pro and counts the message against the month', async () => {
    const person = await seedPerson(database.db);
    const id = await seedNotification(database.db, person.id, { channels: ['sms'] });
    expect(await finishedSend(id)).toMatchObject({ status: 'completed', result: { delivery: 'sent' } });
    expect(smsTo(person.phone)).toHaveLength(1);
    expect(await smsCounted(person.id)).toBe(1);
  });

  it('gives the count back when the provider refuses the message for good', async () => {
    const person = await seedPerson(database.db);
    const id = await seedNotification(database.db, person.id, { channels: ['sms'] });
    twilio.failNext(1, { status: 400, code: 21211, message: "The 'To' number is not a valid phone number" });
    expect(await finishedSend(id)).toMatchObject({ status: 'failed' });
    expect(await smsDelivery(id)).toMatchObject({ status: 'failed' });
    expect(await smsCounted(person.id)).toBe(0);
  });

  it('skips once the plan’s monthly allowance is used, naming it', async () => {
    const person = await seedPerson(database.db);
    await database.db.sql`
      insert into usage_counters (user_id, metric, period_start, used)
      values (${person.id}, 'sms', date_trunc('month', now() at time zone 'UTC') at time zone 'UTC', 300)`;
    const id = await seedNotification(database.db, person.id, { channels: ['sms'] });
    await finishedSend(id);
    expect(await smsDelivery(id)).toMatchObject({
      status: 'skipped',
      error: expect.stringMatching(/^You've used 300 of 300 text messages this month on Pro; more on 1 \w+ \d{4} \(UTC\)$/),
    });
    expect(smsTo(person.phone)).toHaveLength(0);
  });
});
