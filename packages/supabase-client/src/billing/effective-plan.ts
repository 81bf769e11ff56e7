import { type EffectivePlan, effectivePlan, PLANS } from '@ordo/shared-types';
import type { Tx } from '../db.ts';

/**
 * The person's plan at `now`, from their billing_accounts row. Every person has one (a trigger
 * starts their trial); a person without one, which only a hand-made row could be, is on Free.
 */
export async function readEffectivePlan(tx: Tx, userId: string, now: Date): Promise<EffectivePlan> {
  const [account] = await tx<{ trial_ends_at: Date; subscription_status: string | null; grace_ends_at: Date | null }[]>`
    select trial_ends_at, subscription_status, grace_ends_at from public.billing_accounts where user_id = ${userId}`;
  return account ? effectivePlan(account, now) : { plan: PLANS.free, reason: 'free', until: null };
}
