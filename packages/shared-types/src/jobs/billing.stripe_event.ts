import { z } from 'zod';

/** Applies one stored Stripe webhook event (public.stripe_events) to the person's billing state. */
export const billingStripeEventPayloadSchema = z.strictObject({
  event_id: z.string().regex(/^evt_[A-Za-z0-9_]{1,250}$/, 'Expected a Stripe event id (evt_…)'),
});
export type BillingStripeEventPayload = z.input<typeof billingStripeEventPayloadSchema>;

// Stripe answers 429/5xx now and then when an event is re-fetched; the queue's backoff retries.
export const billingStripeEventDefaults = { maxAttempts: 8, priority: 2 } as const;

/** One job per event id, however often Stripe delivers it. */
export function billingStripeEventDedupKey(eventId: string): string {
  return `stripe-event:${eventId}`;
}
