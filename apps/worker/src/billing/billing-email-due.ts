import { type BillingEmailKind, billingEmailOccurrence, effectivePlan, TRIAL_ENDING_NOTICE_DAYS } from '@ordo/shared-types';

const DAY_MS = 86_400_000;

/** The billing row's fields the mails depend on. */
export interface BillingEmailFacts {
  trial_ends_at: Date;
  subscription_status: string | null;
  payment_failed_at: Date | null;
  grace_ends_at: Date | null;
}

export interface DueBillingEmail {
  kind: BillingEmailKind;
  occurrence: string;
  /** The date the mail is about. */
  at: Date;
}

/**
 * The mails a person's billing state calls for at `now`, one rule for the schedule that finds them
 * and the job that sends them (which asks again at send time): the trial ends within
 * TRIAL_ENDING_NOTICE_DAYS; the trial ended and no subscription followed; a payment failed and
 * no later payment ended the grace period yet; the grace period ended with the payment still missing (downgraded).
 */
export function dueBillingEmails(account: BillingEmailFacts, now: Date): DueBillingEmail[] {
  const { reason } = effectivePlan(account, now);
  const due: DueBillingEmail[] = [];
  const trialEnd = account.trial_ends_at;
  if (reason === 'trial' && trialEnd.getTime() - now.getTime() <= TRIAL_ENDING_NOTICE_DAYS * DAY_MS) {
    due.push({ kind: 'trial_ending', occurrence: billingEmailOccurrence(trialEnd), at: trialEnd });
  }
  if (reason === 'free' && trialEnd <= now) due.push({ kind: 'trial_ended', occurrence: billingEmailOccurrence(trialEnd), at: trialEnd });
  const { payment_failed_at: failedAt, grace_ends_at: graceEnd } = account;
  if (failedAt !== null && graceEnd !== null) {
    if (graceEnd > now) due.push({ kind: 'payment_failed', occurrence: billingEmailOccurrence(failedAt), at: graceEnd });
    if (graceEnd <= now && reason === 'downgraded') due.push({ kind: 'downgraded', occurrence: billingEmailOccurrence(graceEnd), at: graceEnd });
  }
  return due;
}
