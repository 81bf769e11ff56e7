import { billingStripeEventDedupKey } from '@ordo/shared-types';
import { enqueue, type Tx } from '@ordo/supabase-client';
import type { StripeEvent } from './stripe-objects.ts';

/**
 * Stores a verified event once by its id and, when it is new, enqueues its billing.stripe_event job
 * in the same transaction (the job exists only when the event does). Returns false for an id
 * already stored: Stripe redelivers, and a second delivery must do nothing.
 */
export async function storeStripeEvent(tx: Tx, event: StripeEvent): Promise<boolean> {
  const inserted = await tx`
    insert into public.stripe_events (id, type, created, livemode, payload)
    values (${event.id}, ${event.type}, ${event.created}, ${event.livemode}, ${tx.json(event as never)})
    on conflict (id) do nothing
    returning id`;
  if (inserted.length === 0) return false;
  await enqueue(tx, 'billing.stripe_event', { event_id: event.id }, { dedupKey: billingStripeEventDedupKey(event.id) });
  return true;
}
