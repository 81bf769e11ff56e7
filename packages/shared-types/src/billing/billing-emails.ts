import { z } from 'zod';

/** The billing mails, each sent once per occurrence (public.billing_emails). */
export const billingEmailKindSchema = z.enum(['trial_ending', 'trial_ended', 'payment_failed', 'downgraded']);
export type BillingEmailKind = z.infer<typeof billingEmailKindSchema>;

/** The trial-ending mail goes out this long before the trial ends. */
export const TRIAL_ENDING_NOTICE_DAYS = 3;

/**
 * What a billing mail is about, as epoch seconds: the trial's end, the failed payment that started
 * a grace period, the grace period's end. The database keeps the same form (billing_emails.occurrence).
 */
export function billingEmailOccurrence(at: Date): string {
  return String(Math.floor(at.getTime() / 1000));
}
