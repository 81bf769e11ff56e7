import { randomUUID } from 'node:crypto';
import { type BillingDeps, planPrices } from '@ordo/billing';
import { BILLING_SESSIONS_PER_MINUTE, BILLING_SETTINGS_PATH, type BillingInterval } from '@ordo/shared-types';
import { ApiError, rateLimited } from '../api/errors.ts';
import type { SessionUser } from '../auth/session-user.ts';
import { rateLimiter } from '../rate-limit/app-rate-limiter.ts';
import { hasLiveSubscription, readBillingAccount } from './billing-summary.ts';
import { callStripe } from './stripe-failure.ts';
import { ensureStripeCustomer } from './stripe-customer.ts';

async function limitSessions(userId: string): Promise<void> {
  const result = await rateLimiter().hit(`billing_session:user:${userId}`, BILLING_SESSIONS_PER_MINUTE, 60_000);
  if (!result.allowed) throw rateLimited(result.retryAfterSeconds);
}

/**
 * A Stripe Checkout Session for Pro at the interval's price, for the person's one Stripe customer:
 * subscription mode, the user id as client_reference_id and in the metadata of the session and the
 * subscription (so every webhook names the person), an idempotency key on each create. The return
 * to `origin`'s billing page grants nothing: only the webhook's processing does. 409 while a
 * subscription is live (the portal manages it).
 */
export async function startCheckout(billing: BillingDeps, user: SessionUser, interval: BillingInterval, origin: string, requestId: string): Promise<string> {
  await limitSessions(user.id);
  const account = await readBillingAccount(user.id);
  if (account && hasLiveSubscription(account)) {
    throw new ApiError(409, 'conflict', 'you already have a subscription; change or cancel it with "Manage billing" (POST /api/billing/portal)');
  }
  const customer = await callStripe('create the customer', requestId, () => ensureStripeCustomer(billing, user));
  const price = planPrices(billing.config)[interval];
  const session = await callStripe('start the checkout', requestId, async () =>
    (await billing.stripe()).checkout.sessions.create(
      {
        mode: 'subscription',
        customer,
        client_reference_id: user.id,
        metadata: { user_id: user.id },
        subscription_data: { metadata: { user_id: user.id } },
        line_items: [{ price: price.priceId, quantity: 1 }],
        success_url: `${origin}${BILLING_SETTINGS_PATH}?checkout=success`,
        cancel_url: `${origin}${BILLING_SETTINGS_PATH}?checkout=cancelled`,
      },
      { idempotencyKey: `ordo-checkout-${user.id}-${randomUUID()}` },
    ),
  );
  if (!session.url) throw new ApiError(409, 'conflict', 'Stripe returned a checkout session without a page to open');
  return session.url;
}

/** A customer portal session (change plan, card, cancel), returning to `origin`'s billing page. 409 before any checkout. */
export async function openPortal(billing: BillingDeps, user: SessionUser, origin: string, requestId: string): Promise<string> {
  await limitSessions(user.id);
  const account = await readBillingAccount(user.id);
  const customer = account?.stripe_customer_id;
  if (!customer) throw new ApiError(409, 'conflict', 'there is no billing account to manage yet; subscribe first (POST /api/billing/checkout)');
  const session = await callStripe('open the customer portal', requestId, async () =>
    (await billing.stripe()).billingPortal.sessions.create(
      { customer, return_url: `${origin}${BILLING_SETTINGS_PATH}` },
      { idempotencyKey: `ordo-portal-${user.id}-${randomUUID()}` },
    ),
  );
  return session.url;
}
