import { type BillingEmailKind, billingSendEmailDedupKey, TRIAL_ENDING_NOTICE_DAYS } from '@ordo/shared-types';
import type { EnqueueRequest } from '@ordo/supabase-client';
import type { Schedule, ScheduleTick } from '../queue/scheduler.ts';
import { type BillingEmailFacts, dueBillingEmails } from './billing-email-due.ts';

export const BILLING_SCHEDULE_NAME = 'billing.schedule';

/** A trial or grace period that ended longer ago than this (billing was off, a long outage) gets no mail. */
export const BILLING_EMAIL_LOOKBACK_DAYS = 7;
/** Mails a tick enqueues at most; more wait for the next tick. */
export const BILLING_EMAILS_PER_TICK_MAX = 5_000;

interface Candidate extends BillingEmailFacts {
  user_id: string;
  sent: { kind: BillingEmailKind; occurrence: string }[];
}

/**
 * One tick: the verified people whose trial ends within TRIAL_ENDING_NOTICE_DAYS or ended, or
 * whose grace period ended, within the lookback, and the mails their state calls for
 * (dueBillingEmails) that were not sent yet, each as a billing.send_email job under its own dedup
 * key. The job asks again at send time and sends at most once.
 */
export async function dueBillingEmailJobs({ at, tx }: ScheduleTick): Promise<EnqueueRequest<'billing.send_email'>[]> {
  const lookback = new Date(at.getTime() - BILLING_EMAIL_LOOKBACK_DAYS * 86_400_000);
  const notice = new Date(at.getTime() + TRIAL_ENDING_NOTICE_DAYS * 86_400_000);
  const candidates = await tx<Candidate[]>`
    select a.user_id, a.trial_ends_at, a.subscription_status, a.payment_failed_at, a.grace_ends_at,
      coalesce((select json_agg(json_build_object('kind', e.kind, 'occurrence', e.occurrence)) from public.billing_emails e
                where e.user_id = a.user_id and e.status <> 'failed'), '[]') as sent
    from public.billing_accounts a join public.users u on u.id = a.user_id
    where u.email_verified_at is not null
      and ((a.trial_ends_at > ${lookback} and a.trial_ends_at <= ${notice})
        or (a.grace_ends_at > ${lookback} and a.grace_ends_at <= ${at}))
    order by a.user_id
    limit ${BILLING_EMAILS_PER_TICK_MAX}`;
  return candidates.flatMap((candidate) =>
    dueBillingEmails(candidate, at)
      .filter((email) => !candidate.sent.some((sent) => sent.kind === email.kind && sent.occurrence === email.occurrence))
      .map((email) => {
        const payload = { user_id: candidate.user_id, kind: email.kind, occurrence: email.occurrence };
        return { type: 'billing.send_email' as const, payload, userId: candidate.user_id, dedupKey: billingSendEmailDedupKey(payload) };
      }),
  );
}

/**
 * Every ten minutes, the billing mails that came due. After downtime the catch-up tick at start-up
 * finds what ended meanwhile (within the lookback).
 */
export const billingSchedule: Schedule = {
  name: BILLING_SCHEDULE_NAME,
  cron: '*/10 * * * *',
  jobs: dueBillingEmailJobs,
  missed: 'latest',
};
