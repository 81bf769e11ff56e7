import { briefDraftSchema, briefFallBackOn, briefStages, runPipeline } from '@ordo/ai-pipeline';
import { briefGenerateDefaults, briefGeneratePayloadSchema } from '@ordo/shared-types';
import { failBrief, findBriefPerson, finishBrief, openBrief, readBriefFacts } from '@ordo/supabase-client';
import { alertBriefReady } from '../alerts/brief-ready-alert.ts';
import { BriefProgressReporter } from '../briefs/brief-progress.ts';
import { NO_DELIVERY, settleDelivery } from '../briefs/settle-delivery.ts';
import { finishedBrief } from '../briefs/finished-brief.ts';
import { briefEmail } from '../delivery/brief-email.ts';
import { hasDeliveryByJob, openSendingDelivery, type SendClaim } from '../delivery/claim-brief-delivery.ts';
import { deliverBriefEmail, sendClaimedBriefEmail } from '../delivery/send-brief-email.ts';
import { LeaseLostError } from '../queue/abort-reasons.ts';
import { defineJob, PermanentJobError } from '../queue/job-definition.ts';

/**
 * Writes one person's brief for one local date through the staged pipeline and stores it in
 * daily_briefs; when it is to be delivered and the email channel is on, the same transaction
 * commits the delivery's `sending` row, and the job sends the email itself right after (no second
 * job, no queue wait). Each stage runs in its own step, so a retry resumes at the stage that failed
 * and never pays for a finished one again; a retry after the brief was stored only finishes the
 * delivery this job began (claimBriefDelivery: a `sending` row left by a crash becomes `uncertain`).
 */
export const briefGenerate = defineJob({
  name: 'brief.generate',
  payload: briefGeneratePayloadSchema,
  options: { ...briefGenerateDefaults, timeoutMs: 5 * 60_000 },
  async handler(payload, { jobId, attempt, maxAttempts, signal, log, progress, step, deps }) {
    const { db, ai, clock } = deps;
    const brief = await openBrief(db, {
      userId: payload.user_id,
      kind: payload.kind,
      localDate: payload.local_date,
      sendAt: new Date(payload.send_at),
      trigger: payload.trigger,
      jobId,
    });
    if (!brief) throw new PermanentJobError(`user ${payload.user_id} does not exist`);
    const { person } = brief;
    if (!brief.generating) {
      log.info({ brief_id: brief.id, status: brief.previousStatus }, 'brief.generate: this brief is already done');
      const resumes = payload.deliver && brief.previousStatus === 'ready' && (await hasDeliveryByJob(db.sql, brief.id, jobId));
      const delivery = resumes
        ? await settleDelivery(deps, await deliverBriefEmail(deps, { briefId: brief.id, jobId, attempt }, log), { id: brief.id, userId: person.id })
        : NO_DELIVERY;
      return { brief_id: brief.id, status: brief.previousStatus, generated: false, ...delivery };
    }

    const reporter = new BriefProgressReporter(brief.id, progress);
    let stored: { draft: ReturnType<typeof briefDraftSchema.parse>; claim: SendClaim | null; deliveryExists: boolean };
    try {
      const stages = briefStages({
        gateway: ai,
        gatherFacts: (request) => readBriefFacts(db.sql, person, { kind: request.kind, localDate: request.local_date }),
      });
      const { state, reports } = await runPipeline(
        stages,
        { request: { user_id: person.id, kind: payload.kind, local_date: payload.local_date } },
        {
          runStep: step,
          onStage: reporter.onStage,
          fallBackOn: briefFallBackOn(attempt >= maxAttempts),
          signal,
        },
      );
      const draft = briefDraftSchema.parse(state.check);
      // Without a delivery the commit does not wait for its WAL flush: the job's completion commits
      // durably after it and so makes it durable first; a database crash before that loses it with
      // the job's outcome, and the job's retry stores the brief again. With a delivery it waits: the
      // `sending` row must be durable before the send.
      stored = await db.asService(async (tx) => {
        // Read in the transaction that opens the delivery, so an unsubscribe that commits first is honoured.
        const recipient = await findBriefPerson(tx, person.id);
        const now = clock.now();
        // The brief as an email, kept with it (the history, and a brief whose email is off, have it
        // too); this render is what the job sends now, and what a later brief.deliver sends when recent.
        const email = briefEmail(
          { id: brief.id, user_id: person.id, kind: payload.kind, local_date: payload.local_date, headline: draft.headline, markdown: draft.markdown, name: recipient?.name ?? person.name },
          deps.mailLinks,
          now,
        );
        const finishing = finishBrief(tx, brief.id, jobId, finishedBrief(draft, reports, email, now));
        // Sent together with the update (one round trip); if the update finds no row, the throw
        // below rolls the delivery row back with it.
        const delivering = payload.deliver && recipient?.email_enabled === true;
        const opening = delivering
          ? openSendingDelivery(tx, { briefId: brief.id, userId: person.id, recipient: recipient.email, jobId, messageId: email.messageId })
          : null;
        const alerting = alertBriefReady(
          tx,
          { id: brief.id, userId: person.id, kind: payload.kind, localDate: payload.local_date, headline: draft.headline },
          now,
          deps.mailLinks.appOrigin,
        );
        const [finished, deliveryId] = await Promise.all([finishing, opening, alerting]);
        if (!finished) throw new Error(`brief ${brief.id} is no longer generating for this job`);
        const claim: SendClaim | null =
          delivering && deliveryId ? { action: 'send', deliveryId, userId: person.id, recipient: recipient.email, email } : null;
        return { draft, claim, deliveryExists: delivering && !deliveryId };
      }, { asyncCommit: !payload.deliver });
    } catch (error) {
      // A lost lease means another worker may hold the job (and this row) now: leave the row to it.
      if (!(signal.reason instanceof LeaseLostError)) {
        await failBrief(db, brief.id, error instanceof Error ? error.message : String(error));
      }
      throw error;
    }
    const { draft, claim } = stored;
    const ref = { id: brief.id, userId: person.id };
    let delivery = NO_DELIVERY;
    if (claim) delivery = await settleDelivery(deps, await sendClaimedBriefEmail(deps, claim, { briefId: brief.id, attempt, log }), ref);
    // A row this brief already had (left by an older job): only the claim may judge it.
    else if (stored.deliveryExists) delivery = await settleDelivery(deps, await deliverBriefEmail(deps, { briefId: brief.id, jobId, attempt }, log), ref);
    return { brief_id: brief.id, status: 'ready', provider: draft.provider, model: draft.model, ...delivery };
  },
});
