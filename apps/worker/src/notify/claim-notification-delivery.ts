import { NOTIFICATION_DELIVERY_PURPOSE, type NotificationChannel, notifySendDedupKey, quietHoursRelease, usageLimitMessage } from '@ordo/shared-types';
import { type Db, enqueue, takePlanUsage, type Tx, type UsageSlot } from '@ordo/supabase-client';
import { type NotificationFacts, type PushDevice, readNotificationFacts } from './notification-facts.ts';
import { smsSentToday } from './sms-daily-count.ts';

/** deliveries.status, with the provider-reported outcomes of the notifications migration. */
export type NotificationDeliveryStatus = 'sending' | 'sent' | 'uncertain' | 'failed' | 'bounced' | 'skipped' | 'delivered' | 'undelivered';

export interface NotificationClaimRequest {
  notificationId: string;
  channel: NotificationChannel;
  jobId: string;
  now: Date;
  /** Web Push is configured (VAPID keys); without it push is skipped. */
  pushAvailable: boolean;
  /** Text messages count against the person's plan (ENABLE_STRIPE); past its allowance they are skipped. */
  planLimits: boolean;
}

/** For SMS under plan limits, `usageSlot` is the message's count in the plan, given back if it never goes out. */
export type SendTarget = { channel: 'sms'; phone: string; usageSlot: UsageSlot | null } | { channel: 'push'; devices: PushDevice[] } | { channel: 'email'; address: string };

/** Go ahead: the `sending` row is committed, so whatever happens next, no later attempt sends blindly. */
export interface NotificationSendClaim {
  action: 'send';
  deliveryId: string;
  notification: NotificationFacts;
  target: SendTarget;
}

/** Nothing to send: the row says why (sent, skipped, failed for good, uncertain, or being sent by another job). */
export interface NotificationSettledClaim {
  action: 'settled';
  deliveryId: string;
  status: NotificationDeliveryStatus;
  /** An earlier attempt's `sending` row was found and marked uncertain by this claim. */
  becameUncertain: boolean;
  reason: string | null;
}

/** Inside the person's quiet hours now: a follow-up job sends it when they end. */
export interface NotificationDeferredClaim {
  action: 'deferred';
  releaseAt: Date;
  followUpJobId: string;
}

export type NotificationClaim = NotificationSendClaim | NotificationSettledClaim | NotificationDeferredClaim | { action: 'missing' };

export const UNCERTAIN_NOTE =
  'an earlier attempt was sending this when it stopped (crash or lost lease): the provider may have accepted it, so it is not sent again';

async function jobIsRunning(tx: Tx, jobId: string): Promise<boolean> {
  const [job] = await tx<{ status: string }[]>`select status from public.queue_jobs where id = ${jobId}`;
  return job?.status === 'processing';
}

/** Inserts or rewrites the one row of this notification and channel; returns its id. */
async function writeRow(
  tx: Tx,
  facts: NotificationFacts,
  fields: { channel: NotificationChannel; recipient: string; status: 'sending' | 'skipped'; error: string | null; jobId: string },
): Promise<string> {
  const sending = fields.status === 'sending' ? 1 : 0;
  const [row] = await tx<{ id: string }[]>`
    insert into public.deliveries (user_id, channel, purpose, source_id, notification_id, recipient, status, attempts, error, error_class, job_id)
    values (${facts.user_id}, ${fields.channel}, ${NOTIFICATION_DELIVERY_PURPOSE}, ${facts.id}, ${facts.id}, ${fields.recipient.slice(0, 320)},
            ${fields.status}, ${sending}, ${fields.error}, null, ${fields.jobId})
    on conflict (purpose, source_id, channel) do update set
      recipient = excluded.recipient, status = excluded.status, attempts = deliveries.attempts + ${sending},
      error = excluded.error, error_class = null, provider_error_code = null, job_id = excluded.job_id
    returning id`;
  if (!row) throw new Error('delivery upsert returned no row');
  return row.id;
}

type Eligibility = { target: SendTarget; recipient: string } | { skip: string; recipient: string };

/** Whether this channel can reach the person now, by their settings at send time. */
async function eligibility(tx: Tx, facts: NotificationFacts, request: NotificationClaimRequest): Promise<Eligibility> {
  switch (request.channel) {
    case 'sms': {
      const recipient = facts.verified_phone ?? 'no verified phone';
      if (!facts.sms_enabled) return { skip: 'SMS alerts are off for this person', recipient };
      if (!facts.verified_phone) return { skip: 'this person has no verified phone', recipient };
      if (facts.phone_opted_out) return { skip: 'the number opted out of text messages (STOP)', recipient };
      const sent = await smsSentToday(tx, facts.user_id, request.now, facts.timezone);
      if (sent >= facts.daily_sms_cap) {
        return { skip: `the daily SMS cap is reached (${sent} of ${facts.daily_sms_cap} today, ${facts.timezone})`, recipient };
      }
      // Counted last, in this transaction: a skip for any other reason takes nothing from the plan.
      const usage = request.planLimits ? await takePlanUsage(tx, facts.user_id, 'sms', request.now) : null;
      if (usage && !usage.allowed) return { skip: usageLimitMessage(usage.limit), recipient };
      return { target: { channel: 'sms', phone: facts.verified_phone, usageSlot: usage?.slot ?? null }, recipient };
    }
    case 'push': {
      const devices = request.pushAvailable && facts.push_enabled ? (facts.push_devices ?? []) : [];
      const recipient = `${devices.length} push device${devices.length === 1 ? '' : 's'}`;
      if (!request.pushAvailable) return { skip: 'Web Push is off on this server (no VAPID keys)', recipient };
      if (!facts.push_enabled) return { skip: 'push notifications are off for this person', recipient };
      if (devices.length === 0) return { skip: 'this person has no push subscription', recipient };
      return { target: { channel: 'push', devices }, recipient };
    }
    case 'email': {
      if (!facts.email) return { skip: 'this person has no email address', recipient: '' };
      if (facts.email_bounced) return { skip: 'mail to this address bounced; email is off for this person', recipient: facts.email };
      return { target: { channel: 'email', address: facts.email }, recipient: facts.email };
    }
  }
}

/**
 * Decides, in one transaction that holds the notification's row lock, whether this attempt sends.
 * The deliveries row of (notification, channel) is the memory of every earlier attempt:
 * - none, or `failed` with a transient error: check the person's settings now (stale, quiet
 *   hours, channel off, cap, opt-out) and either skip (a `skipped` row says why), defer past quiet
 *   hours (a follow-up job, no row), or write `sending`, committed before the provider call.
 * - `sending` by a job that is still running: that job sends it; settled without touching it.
 * - `sending` left by anything else (this job's earlier attempt, a dead job): becomes `uncertain`.
 * - anything else (sent, delivered, skipped, failed for good, uncertain): settled, never resent.
 */
export async function claimNotificationDelivery(db: Db, request: NotificationClaimRequest): Promise<NotificationClaim> {
  const { notificationId, channel, jobId, now } = request;
  return db.asService(async (tx): Promise<NotificationClaim> => {
    const facts = await readNotificationFacts(tx, notificationId, channel);
    if (!facts) return { action: 'missing' };
    const { delivery_id: rowId, delivery_job_id: rowJobId } = facts;
    if (rowId !== null) {
      const status = facts.delivery_status as NotificationDeliveryStatus;
      const settled = (status: NotificationDeliveryStatus, reason: string | null, becameUncertain = false): NotificationSettledClaim => ({
        action: 'settled',
        deliveryId: rowId,
        status,
        becameUncertain,
        reason,
      });
      if (status === 'sending') {
        if (rowJobId !== null && rowJobId !== jobId && (await jobIsRunning(tx, rowJobId))) return settled('sending', `job ${rowJobId} is sending it`);
        await tx`update public.deliveries set status = 'uncertain', error = ${UNCERTAIN_NOTE} where id = ${rowId}`;
        return settled('uncertain', UNCERTAIN_NOTE, true);
      }
      if (!(status === 'failed' && facts.delivery_error_class === 'transient')) return settled(status, facts.delivery_error);
    }

    const skip = async (reason: string, recipient: string): Promise<NotificationSettledClaim> => {
      const deliveryId = await writeRow(tx, facts, { channel, recipient, status: 'skipped', error: reason, jobId });
      return { action: 'settled', deliveryId, status: 'skipped', becameUncertain: false, reason };
    };
    const recipientNow = channel === 'sms' ? (facts.verified_phone ?? 'no verified phone') : channel === 'email' ? facts.email : 'push devices';
    if (!facts.channels.includes(channel)) return skip(`the notification was not meant for ${channel}`, recipientNow);
    if (facts.stale_at && facts.stale_at <= now) return skip(`stale: no longer worth sending after ${facts.stale_at.toISOString()}`, recipientNow);

    // Quiet hours as the person has them now (they may have changed since it was enqueued).
    const quiet = facts.quiet_start && facts.quiet_end ? { start: facts.quiet_start, end: facts.quiet_end } : null;
    const releaseAt = quietHoursRelease(now, quiet, facts.timezone);
    if (releaseAt > now) {
      if (facts.stale_at && facts.stale_at <= releaseAt) {
        return skip(`stale by the end of quiet hours (${releaseAt.toISOString()}): no longer worth sending after ${facts.stale_at.toISOString()}`, recipientNow);
      }
      const followUp = await enqueue(
        tx,
        'notify.send',
        { notification_id: notificationId, channel },
        { userId: facts.user_id, runAt: releaseAt, dedupKey: `${notifySendDedupKey(notificationId, channel)}:after-quiet:${releaseAt.toISOString()}` },
      );
      return { action: 'deferred', releaseAt, followUpJobId: followUp.id };
    }

    const eligible = await eligibility(tx, facts, request);
    if ('skip' in eligible) return skip(eligible.skip, eligible.recipient);
    const deliveryId = await writeRow(tx, facts, { channel, recipient: eligible.recipient, status: 'sending', error: null, jobId });
    return { action: 'send', deliveryId, notification: facts, target: eligible.target };
  });
}
