import { randomUUID } from 'node:crypto';
import { storeStripeEvent, stripeEventSchema } from '@ordo/billing';
import { type StripeFake, type StripeFakeEvent, startStripeFake, stripeEnv } from '@ordo/billing/testing';
import { createLogger, loadConfig } from '@ordo/config';
import { createSmtpTransport } from '@ordo/notify';
import { type SmtpInbox, startSmtpInbox } from '@ordo/notify/testing';
import { findJob, type QueueJob } from '@ordo/supabase-client';
import { createTestDatabase, type TestDatabase } from '@ordo/supabase-client/testing';
import type Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { billingSchedule } from '../billing/billing-schedule.ts';
import { processStripeEvent } from '../billing/process-stripe-event.ts';
import { type Clock, closeJobDeps, createJobDeps, type JobDeps } from '../job-deps.ts';
import { createRegistry } from '../queue/registry.ts';
import { type QueueRuntime, startQueueRuntime } from '../queue/runtime.ts';
import { queueSettings } from '../queue/settings.ts';
import { tickSchedule } from '../testing/schedule-ticks.ts';
import { billingSendEmail } from './billing.send_email.ts';
import { billingStripeEvent } from './billing.stripe_event.ts';

// billing.stripe_event and billing.send_email run by the real queue runtime against a database,
// the Stripe fake (through the real SDK, for re-fetches) and an SMTP inbox. Events are stored the
// way the webhook route stores them (storeStripeEvent), which enqueues their jobs.

const APP = 'https://ordo.example';
const DAY_MS = 86_400_000;

class TestClock implements Clock {
  private at: Date | null = null;
  now(): Date {
    return this.at ? new Date(this.at) : new Date();
  }
  set(at: Date | null): void {
    this.at = at;
  }
}

let database: TestDatabase;
let fake: StripeFake;
let inbox: SmtpInbox;
let runtime: QueueRuntime;
let deps: JobDeps;
let stripe: Stripe;
const clock = new TestClock();

beforeAll(async () => {
  [database, fake, inbox] = await Promise.all([createTestDatabase(), startStripeFake(), startSmtpInbox()]);
  const env = loadConfig(
    {
      DATABASE_URL: database.url,
      LOG_LEVEL: 'silent',
      WORKER_POLL_INTERVAL_MS: '50',
      PUBLIC_APP_URL: APP,
      ...stripeEnv(fake),
    },
    { localSecrets: { SUPABASE_JWT_SECRET: 's'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32) } },
  );
  const log = createLogger(env, 'test');
  const mail = createSmtpTransport({ host: '127.0.0.1', port: inbox.port, from: 'Ordo <ordo@ordo.example>', requireTLS: false });
  deps = createJobDeps({ env, db: database.db, log, overrides: { mail, clock } });
  stripe = await (deps.billing as NonNullable<JobDeps['billing']>).stripe();
  runtime = await startQueueRuntime({
    db: database.db,
    env,
    settings: { ...queueSettings(env, 'billing-test'), backoff: { baseMs: 20, capMs: 100 } },
    registry: createRegistry([billingStripeEvent, billingSendEmail], ['billing.stripe_event', 'billing.send_email']),
    schedules: [],
    log,
    jobDeps: deps,
  });
});

beforeEach(() => clock.set(null));

afterAll(async () => {
  await runtime?.stop();
  if (deps) closeJobDeps(deps);
  await Promise.all([database?.drop(), fake?.close(), inbox?.close()]);
});

interface Person {
  id: string;
  email: string;
  customer: string;
}

/** A verified person with a Stripe customer, linked in billing_accounts unless told otherwise. */
async function person(options: { linked?: boolean } = {}): Promise<Person> {
  const email = `${randomUUID()}@example.test`;
  const [user] = await database.db.sql<{ id: string }[]>`
    insert into public.users (email, name, timezone, email_verified_at) values (${email}, 'Ada', 'Europe/Paris', now()) returning id`;
  const id = (user as { id: string }).id;
  const customer = await stripe.customers.create({ email, metadata: { user_id: id } });
  if (options.linked !== false) await database.db.sql`update public.billing_accounts set stripe_customer_id = ${customer.id} where user_id = ${id}`;
  return { id, email, customer: customer.id };
}

/** Checks out Pro at the fake as Ordo's checkout would; the subscription and its three events. */
async function subscribe(who: Person, interval: 'month' | 'year' = 'month') {
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: who.customer,
    client_reference_id: who.id,
    metadata: { user_id: who.id },
    subscription_data: { metadata: { user_id: who.id } },
    line_items: [{ price: fake.prices[interval], quantity: 1 }],
    success_url: `${APP}/settings/billing?checkout=success`,
  });
  return fake.completeCheckout(session.id);
}

async function jobOf(dedupKey: string): Promise<QueueJob> {
  for (let i = 0; i < 400; i++) {
    const [row] = await database.db.sql<{ id: string; status: string }[]>`
      select id, status from public.queue_jobs where dedup_key = ${dedupKey} order by created_at desc limit 1`;
    if (row && (row.status === 'completed' || row.status === 'failed')) return (await findJob(database.db.sql, row.id)) as QueueJob;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`job ${dedupKey} did not finish`);
}

/** Stores each event as the webhook does and waits for its job, one after another: the arrival order. */
async function arrive(...events: StripeFakeEvent[]): Promise<string[]> {
  const outcomes: string[] = [];
  for (const event of events) {
    const stored = await database.db.asService((tx) => storeStripeEvent(tx, stripeEventSchema.parse(event)));
    expect(stored).toBe(true);
    const job = await jobOf(`stripe-event:${event.id}`);
    expect(job.status).toBe('completed');
    outcomes.push((job.result as { outcome: string }).outcome);
  }
  return outcomes;
}

interface AccountRow {
  stripe_customer_id: string | null;
  stripe_subscription_id: string | null;
  subscription_status: string | null;
  price_id: string | null;
  billing_interval: string | null;
  current_period_end: Date | null;
  cancel_at_period_end: boolean;
  subscription_version: string | null;
  payment_failed_at: Date | null;
  grace_ends_at: Date | null;
}

async function account(userId: string): Promise<AccountRow> {
  const [row] = await database.db.sql<AccountRow[]>`
    select stripe_customer_id, stripe_subscription_id, subscription_status, price_id, billing_interval, current_period_end,
      cancel_at_period_end, subscription_version, payment_failed_at, grace_ends_at
    from public.billing_accounts where user_id = ${userId}`;
  return row as AccountRow;
}

const mailsTo = (email: string) => inbox.received.filter((mail) => mail.to && JSON.stringify(mail.to).includes(email)).map((mail) => mail.subject);
const refetches = (subscriptionId: string) => fake.count('GET', new RegExp(`^/v1/subscriptions/${subscriptionId}$`));

describe('billing.stripe_event', () => {
  it('applies a checkout in any arrival order: the completed session links the customer and Stripe\'s copy decides', async () => {
    const ada = await person({ linked: false });
    const { subscription, events } = await subscribe(ada, 'year');
    const [created, paid, completed] = events as [StripeFakeEvent, StripeFakeEvent, StripeFakeEvent];
    const outcomes = await arrive(completed, paid, created);
    expect(outcomes[0]).toBe('refetched: active after checkout');
    expect(await account(ada.id)).toMatchObject({
      stripe_customer_id: ada.customer,
      stripe_subscription_id: subscription.id,
      subscription_status: 'active',
      price_id: fake.prices.year,
      billing_interval: 'year',
      cancel_at_period_end: false,
      subscription_version: String(completed.created),
    });
    const item = (subscription.items as { data: { current_period_end: number }[] }).data[0];
    expect((await account(ada.id)).current_period_end?.getTime()).toBe((item?.current_period_end ?? 0) * 1000);
  });

  it('ends subscription updates delivered out of order in the newest state, in both orders', async () => {
    const inOrder = await person();
    const reversed = await person();
    const finals: Record<string, StripeFakeEvent[]> = {};
    for (const who of [inOrder, reversed]) {
      const { subscription, events } = await subscribe(who);
      await arrive(...events);
      fake.advanceClock(60);
      const cancelLater = await fake.updateSubscription(subscription.id, { cancel_at_period_end: true });
      fake.advanceClock(60);
      const ended = await fake.cancelSubscription(subscription.id);
      finals[who.id] = [cancelLater, ended];
    }
    const [cancelA, endA] = finals[inOrder.id] as [StripeFakeEvent, StripeFakeEvent];
    const [cancelB, endB] = finals[reversed.id] as [StripeFakeEvent, StripeFakeEvent];

    const subscriptionA = (cancelA.data.object as { id: string }).id;
    const fetchedBefore = refetches(subscriptionA);
    expect(await arrive(cancelA, endA)).toEqual(['applied: active', 'applied: canceled']);
    expect(refetches(subscriptionA)).toBe(fetchedBefore);

    const outcomes = await arrive(endB, cancelB);
    expect(outcomes[0]).toBe('applied: canceled');
    // The older update arrives last: not applied from the event, Stripe's current copy instead.
    expect(outcomes[1]).toMatch(/^refetched: canceled \(event \d+ not newer than \d+\)$/);

    for (const [who, ended] of [
      [inOrder, endA],
      [reversed, endB],
    ] as const) {
      expect(await account(who.id)).toMatchObject({ subscription_status: 'canceled', cancel_at_period_end: true, subscription_version: String(ended.created) });
    }
  });

  it('has no second effect when an event is processed twice', async () => {
    const ada = await person();
    const { events } = await subscribe(ada);
    await arrive(...events);
    const before = await account(ada.id);
    const requests = fake.requests.length;
    const again = await processStripeEvent(database.db, deps.billing as NonNullable<JobDeps['billing']>, (events[2] as StripeFakeEvent).id);
    expect(again.outcome).toMatch(/^already processed: refetched/);
    expect(await account(ada.id)).toEqual(before);
    expect(fake.requests.length).toBe(requests);
    // The webhook's second store of the same id adds no job.
    expect(await database.db.asService((tx) => storeStripeEvent(tx, stripeEventSchema.parse(events[0])))).toBe(false);
  });

  it('ignores events of customers nobody here has', async () => {
    const stranger = await stripe.customers.create({});
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: stranger.id,
      line_items: [{ price: fake.prices.month, quantity: 1 }],
      success_url: `${APP}/x`,
    });
    const { events } = await fake.completeCheckout(session.id);
    expect(await arrive(...events)).toEqual([
      `ignored: no person has customer ${stranger.id}`,
      `ignored: no person has customer ${stranger.id}`,
      `ignored: checkout ${session.id} names no person of this server`,
    ]);
  });
});

describe('failed payments, grace and the billing mails', () => {
  it('starts the 7-day grace on a failed payment with one mail, and a later paid invoice ends it', async () => {
    const ada = await person();
    const { subscription, events } = await subscribe(ada);
    await arrive(...events);
    fake.advanceClock(3600);
    const { invoice, events: failure } = await fake.failRenewal(subscription.id);
    const [failed, pastDue] = failure as [StripeFakeEvent, StripeFakeEvent];
    const outcomes = await arrive(failed, pastDue);
    const failedAt = failed.created * 1000;
    expect(outcomes[0]).toBe(`grace started until ${new Date(failedAt + 7 * DAY_MS).toISOString()}; subscription past_due`);
    expect(await account(ada.id)).toMatchObject({ subscription_status: 'past_due', payment_failed_at: new Date(failedAt), grace_ends_at: new Date(failedAt + 7 * DAY_MS) });

    const mailJob = await jobOf(`billing-email:payment_failed:${ada.id}:${failed.created}`);
    expect(mailJob.result).toMatchObject({ outcome: 'sent' });
    const mail = await inbox.waitFor(ada.email, 'Your Ordo payment did not go through');
    expect(mail.text).toContain(`${APP}/settings/billing`);
    expect(mail.html).toContain(`href="${APP}/settings/billing"`);
    expect(mail.text).toContain('Manage billing');

    // Stripe retries the card and fails again: the grace period and its mail stay the first ones.
    fake.advanceClock(3600);
    const retry = await fake.failRenewal(subscription.id);
    expect((await arrive(retry.events[0] as StripeFakeEvent))[0]).toBe('grace already running; subscription past_due');
    expect(mailsTo(ada.email).filter((subject) => subject === 'Your Ordo payment did not go through')).toHaveLength(1);

    fake.advanceClock(3600);
    const paid = await fake.payInvoice(invoice.id as string);
    // The invoice's re-fetch already holds this second's state: the update of the same second re-fetches too.
    expect(await arrive(...paid)).toEqual(['grace ended: paid; subscription active', expect.stringMatching(/^refetched: active /)]);
    expect(await account(ada.id)).toMatchObject({ subscription_status: 'active', payment_failed_at: null, grace_ends_at: null });
  });

  it('starts no grace when the failure arrives after the invoice was paid', async () => {
    const ada = await person();
    const { subscription, events } = await subscribe(ada);
    await arrive(...events);
    fake.advanceClock(3600);
    const { invoice, events: failure } = await fake.failRenewal(subscription.id);
    fake.advanceClock(3600);
    const paid = await fake.payInvoice(invoice.id as string);
    const outcomes = await arrive(...paid, ...failure);
    expect(outcomes[2]).toBe(`stale: invoice ${invoice.id} is paid now; subscription active`);
    expect(await account(ada.id)).toMatchObject({ subscription_status: 'active', payment_failed_at: null, grace_ends_at: null });
    expect(mailsTo(ada.email)).toEqual([]);
  });

  it('mails "downgraded" once when the grace period ends unpaid, from the schedule as time passes', async () => {
    const ada = await person();
    const { subscription, events } = await subscribe(ada);
    await arrive(...events);
    const { events: failure } = await fake.failRenewal(subscription.id);
    await arrive(...failure);
    const graceEnd = (await account(ada.id)).grace_ends_at as Date;

    // Before the end nothing is due; a minute after it the tick enqueues the mail, and later ticks do not.
    expect((await tickSchedule(database.db, billingSchedule, new Date(graceEnd.getTime() - 60_000)))?.length ?? 0).toBe(0);
    const after = new Date(graceEnd.getTime() + 60_000);
    clock.set(after);
    const enqueued = await tickSchedule(database.db, billingSchedule, after);
    expect(enqueued?.length).toBeGreaterThanOrEqual(1);
    const job = await jobOf(`billing-email:downgraded:${ada.id}:${Math.floor(graceEnd.getTime() / 1000)}`);
    expect(job.result).toMatchObject({ outcome: 'sent' });
    const mail = await inbox.waitFor(ada.email, 'Your Ordo account is on the free plan now');
    expect(mail.text).toContain('Nothing is deleted');
    const later = new Date(after.getTime() + 10 * 60_000);
    clock.set(later);
    const again = await tickSchedule(database.db, billingSchedule, later);
    expect((again ?? []).filter((queued) => queued.created)).toHaveLength(0);
    expect(mailsTo(ada.email).filter((subject) => subject === 'Your Ordo account is on the free plan now')).toHaveLength(1);
    const rows = await database.db.sql<{ kind: string; status: string }[]>`
      select kind, status from public.billing_emails where user_id = ${ada.id} order by kind`;
    expect(rows).toEqual([
      { kind: 'downgraded', status: 'sent' },
      { kind: 'payment_failed', status: 'sent' },
    ]);
  });

  it('mails "trial ends" three days before and "trial ended" after, once each, and nothing to a subscriber', async () => {
    const trial = await person();
    const subscriber = await person();
    const trialEnd = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 30 * DAY_MS);
    await database.db.sql`update public.billing_accounts set trial_ends_at = ${trialEnd} where user_id in ${database.db.sql([trial.id, subscriber.id])}`;
    await database.db.sql`update public.billing_accounts set subscription_status = 'active' where user_id = ${subscriber.id}`;
    const occurrence = Math.floor(trialEnd.getTime() / 1000);

    const run = async (at: Date) => {
      clock.set(at);
      return (await tickSchedule(database.db, billingSchedule, at)) ?? [];
    };
    expect(await run(new Date(trialEnd.getTime() - 4 * DAY_MS))).toHaveLength(0);
    expect(await run(new Date(trialEnd.getTime() - 3 * DAY_MS + 60_000))).toHaveLength(1);
    expect((await jobOf(`billing-email:trial_ending:${trial.id}:${occurrence}`)).result).toMatchObject({ outcome: 'sent' });
    expect(await run(new Date(trialEnd.getTime() - 2 * DAY_MS))).toHaveLength(0);
    expect(await run(new Date(trialEnd.getTime() + 10 * 60_000))).toHaveLength(1);
    expect((await jobOf(`billing-email:trial_ended:${trial.id}:${occurrence}`)).result).toMatchObject({ outcome: 'sent' });
    expect(await run(new Date(trialEnd.getTime() + 20 * 60_000))).toHaveLength(0);

    const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'long', day: 'numeric', month: 'long' }).format(trialEnd);
    expect(mailsTo(trial.email)).toEqual([`Your Ordo Pro trial ends on ${day}`, 'Your Ordo Pro trial has ended']);
    expect(mailsTo(subscriber.email)).toEqual([]);
  });
});
