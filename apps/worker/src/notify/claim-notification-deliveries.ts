import { calendarDay, NOTIFICATION_DELIVERY_PURPOSE, type NotificationChannel, notifySendDedupKey, quietHoursRelease, usageLimitMessage } from '@ordo/shared-types';
import { type Db, enqueue, type PipelinedCommit, takePlanUsage, type Tx, type UsageSlot } from '@ordo/supabase-client';
import { type NotificationFacts, type PushDevice, readNotificationFacts } from './notification-facts.ts';
import { taskChangeReason } from './task-change-reason.ts';
import type { SendSlots } from './send-slots.ts';

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

/**
 * For SMS under plan limits, `usageSlot` is the message's count in the plan, given back if it never
 * goes out; `slotAt` its send slot reserved with the claim (SendSlots.reserveIn), or null to take one.
 */
export type SendTarget = { channel: 'sms'; phone: string; usageSlot: UsageSlot | null; slotAt: number | null } | { channel: 'push'; devices: PushDevice[] } | { channel: 'email'; address: string };

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

/** The deliveries row of one notification and channel as this batch leaves it (rows it writes get their id from the write). */
interface DeliveryRow {
  id: string | null;
  status: NotificationDeliveryStatus;
  errorClass: 'transient' | 'permanent' | null;
  error: string | null;
  jobId: string | null;
  jobRunning: boolean;
}

interface RowWrite {
  user_id: string;
  channel: NotificationChannel;
  notification_id: string;
  recipient: string;
  status: 'sending' | 'skipped';
  error: string | null;
  job_id: string;
}

type Eligibility = { target: SendTarget; recipient: string } | { skip: string; recipient: string };

const rowKey = (notificationId: string, channel: string) => `${notificationId}:${channel}`;

/**
 * One batch's decisions, made in request order as if each claim had its own transaction: a row
 * one claim writes is what the next claim of the same notification and channel finds, and SMS
 * it lets go count toward the person's cap for the next.
 */
class ClaimBatch {
  private readonly rows = new Map<string, DeliveryRow | null>();
  private readonly smsToday = new Map<string, number>();
  readonly writes: RowWrite[] = [];
  readonly uncertainIds: string[] = [];
  /** The SMS this batch lets go, in request order: their send slots are reserved with the write. */
  private readonly smsTargets: Extract<SendTarget, { channel: 'sms' }>[] = [];

  constructor(
    private readonly tx: Tx,
    private readonly smsSlots: SendSlots | null,
  ) {}

  async decide(request: NotificationClaimRequest, facts: NotificationFacts | null): Promise<NotificationClaim | ((ids: Map<string, string>) => NotificationClaim)> {
    if (!facts) return { action: 'missing' };
    const { channel, jobId, now } = request;
    const key = rowKey(facts.id, channel);
    const row = this.row(key, facts);
    const settled = (deliveryId: string, status: NotificationDeliveryStatus, reason: string | null, becameUncertain = false): NotificationSettledClaim => ({
      action: 'settled',
      deliveryId,
      status,
      becameUncertain,
      reason,
    });
    if (row) {
      if (row.status === 'sending') {
        const sendingJob = row.jobId;
        if (sendingJob !== null && sendingJob !== jobId && row.jobRunning) {
          return row.id ? settled(row.id, 'sending', `job ${sendingJob} is sending it`) : (ids) => settled(ids.get(key) as string, 'sending', `job ${sendingJob} is sending it`);
        }
        // A row this batch wrote is always a running job's, so a row marked uncertain here has an id.
        if (row.id) {
          this.uncertainIds.push(row.id);
          this.rows.set(key, { ...row, status: 'uncertain', error: UNCERTAIN_NOTE });
          return settled(row.id, 'uncertain', UNCERTAIN_NOTE, true);
        }
      }
      if (!(row.status === 'failed' && row.errorClass === 'transient')) {
        const { status, error } = row;
        return row.id ? settled(row.id, status, error) : (ids) => settled(ids.get(key) as string, status, error);
      }
    }

    const write = (status: 'sending' | 'skipped', recipient: string, error: string | null) => {
      this.writes.push({ user_id: facts.user_id, channel, notification_id: facts.id, recipient: recipient.slice(0, 320), status, error, job_id: jobId });
      this.rows.set(key, { id: null, status, errorClass: null, error, jobId, jobRunning: true });
    };
    const skip = (reason: string, recipient: string) => {
      write('skipped', recipient, reason);
      return (ids: Map<string, string>): NotificationClaim => settled(ids.get(key) as string, 'skipped', reason);
    };
    const recipientNow = channel === 'sms' ? (facts.verified_phone ?? 'no verified phone') : channel === 'email' ? facts.email : 'push devices';
    if (!facts.channels.includes(channel)) return skip(`the notification was not meant for ${channel}`, recipientNow);
    // Read with the claim, in its snapshot: a reminder held by quiet hours, a rate slot or a retry
    // does not go out for a task finished, deleted or moved meanwhile.
    if (facts.task_change) return skip(taskChangeReason(facts.task_change, facts.task_moved_to), recipientNow);
    if (facts.stale_at && facts.stale_at <= now) return skip(`stale: no longer worth sending after ${facts.stale_at.toISOString()}`, recipientNow);

    // Quiet hours as the person has them now (they may have changed since it was enqueued).
    const quiet = facts.quiet_start && facts.quiet_end ? { start: facts.quiet_start, end: facts.quiet_end } : null;
    const releaseAt = quietHoursRelease(now, quiet, facts.timezone);
    if (releaseAt > now) {
      if (facts.stale_at && facts.stale_at <= releaseAt) {
        return skip(`stale by the end of quiet hours (${releaseAt.toISOString()}): no longer worth sending after ${facts.stale_at.toISOString()}`, recipientNow);
      }
      const followUp = await enqueue(
        this.tx,
        'notify.send',
        { notification_id: facts.id, channel },
        { userId: facts.user_id, runAt: releaseAt, dedupKey: `${notifySendDedupKey(facts.id, channel)}:after-quiet:${releaseAt.toISOString()}` },
      );
      return { action: 'deferred', releaseAt, followUpJobId: followUp.id };
    }

    const eligible = await this.eligibility(facts, request);
    if ('skip' in eligible) return skip(eligible.skip, eligible.recipient);
    write('sending', eligible.recipient, null);
    const { target } = eligible;
    return (ids) => ({ action: 'send', deliveryId: ids.get(key) as string, notification: facts, target });
  }

  private row(key: string, facts: NotificationFacts): DeliveryRow | null {
    if (!this.rows.has(key)) {
      const stored: DeliveryRow | null = facts.delivery_id
        ? {
            id: facts.delivery_id,
            status: facts.delivery_status as NotificationDeliveryStatus,
            errorClass: facts.delivery_error_class,
            error: facts.delivery_error,
            jobId: facts.delivery_job_id,
            jobRunning: facts.delivery_job_running,
          }
        : null;
      this.rows.set(key, stored);
    }
    return this.rows.get(key) ?? null;
  }

  /** Whether this channel can reach the person now, by their settings at send time. */
  private async eligibility(facts: NotificationFacts, request: NotificationClaimRequest): Promise<Eligibility> {
    switch (request.channel) {
      case 'sms': {
        const recipient = facts.verified_phone ?? 'no verified phone';
        if (!facts.sms_enabled) return { skip: 'SMS alerts are off for this person', recipient };
        if (!facts.verified_phone) return { skip: 'this person has no verified phone', recipient };
        if (facts.phone_opted_out) return { skip: 'the number opted out of text messages (STOP)', recipient };
        const day = `${facts.user_id}:${calendarDay(request.now, facts.timezone)}`;
        const sent = (facts.sms_sent_today ?? 0) + (this.smsToday.get(day) ?? 0);
        if (sent >= facts.daily_sms_cap) {
          return { skip: `the daily SMS cap is reached (${sent} of ${facts.daily_sms_cap} today, ${facts.timezone})`, recipient };
        }
        // Counted last, in this transaction: a skip for any other reason takes nothing from the plan.
        const usage = request.planLimits ? await takePlanUsage(this.tx, facts.user_id, 'sms', request.now) : null;
        if (usage && !usage.allowed) return { skip: usageLimitMessage(usage.limit), recipient };
        this.smsToday.set(day, (this.smsToday.get(day) ?? 0) + 1);
        const target = { channel: 'sms' as const, phone: facts.verified_phone, usageSlot: usage?.slot ?? null, slotAt: null };
        this.smsTargets.push(target);
        return { target, recipient };
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
   * Writes the batch's rows and commits: `skipped` and `sending` in one upsert, earlier attempts'
   * rows marked uncertain (unless their sender has recorded an outcome since), then the SMS send slots reserved, last, so the rate bucket's row is
   * locked only until the COMMIT right behind; all of them one round trip. Returns the ids by key.
   */
  async writeAndCommit(commit: PipelinedCommit): Promise<Map<string, string>> {
    const { tx, writes, uncertainIds, smsTargets, smsSlots } = this;
    const uncertain =
      uncertainIds.length > 0
        ? // Found by id alone and kept while sending after the lock, as the sent update does: with
          // the status beside the ids, a generic plan could walk deliveries_channel_status_updated_at_idx.
          tx`with sending as (
               select d.id, d.status from public.deliveries d
               where d.id = any(string_to_array(${uncertainIds.join(',')}::text, ',')::uuid[])
               order by d.id
               for update of d
             )
             update public.deliveries d set status = 'uncertain', error = ${UNCERTAIN_NOTE}, updated_at = now()
             from sending
             where d.id = any(string_to_array(${uncertainIds.join(',')}::text, ',')::uuid[]) and d.id = sending.id and sending.status = 'sending'`
        : null;
    const upsert =
      writes.length > 0
        ? tx<{ id: string; source_id: string; channel: string }[]>`
            insert into public.deliveries (user_id, channel, purpose, source_id, notification_id, recipient, status, attempts, error, error_class, job_id)
            select w.user_id, w.channel, ${NOTIFICATION_DELIVERY_PURPOSE}, w.notification_id, w.notification_id, w.recipient,
                   w.status, (w.status = 'sending')::int, w.error, null, w.job_id
            from jsonb_to_recordset(${JSON.stringify(writes)}::text::jsonb)
              as w(user_id uuid, channel text, notification_id uuid, recipient text, status text, error text, job_id uuid)
            on conflict (purpose, source_id, channel) do update set
              recipient = excluded.recipient, status = excluded.status, attempts = deliveries.attempts + excluded.attempts,
              error = excluded.error, error_class = null, provider_error_code = null, job_id = excluded.job_id, updated_at = now()
            returning id, source_id, channel`
        : null;
    // Sent in this order (a query goes out when executed or awaited), the COMMIT last.
    uncertain?.execute();
    upsert?.execute();
    const slots = smsSlots && smsTargets.length > 0 ? smsSlots.reserveIn(tx, smsTargets.length) : null;
    const [, written, slotTimes] = await Promise.all([uncertain, upsert, slots, commit()]);
    for (const [i, at] of (slotTimes ?? []).entries()) (smsTargets[i] as (typeof smsTargets)[number]).slotAt = at;
    return new Map((written ?? []).map((row) => [rowKey(row.source_id, row.channel), row.id]));
  }
}

/**
 * Decides, in one transaction that holds the notifications' row locks, whether each attempt sends.
 * The deliveries row of (notification, channel) is the memory of every earlier attempt:
 * - none, or `failed` with a transient error: check the task it is about (finished, deleted or
 *   moved since it fired) and the person's settings now (stale, quiet hours, channel off, cap,
 *   opt-out) and either skip (a `skipped` row says why), defer past quiet
 *   hours (a follow-up job, no row), or write `sending`, committed before the provider call.
 * - `sending` by a job that is still running: that job sends it; settled without touching it.
 * - `sending` left by anything else (this job's earlier attempt, a dead job): becomes `uncertain`.
 * - anything else (sent, delivered, skipped, failed for good, uncertain): settled, never resent.
 * Many claims share the transaction (NotificationClaimer gathers them): a read, then the writes
 * and the commit for all of them. With `smsSlots`, the SMS it lets go get their send slots reserved in it.
 * Answers in the order of `requests`.
 */
export async function claimNotificationDeliveries(
  db: Db,
  requests: readonly NotificationClaimRequest[],
  smsSlots: SendSlots | null = null,
): Promise<NotificationClaim[]> {
  // Pipelined: BEGIN and the role go out with the read, the COMMIT with the writes, two round trips
  // less per batch. Generic plans: the same few statements run for every batch, their best plan
  // whatever the ids.
  return db.asServicePipelined(async (tx, commit) => {
    const facts = await readNotificationFacts(tx, requests);
    const batch = new ClaimBatch(tx, smsSlots);
    const decisions = [];
    for (const [i, request] of requests.entries()) decisions.push(await batch.decide(request, facts[i] ?? null));
    const ids = await batch.writeAndCommit(commit);
    return decisions.map((decision) => (typeof decision === 'function' ? decision(ids) : decision));
  }, { genericPlans: true });
}
