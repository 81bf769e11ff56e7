import { billingStripeEventDefaults, billingStripeEventPayloadSchema } from '@ordo/shared-types';
import { processStripeEvent, StripeEventRefused } from '../billing/process-stripe-event.ts';
import { defineJob, PermanentJobError } from '../queue/job-definition.ts';

/**
 * Applies one Stripe webhook event the web app stored (billing/process-stripe-event.ts). Enqueued
 * once per event id; a second run finds the event processed and does nothing. Stripe errors while
 * re-fetching retry with the queue's backoff; a missing or malformed event fails at once, its
 * payload and error kept on the job. Without ENABLE_STRIPE it does nothing.
 */
export const billingStripeEvent = defineJob({
  name: 'billing.stripe_event',
  payload: billingStripeEventPayloadSchema,
  options: { ...billingStripeEventDefaults, timeoutMs: 2 * 60_000 },
  async handler(payload, { deps, log }) {
    if (!deps.billing) return { outcome: 'skipped', reason: 'stripe_not_enabled' };
    try {
      const result = await processStripeEvent(deps.db, deps.billing, payload.event_id);
      log.info({ event_id: payload.event_id, ...result }, 'stripe event processed');
      return result;
    } catch (error) {
      if (error instanceof StripeEventRefused) throw new PermanentJobError(error.message);
      throw error;
    }
  },
});
