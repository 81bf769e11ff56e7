import type { Db } from '@ordo/supabase-client';
import type { SendFailure } from './smtp-failure.ts';

/** Hard bounces in a row after which the email channel turns off (the settings page says why). */
export const HARD_BOUNCE_LIMIT = 3;

export interface SentDelivery {
  deliveryId: string;
  userId: string;
}

/**
 * The server took them: each `sent`, and each person's run of hard bounces starts again from 0.
 * One transaction for any number of deliveries (SentRecorder gathers them).
 */
export async function recordSent(db: Db, sent: readonly SentDelivery[]): Promise<void> {
  if (sent.length === 0) return;
  // Ids as one comma-joined text (as the queue's batched statements pass them): postgres.js would escape each element of a uuid[].
  const deliveryIds = sent.map((entry) => entry.deliveryId).join(',');
  const userIds = sent.map((entry) => entry.userId).join(',');
  await db.asService(async (tx) => {
    await tx`
      update public.deliveries set status = 'sent', sent_at = now(), error = null, error_class = null
      where id = any(string_to_array(${deliveryIds}::text, ',')::uuid[])`;
    await tx`
      update public.brief_preferences set hard_bounces = 0
      where user_id = any(string_to_array(${userIds}::text, ',')::uuid[]) and hard_bounces <> 0`;
  });
}

/** A failure a later attempt may get past: `failed`/transient, which the next attempt sends again. */
export async function recordTransientFailure(db: Db, deliveryId: string, failure: SendFailure): Promise<void> {
  await db.asService(
    (tx) => tx`
      update public.deliveries set status = 'failed', error_class = 'transient', error = ${failure.message}
      where id = ${deliveryId} and status = 'sending'`,
  );
}

export interface BounceOutcome {
  hardBounces: number;
  /** This bounce turned the email channel off. */
  channelTurnedOff: boolean;
}

/**
 * The server refused it for good: `bounced`/permanent, one more hard bounce for the person, and at
 * HARD_BOUNCE_LIMIT in a row their email channel off with reason 'bounced'. (SET expressions read
 * the row as it was, so `hard_bounces + 1` is the count after this bounce throughout.)
 */
export async function recordBounce(db: Db, deliveryId: string, userId: string, failure: SendFailure): Promise<BounceOutcome> {
  return db.asService(async (tx) => {
    await tx`
      update public.deliveries set status = 'bounced', error_class = 'permanent', error = ${failure.message}
      where id = ${deliveryId}`;
    const [row] = await tx<{ hard_bounces: number; turned_off: boolean }[]>`
      update public.brief_preferences set
        hard_bounces = hard_bounces + 1,
        email_enabled = email_enabled and hard_bounces + 1 < ${HARD_BOUNCE_LIMIT},
        email_disabled_reason = case when email_enabled and hard_bounces + 1 >= ${HARD_BOUNCE_LIMIT} then 'bounced' else email_disabled_reason end,
        email_disabled_at = case when email_enabled and hard_bounces + 1 >= ${HARD_BOUNCE_LIMIT} then now() else email_disabled_at end
      where user_id = ${userId}
      returning hard_bounces, (email_disabled_reason = 'bounced' and email_disabled_at = now()) as turned_off`;
    return { hardBounces: row?.hard_bounces ?? 0, channelTurnedOff: row?.turned_off ?? false };
  });
}
