import { billingSendEmailDefaults, billingSendEmailPayloadSchema } from '@ordo/shared-types';
import { sendBillingEmail } from '../billing/send-billing-email.ts';
import { defineJob } from '../queue/job-definition.ts';

/**
 * Mails one billing notice (trial ending or ended, payment failed, downgraded) at most once
 * (billing/send-billing-email.ts). Enqueued by the billing schedule and, for a failed payment, by
 * billing.stripe_event. Without ENABLE_STRIPE it does nothing.
 */
export const billingSendEmail = defineJob({
  name: 'billing.send_email',
  payload: billingSendEmailPayloadSchema,
  options: { ...billingSendEmailDefaults, timeoutMs: 2 * 60_000 },
  async handler(payload, { deps, jobId, log }) {
    if (!deps.billing) return { outcome: 'skipped', reason: 'stripe_not_enabled' };
    const result = await sendBillingEmail(deps, payload, jobId);
    log.info({ user_id: payload.user_id, kind: payload.kind, ...result }, 'billing email');
    return result;
  },
});
