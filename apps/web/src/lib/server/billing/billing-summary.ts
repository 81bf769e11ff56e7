import { LIVE_SUBSCRIPTION_STATUSES } from '@ordo/billing';
import { type BillingInterval, type BillingSummary, effectivePlan } from '@ordo/shared-types';
import { database } from '../db.ts';

interface AccountRow {
  stripe_customer_id: string | null;
  trial_ends_at: Date;
  subscription_status: string | null;
  billing_interval: BillingInterval | null;
  current_period_end: Date | null;
  cancel_at_period_end: boolean;
  grace_ends_at: Date | null;
}

/** The person's billing row, read through RLS (their own only); undefined when it is missing. */
export async function readBillingAccount(userId: string): Promise<AccountRow | undefined> {
  const [row] = await database().asUser(
    userId,
    (tx) => tx<AccountRow[]>`
      select stripe_customer_id, trial_ends_at, subscription_status, billing_interval, current_period_end,
        cancel_at_period_end, grace_ends_at
      from public.billing_accounts where user_id = ${userId}`,
  );
  return row;
}

/** Whether a subscription is live (billing, or may bill again): a second checkout is refused then. */
export const hasLiveSubscription = (row: Pick<AccountRow, 'subscription_status'>) => LIVE_SUBSCRIPTION_STATUSES.has(row.subscription_status ?? '');

/** Plan, status, trial end and next invoice, as the billing page and GET /api/billing show them. */
export function billingSummaryOf(row: AccountRow, now: Date): BillingSummary {
  const { plan, reason, until } = effectivePlan(row, now);
  const live = hasLiveSubscription(row);
  const renews = live && !row.cancel_at_period_end && row.subscription_status !== 'canceled';
  return {
    plan: { id: plan.id, name: plan.name },
    reason,
    until,
    trial_ends_at: row.trial_ends_at,
    subscription_status: row.subscription_status,
    interval: row.billing_interval,
    next_invoice_at: renews ? row.current_period_end : null,
    cancel_at_period_end: row.cancel_at_period_end,
    grace_ends_at: row.grace_ends_at,
    can_manage: row.stripe_customer_id !== null,
    can_upgrade: !live,
  };
}

export async function getBillingSummary(userId: string, now = new Date()): Promise<BillingSummary | null> {
  const row = await readBillingAccount(userId);
  return row ? billingSummaryOf(row, now) : null;
}
