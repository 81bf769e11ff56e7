import { z } from 'zod';
import { timestampSchema } from '../timestamp.ts';
import { planIdSchema } from './plans.ts';

export const billingIntervalSchema = z.enum(['month', 'year']);
export type BillingInterval = z.infer<typeof billingIntervalSchema>;

/** POST /api/billing/checkout: which Pro price to subscribe at. */
export const checkoutInputSchema = z.strictObject({
  interval: billingIntervalSchema.describe('month or year: the Pro price to subscribe at'),
});
export type CheckoutInput = z.infer<typeof checkoutInputSchema>;

/** A Stripe-hosted page to send the browser to (Checkout or the customer portal). */
export const billingRedirectSchema = z.strictObject({
  url: z.url().describe('the Stripe-hosted page to open'),
});

/** A person's billing state as the billing page and GET /api/billing show it. */
export const billingSummarySchema = z.strictObject({
  plan: z.strictObject({ id: planIdSchema, name: z.string() }),
  /** Why this plan: trial, subscribed, grace (after a failed payment), downgraded, free. */
  reason: z.enum(['trial', 'subscribed', 'grace', 'downgraded', 'free']),
  /** When the reason stops holding on its own (trial end, grace end), or null. */
  until: timestampSchema.nullable(),
  trial_ends_at: timestampSchema,
  /** Stripe's subscription status as last applied; null when never subscribed. */
  subscription_status: z.string().nullable(),
  interval: billingIntervalSchema.nullable(),
  /** When the next invoice is due (the end of the paid period); null without a live subscription or when it cancels then. */
  next_invoice_at: timestampSchema.nullable(),
  cancel_at_period_end: z.boolean(),
  grace_ends_at: timestampSchema.nullable(),
  /** Whether the customer portal can be opened (a Stripe customer exists). */
  can_manage: z.boolean(),
  /** Whether checkout is offered (no live subscription). */
  can_upgrade: z.boolean(),
});
export type BillingSummary = z.infer<typeof billingSummarySchema>;

/** Checkout and portal sessions a person may open a minute: plenty for a person, little for a script. */
export const BILLING_SESSIONS_PER_MINUTE = 10;
