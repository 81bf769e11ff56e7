import type { StripeSubscription } from '@ordo/billing';
import { GRACE_DAYS } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';

/** The billing row as the event processing reads it (locked for the rest of its transaction). */
export interface LockedAccount {
  user_id: string;
  stripe_customer_id: string | null;
  stripe_subscription_id: string | null;
  subscription_status: string | null;
  /** Event `created` seconds of the subscription state held, as a number (bigint in SQL). */
  subscription_version: number | null;
  payment_failed_at: Date | null;
  grace_ends_at: Date | null;
}

const columns = (tx: Tx) => tx`
  user_id, stripe_customer_id, stripe_subscription_id, subscription_status,
  subscription_version::float8 as subscription_version, payment_failed_at, grace_ends_at`;

export async function lockAccountOfCustomer(tx: Tx, customerId: string): Promise<LockedAccount | undefined> {
  const [row] = await tx<LockedAccount[]>`select ${columns(tx)} from public.billing_accounts where stripe_customer_id = ${customerId} for update`;
  return row;
}

export async function lockAccountOfUser(tx: Tx, userId: string): Promise<LockedAccount | undefined> {
  const [row] = await tx<LockedAccount[]>`select ${columns(tx)} from public.billing_accounts where user_id = ${userId} for update`;
  return row;
}

/** Links a person to the Stripe customer a checkout ran for, when nothing was linked yet. */
export async function linkCustomer(tx: Tx, userId: string, customerId: string): Promise<void> {
  await tx`update public.billing_accounts set stripe_customer_id = ${customerId} where user_id = ${userId} and stripe_customer_id is null`;
}

/** Stores a subscription's state as of `version` (an event's `created` seconds). */
export async function writeSubscription(tx: Tx, userId: string, subscription: StripeSubscription, version: number | null): Promise<void> {
  const item = subscription.items.data[0];
  const interval = item?.price.recurring?.interval;
  await tx`
    update public.billing_accounts set
      stripe_customer_id = coalesce(stripe_customer_id, ${subscription.customer}),
      stripe_subscription_id = ${subscription.id},
      subscription_status = ${subscription.status},
      price_id = ${item?.price.id ?? null},
      billing_interval = ${interval === 'month' || interval === 'year' ? interval : null},
      current_period_start = ${item ? new Date(item.current_period_start * 1000) : null},
      current_period_end = ${item ? new Date(item.current_period_end * 1000) : null},
      cancel_at_period_end = ${subscription.cancel_at_period_end},
      subscription_version = ${version}
    where user_id = ${userId}`;
}

/** Starts the grace period of a failed payment made at `failedAt`; returns when it ends. */
export async function startGrace(tx: Tx, userId: string, failedAt: Date): Promise<Date> {
  const endsAt = new Date(failedAt.getTime() + GRACE_DAYS * 86_400_000);
  await tx`update public.billing_accounts set payment_failed_at = ${failedAt}, grace_ends_at = ${endsAt} where user_id = ${userId}`;
  return endsAt;
}

export async function endGrace(tx: Tx, userId: string): Promise<void> {
  await tx`update public.billing_accounts set payment_failed_at = null, grace_ends_at = null where user_id = ${userId}`;
}
