import type { BriefMailLinks, RenderedBriefEmail } from '@ordo/notify';
import type { DeliveryStatus } from '@ordo/shared-types';
import type { Db, Sql, Tx } from '@ordo/supabase-client';
import { briefEmail, readBriefForMail, storeBriefEmail, storedBriefEmail } from './brief-email.ts';

export const BRIEF_PURPOSE = 'brief';

export interface ClaimRequest {
  briefId: string;
  channel: 'email';
  jobId: string;
  links: BriefMailLinks;
  now: Date;
}

/** Go ahead: the `sending` row is committed, so whatever happens next, no later attempt sends blindly. */
export interface SendClaim {
  action: 'send';
  deliveryId: string;
  userId: string;
  recipient: string;
  email: RenderedBriefEmail;
}

/** Nothing to send: the row says why (already sent, uncertain, bounced, skipped, or another job is sending it now). */
export interface SettledClaim {
  action: 'settled';
  deliveryId: string;
  status: DeliveryStatus;
  /** An earlier attempt's `sending` row was found and marked uncertain by this claim. */
  becameUncertain: boolean;
  /** For skipped: why; for sending: the job that is sending it. */
  reason: string | null;
}

export type DeliveryClaim = SendClaim | SettledClaim | { action: 'missing' };

interface DeliveryRow {
  id: string;
  status: DeliveryStatus;
  error_class: 'transient' | 'permanent' | null;
  error: string | null;
  job_id: string | null;
  /** Whether the job named by job_id was processing, read in the same snapshot as the row. */
  job_running: boolean;
}

const UNCERTAIN_NOTE =
  'an earlier attempt was sending this when it stopped (crash or lost lease): the SMTP server may have accepted it, so it is not sent again';

// The row and its job's state in one snapshot: read apart, a job that committed `sent` and completed
// in between would look like one that died while sending.
async function deliveryRow(tx: Tx, briefId: string, channel: string): Promise<DeliveryRow | null> {
  const [row] = await tx<DeliveryRow[]>`
    select d.id, d.status, d.error_class, d.error, d.job_id, coalesce(j.status = 'processing', false) as job_running
    from public.deliveries d left join public.queue_jobs j on j.id = d.job_id
    where d.purpose = ${BRIEF_PURPOSE} and d.source_id = ${briefId} and d.channel = ${channel}`;
  return row ?? null;
}

/**
 * Marks a `sending` row uncertain, unless its sender recorded the outcome since it was read (the
 * sender does not take the brief's lock); then that outcome settles the claim.
 */
async function markUncertain(tx: Tx, deliveryId: string): Promise<{ status: DeliveryStatus; error: string | null; becameUncertain: boolean }> {
  const [marked] = await tx<{ id: string }[]>`
    update public.deliveries set status = 'uncertain', error = ${UNCERTAIN_NOTE}
    where id = ${deliveryId} and status = 'sending'
    returning id`;
  if (marked) return { status: 'uncertain', error: UNCERTAIN_NOTE, becameUncertain: true };
  const [now] = await tx<{ status: DeliveryStatus; error: string | null }[]>`select status, error from public.deliveries where id = ${deliveryId}`;
  if (!now) throw new Error(`delivery ${deliveryId} vanished while being claimed`);
  return { ...now, becameUncertain: false };
}

/** Inserts or rewrites the one row of this brief and channel; returns its id. */
async function writeRow(
  tx: Tx,
  fields: { briefId: string; userId: string; channel: string; recipient: string; status: DeliveryStatus; error: string | null; jobId: string; messageId: string | null },
): Promise<string> {
  const sending = fields.status === 'sending' ? 1 : 0;
  const [row] = await tx<{ id: string }[]>`
    insert into public.deliveries (user_id, channel, purpose, source_id, brief_id, recipient, status, message_id, attempts, error, error_class, job_id)
    values (${fields.userId}, ${fields.channel}, ${BRIEF_PURPOSE}, ${fields.briefId}, ${fields.briefId}, ${fields.recipient}, ${fields.status},
            ${fields.messageId}, ${sending}, ${fields.error}, null, ${fields.jobId})
    on conflict (purpose, source_id, channel) do update set
      recipient = excluded.recipient, status = excluded.status, message_id = coalesce(excluded.message_id, deliveries.message_id),
      attempts = deliveries.attempts + ${sending}, error = excluded.error, error_class = null, job_id = excluded.job_id
    returning id`;
  if (!row) throw new Error('delivery upsert returned no row');
  return row.id;
}

/** What a brief's first delivery row records: the brief, its owner and the address and Message-ID it goes out with. */
export interface SendingDelivery {
  briefId: string;
  userId: string;
  recipient: string;
  messageId: string;
}

/**
 * The `sending` row of a brief's first delivery, written in the transaction that stores the brief
 * (brief.generate, which then sends it in-process): null when the brief already has a row for this
 * channel, which only claimBriefDelivery may then judge. The caller commits durably before the send.
 */
export async function openSendingDelivery(tx: Tx, fields: SendingDelivery & { jobId: string }): Promise<string | null> {
  return (await openSendingDeliveries(tx, fields.jobId, [fields])).get(fields.briefId) ?? null;
}

/**
 * openSendingDelivery for several briefs of one job in one statement (a batch's briefs): the new
 * rows' ids by brief; a brief that already had a row for this channel is missing from the answer.
 */
export async function openSendingDeliveries(tx: Tx, jobId: string, deliveries: readonly SendingDelivery[]): Promise<Map<string, string>> {
  if (deliveries.length === 0) return new Map();
  const rows = await tx<{ id: string; source_id: string }[]>`
    insert into public.deliveries (user_id, channel, purpose, source_id, brief_id, recipient, status, message_id, attempts, job_id)
    select f.user_id, 'email', ${BRIEF_PURPOSE}, f.brief_id, f.brief_id, f.recipient, 'sending', f.message_id, 1, ${jobId}
    from unnest(
      ${deliveries.map((delivery) => delivery.userId)}::uuid[], ${deliveries.map((delivery) => delivery.briefId)}::uuid[],
      ${deliveries.map((delivery) => delivery.recipient)}::text[], ${deliveries.map((delivery) => delivery.messageId)}::text[]
    ) as f(user_id, brief_id, recipient, message_id)
    on conflict (purpose, source_id, channel) do nothing
    returning id, source_id`;
  return new Map(rows.map((row) => [row.source_id, row.id]));
}

/** Whether this job left a delivery row for the brief: a retry of brief.generate after it stored the brief and began its delivery. */
export async function hasDeliveryByJob(tx: Sql | Tx, briefId: string, jobId: string): Promise<boolean> {
  const [row] = await tx<{ id: string }[]>`
    select id from public.deliveries
    where purpose = ${BRIEF_PURPOSE} and source_id = ${briefId} and channel = 'email' and job_id = ${jobId}`;
  return row !== undefined;
}

function skipReason(status: string, emailEnabled: boolean, disabledReason: string | null): string | null {
  if (status !== 'ready') return `the brief is ${status}, not ready`;
  if (!emailEnabled) return `email is off for this person (${disabledReason ?? 'turned off'})`;
  return null;
}

/**
 * Decides, in one transaction that holds the brief's row lock, whether this attempt sends: the
 * deliveries row of (brief, channel) is the memory of every earlier attempt.
 * - none, `failed` with a transient error, or `skipped`: send (or skip again, if the channel is off
 *   or the brief not ready), writing `sending` first; the row is committed before the send.
 * - `sent`, `bounced`, permanent `failed`, `uncertain`: settled, never sent again.
 * - `sending` by a job that is still running: that job sends it; settled without touching it.
 * - `sending` left by anything else (this job's earlier attempt, a dead job): became `uncertain`.
 */
export async function claimBriefDelivery(db: Db, request: ClaimRequest): Promise<DeliveryClaim> {
  const { briefId, channel, jobId } = request;
  return db.asService(async (tx): Promise<DeliveryClaim> => {
    // Both reads in one round trip: the server runs them in order, so the delivery row is still read
    // once the brief's lock is held (after any other claim of it committed).
    const [brief, row] = await Promise.all([readBriefForMail(tx, briefId, { lock: true }), deliveryRow(tx, briefId, channel)]);
    if (!brief) return { action: 'missing' };
    const settled = (status: DeliveryStatus, reason: string | null, becameUncertain = false): SettledClaim => ({
      action: 'settled',
      deliveryId: row?.id as string,
      status,
      becameUncertain,
      reason,
    });
    if (row) {
      if (row.status === 'sending') {
        if (row.job_id !== null && row.job_id !== jobId && row.job_running) return settled('sending', `job ${row.job_id} is sending it`);
        const outcome = await markUncertain(tx, row.id);
        return settled(outcome.status, outcome.error, outcome.becameUncertain);
      }
      const retryable = row.status === 'skipped' || (row.status === 'failed' && row.error_class === 'transient');
      if (!retryable) return settled(row.status, row.error);
    }
    const skipped = skipReason(brief.status, brief.email_enabled, brief.email_disabled_reason);
    const base = { briefId, userId: brief.user_id, channel, recipient: brief.email, jobId };
    if (skipped) {
      const deliveryId = await writeRow(tx, { ...base, status: 'skipped', error: skipped, messageId: null });
      return { action: 'settled', deliveryId, status: 'skipped', becameUncertain: false, reason: skipped };
    }
    // brief.generate's render when recent; otherwise rendered now, where the unsubscribe link's clock starts.
    let email = storedBriefEmail(brief, request.links, request.now);
    if (!email) {
      email = briefEmail(brief, request.links, request.now);
      await storeBriefEmail(tx, briefId, email, request.now);
    }
    const deliveryId = await writeRow(tx, { ...base, status: 'sending', error: null, messageId: email.messageId });
    return { action: 'send', deliveryId, userId: brief.user_id, recipient: brief.email, email };
  });
}
