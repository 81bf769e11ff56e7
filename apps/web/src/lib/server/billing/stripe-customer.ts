import type { BillingDeps } from '@ordo/billing';
import { ApiError } from '../api/errors.ts';
import type { SessionUser } from '../auth/session-user.ts';
import { database } from '../db.ts';

/** The same key for every attempt: a retry after a failure between Stripe and our commit gets the same customer back. */
export const customerIdempotencyKey = (userId: string) => `ordo-customer-${userId}`;

/**
 * The person's Stripe customer, created on first use and stored in billing_accounts. The row is
 * locked while the customer is created, so two checkouts at once (two tabs) make one customer: the
 * second waits and finds the first one's id.
 */
export async function ensureStripeCustomer(billing: BillingDeps, user: SessionUser): Promise<string> {
  return database().asService(async (tx) => {
    const [row] = await tx<{ stripe_customer_id: string | null }[]>`
      select stripe_customer_id from public.billing_accounts where user_id = ${user.id} for update`;
    if (!row) throw new ApiError(409, 'conflict', 'this account has no billing record; ask the operator');
    if (row.stripe_customer_id) return row.stripe_customer_id;
    const stripe = await billing.stripe();
    const customer = await stripe.customers.create(
      { email: user.email, ...(user.name ? { name: user.name } : {}), metadata: { user_id: user.id } },
      { idempotencyKey: customerIdempotencyKey(user.id) },
    );
    await tx`update public.billing_accounts set stripe_customer_id = ${customer.id} where user_id = ${user.id}`;
    return customer.id;
  });
}
