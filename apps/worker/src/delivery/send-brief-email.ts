import type { Logger } from '@ordo/config';
import type { JobDeps } from '../job-deps.ts';
import { claimBriefDelivery, type SendClaim, type SettledClaim } from './claim-brief-delivery.ts';
import { recordBounce, recordTransientFailure } from './record-delivery.ts';
import { classifySendFailure, type SendFailure } from './smtp-failure.ts';

type SendDeps = Pick<JobDeps, 'db' | 'mail' | 'mailLinks' | 'clock' | 'sentRecorder'>;

export type SendOutcome =
  | { delivery: 'sent'; deliveryId: string; messageId: string }
  /** A 5xx or a refused envelope: recorded `bounced`, never tried again. */
  | { delivery: 'bounced'; deliveryId: string; failure: SendFailure }
  /** A 4xx or a connection failure: recorded `failed`/transient, which a later claim sends again. */
  | { delivery: 'failed'; deliveryId: string; failure: SendFailure };

export type DeliveryOutcome = SendOutcome | SettledClaim | { action: 'missing' };

/**
 * The SMTP conversation for a claimed delivery (its `sending` row committed) and its record: sent
 * (batched, waited for), a bounce (with the person's hard-bounce count), or a transient failure.
 * SMTP errors are outcomes, not throws, so each caller decides what retries them.
 */
export async function sendClaimedBriefEmail(
  deps: SendDeps,
  claim: SendClaim,
  context: { briefId: string; attempt: number; log: Logger },
): Promise<SendOutcome> {
  const { log } = context;
  const { email } = claim;
  try {
    await deps.mail.send({
      to: claim.recipient,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: email.messageId,
      headers: email.headers,
    });
  } catch (error) {
    const failure = classifySendFailure(error);
    const fields = { brief_id: context.briefId, delivery_id: claim.deliveryId, channel: 'email', attempt: context.attempt, smtp_code: failure.responseCode, error: failure.message };
    if (failure.errorClass === 'permanent') {
      const bounce = await recordBounce(deps.db, claim.deliveryId, claim.userId, failure);
      log.warn({ ...fields, hard_bounces: bounce.hardBounces, channel_turned_off: bounce.channelTurnedOff }, 'brief email bounced');
      return { delivery: 'bounced', deliveryId: claim.deliveryId, failure };
    }
    await recordTransientFailure(deps.db, claim.deliveryId, failure);
    log.warn(fields, 'brief email failed; it is retried');
    return { delivery: 'failed', deliveryId: claim.deliveryId, failure };
  }
  await deps.sentRecorder.record(claim.deliveryId, claim.userId);
  return { delivery: 'sent', deliveryId: claim.deliveryId, messageId: email.messageId };
}

/**
 * Claims a brief's email delivery (claimBriefDelivery: at most once, an earlier attempt's `sending`
 * row becomes `uncertain`) and sends it when the claim says so.
 */
export async function deliverBriefEmail(
  deps: SendDeps,
  request: { briefId: string; jobId: string; attempt: number },
  log: Logger,
): Promise<DeliveryOutcome> {
  const { briefId, jobId } = request;
  const claim = await claimBriefDelivery(deps.db, { briefId, channel: 'email', jobId, links: deps.mailLinks, now: deps.clock.now() });
  if (claim.action !== 'send') {
    if (claim.action === 'settled') {
      if (claim.becameUncertain) {
        log.warn({ brief_id: briefId, delivery_id: claim.deliveryId, channel: 'email' }, 'brief delivery uncertain: an earlier attempt may have sent it, so it is not sent again');
      } else {
        log.info({ brief_id: briefId, delivery_id: claim.deliveryId, channel: 'email', status: claim.status, reason: claim.reason }, 'brief delivery settled without sending');
      }
    }
    return claim;
  }
  return sendClaimedBriefEmail(deps, claim, { briefId, attempt: request.attempt, log });
}
