import { createGateway, type Gateway } from '@ordo/ai-pipeline';
import { type BillingDeps, billingDeps } from '@ordo/billing';
import type { Env, Logger } from '@ordo/config';
import { type GoogleDeps, googleConfig, tokenKeyring } from '@ordo/google';
import {
  type BriefMailLinks,
  briefMailLinks,
  createMailTransport,
  createPushTransport,
  createSmsTransport,
  type MailTransport,
  type PushTransport,
  type SmsTransport,
} from '@ordo/notify';
import { type Db, planTokenBudget } from '@ordo/supabase-client';
import { type CalendarWebhook, calendarWebhook } from './calendar/channels.ts';
import { SentRecorder } from './delivery/sent-recorder.ts';
import { createMailThreads, type MailWork } from './mail-threads.ts';
import { NotificationClaimer } from './notify/notification-claimer.ts';
import { NotificationResultRecorder } from './notify/notification-result-recorder.ts';
import { SendSlots, SMS_RATE_BUCKET } from './notify/send-slots.ts';

/** The time as jobs see it: tests pass a clock they move by hand. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * What handlers do their work with, built once at boot and given to every job as `context.deps`.
 * A new provider (SMS, calendar) joins as one more field here and in createJobDeps; jobs that do
 * not use it never change.
 */
export interface JobDeps {
  /** The worker's database (asService for work across users). */
  db: Db;
  /** The LLM gateway; `ai.providers` is empty when no key is configured (jobs then use their offline path). */
  ai: Gateway;
  /** Pooled SMTP, or the .eml outbox when EMAIL_HOST is unset. */
  mail: MailTransport;
  /** Where mailed links point (PUBLIC_APP_URL) and the key that signs unsubscribe links. */
  mailLinks: BriefMailLinks;
  /** Renders brief emails and composes the SMTP transport's messages, on threads of their own (signed with mailLinks). */
  mailWork: MailWork;
  /** Twilio, or the JSON-lines SMS outbox when Twilio is not configured. */
  sms: SmsTransport;
  /** Web Push with the VAPID keys; null when there are none (production without them): push is off. */
  push: PushTransport | null;
  /** Turns at the shared SMS bucket: SMS_MAX_PER_SECOND texts a second across all workers. */
  smsSlots: SendSlots;
  /**
   * Plans limit what people use (ENABLE_STRIPE): text messages count against the plan's monthly
   * allowance and AI calls against its tokens. Off on a self-hosted Ordo.
   */
  planLimits: boolean;
  clock: Clock;
  /** Marks delivered messages `sent`, many in one transaction. */
  sentRecorder: SentRecorder;
  /** Claims notification deliveries (notify.send), many in one transaction. */
  notificationClaimer: NotificationClaimer;
  /** Records what notification sends left behind (sent, push devices' answers), many in one statement. */
  notificationResults: NotificationResultRecorder;
  /** Google's OAuth client and the token keys; null when Google is not configured (calendar jobs then do nothing). */
  google: GoogleDeps | null;
  /**
   * Where Google posts calendar push notifications (an https PUBLIC_APP_URL); null without one, and
   * calendars are then kept up to date by polling. Tests pass their loopback address here.
   */
  calendarWebhook: CalendarWebhook | null;
  /** Stripe and the billing config; null when ENABLE_STRIPE is off (billing jobs then do nothing). */
  billing: BillingDeps | null;
}

export interface JobDepsOptions {
  env: Env;
  db: Db;
  log: Logger;
  /** Replace a part (a controllable clock, a loopback mail transport); the rest is built from env. */
  overrides?: Partial<Omit<JobDeps, 'db' | 'sentRecorder' | 'notificationClaimer' | 'notificationResults'>>;
}

export function createJobDeps({ env, db, log, overrides = {} }: JobDepsOptions): JobDeps {
  const smsSlots = overrides.smsSlots ?? new SendSlots(db, SMS_RATE_BUCKET, env.SMS_MAX_PER_SECOND);
  const mailLinks = overrides.mailLinks ?? briefMailLinks(env);
  const mailWork = overrides.mailWork ?? createMailThreads(mailLinks, log);
  return {
    db,
    ai: overrides.ai ?? createGateway({ env, db, logger: log, monthlyTokenBudget: env.ENABLE_STRIPE ? planTokenBudget(db) : undefined }),
    mail: overrides.mail ?? createMailTransport(env, { compose: mailWork.compose }),
    mailLinks,
    mailWork,
    sms: overrides.sms ?? createSmsTransport(env),
    push: overrides.push !== undefined ? overrides.push : createPushTransport(env),
    smsSlots,
    planLimits: overrides.planLimits ?? env.ENABLE_STRIPE,
    clock: overrides.clock ?? systemClock,
    sentRecorder: new SentRecorder(db),
    notificationClaimer: new NotificationClaimer(db, smsSlots),
    notificationResults: new NotificationResultRecorder(db, log),
    google: overrides.google !== undefined ? overrides.google : googleDeps(env, db),
    calendarWebhook: overrides.calendarWebhook !== undefined ? overrides.calendarWebhook : calendarWebhook(env),
    billing: overrides.billing !== undefined ? overrides.billing : billingDeps(env),
  };
}

function googleDeps(env: Env, db: Db): GoogleDeps | null {
  const config = googleConfig(env);
  return config ? { db, config, keyring: tokenKeyring(env) } : null;
}

/** Closes what the dependencies hold open (the SMTP pool, the mail threads); the database is closed by its owner. */
export function closeJobDeps(deps: JobDeps): void {
  deps.mail.close();
  deps.mailWork.close();
}
