import { briefDeliverDedupKey } from '@ordo/shared-types';
import { backoffBoundMs, enqueue } from '@ordo/supabase-client';
import type { DeliveryOutcome } from '../delivery/send-brief-email.ts';
import type { JobDeps } from '../job-deps.ts';

/** What a brief job did about the email: its delivery's status, and the brief.deliver job retrying it after a transient failure. */
export interface DeliveryResult {
  delivery: string | null;
  delivery_id: string | null;
  delivery_job_id: string | null;
}

export const NO_DELIVERY: DeliveryResult = { delivery: null, delivery_id: null, delivery_job_id: null };

/**
 * Turns the in-process delivery's outcome into the job's result. A transient failure is handed to
 * a brief.deliver job (the queue's retries with backoff, max 6 attempts), so the brief, which is
 * written, is not retried for its email; a bounce is recorded and the job still succeeds.
 */
export async function settleDelivery(deps: JobDeps, outcome: DeliveryOutcome, brief: { id: string; userId: string }): Promise<DeliveryResult> {
  if ('action' in outcome) {
    if (outcome.action === 'missing') throw new Error(`brief ${brief.id} disappeared before its delivery`);
    return { delivery: outcome.status, delivery_id: outcome.deliveryId, delivery_job_id: null };
  }
  if (outcome.delivery !== 'failed') return { delivery: outcome.delivery, delivery_id: outcome.deliveryId, delivery_job_id: null };
  const retry = await enqueue(
    deps.db.sql,
    'brief.deliver',
    { brief_id: brief.id, channel: 'email' },
    { userId: brief.userId, dedupKey: briefDeliverDedupKey(brief.id, 'email'), runAt: new Date(deps.clock.now().getTime() + backoffBoundMs(1)) },
  );
  return { delivery: 'failed', delivery_id: outcome.deliveryId, delivery_job_id: retry.id };
}
