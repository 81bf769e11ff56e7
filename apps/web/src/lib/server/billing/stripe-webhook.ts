import { type BillingDeps, isHandledStripeEvent, type StripeEvent, storeStripeEvent, stripeEventSchema } from '@ordo/billing';
import type { RequestEvent } from '@sveltejs/kit';
import { json } from '@sveltejs/kit';
import { readLimitedText } from '../api/body.ts';
import { database } from '../db.ts';
import { log } from '../logger.ts';

export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';

/** Largest event read; Stripe's events are a few kilobytes (a subscription with its items). */
export const STRIPE_WEBHOOK_MAX_BYTES = 512 * 1024;

/**
 * Stripe posts JSON from its servers with no session and no Origin: the signature is its whole
 * protection, checked by the route before anything else, so sign-in and origin checks do not apply.
 */
export const isStripeWebhook = (pathname: string) => pathname === STRIPE_WEBHOOK_PATH;

const refusal = (reason: string) =>
  new Response(`${reason}\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

/**
 * One webhook delivery: `stripe.webhooks.constructEvent` on the raw body (signature and a timestamp
 * within 300 s; 400 with nothing stored otherwise), then, for the types Ordo acts on, the event is
 * stored by id and its billing.stripe_event job enqueued in one transaction. A redelivered id is
 * acknowledged with 200 and enqueues nothing. Answers at once; the worker does the work.
 */
export async function handleStripeWebhook(billing: BillingDeps, event: RequestEvent): Promise<Response> {
  const requestId = event.locals.requestId;
  const signature = event.request.headers.get('stripe-signature');
  if (!signature) return refusal('missing Stripe-Signature header');
  const raw = await readLimitedText(event.request, STRIPE_WEBHOOK_MAX_BYTES);
  const stripe = await billing.stripe();
  let verified: unknown;
  try {
    verified = stripe.webhooks.constructEvent(raw, signature, billing.config.webhookSecret);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log().warn({ requestId, reason }, 'Stripe webhook refused');
    return refusal('signature verification failed');
  }
  const parsed = stripeEventSchema.safeParse(verified);
  if (!parsed.success) {
    log().warn({ requestId, reason: parsed.error.message }, 'Stripe webhook: signed, but not an event');
    return refusal('not a Stripe event');
  }
  const stripeEvent: StripeEvent = parsed.data;
  if (!isHandledStripeEvent(stripeEvent.type)) return json({ received: true, handled: false });
  const stored = await database().asService((tx) => storeStripeEvent(tx, stripeEvent));
  log().info({ requestId, event_id: stripeEvent.id, type: stripeEvent.type, duplicate: !stored }, 'Stripe webhook received');
  return json({ received: true, handled: true, duplicate: !stored });
}
