import {
  briefDraftSchema,
  briefFallBackOn,
  briefStages,
  runPipeline,
  type StageReport,
} from '@ordo/ai-pipeline';
import { briefDeliverDedupKey, briefGenerateDefaults, briefGeneratePayloadSchema } from '@ordo/shared-types';
import { enqueue, failBrief, findBriefPerson, finishBrief, openBrief, readBriefFacts } from '@ordo/supabase-client';
import { alertBriefReady } from '../alerts/brief-ready-alert.ts';
import { BriefProgressReporter } from '../briefs/brief-progress.ts';
import { briefEmail } from '../delivery/brief-email.ts';
import { LeaseLostError } from '../queue/abort-reasons.ts';
import { defineJob, PermanentJobError } from '../queue/job-definition.ts';

function totalUsage(reports: readonly StageReport[]) {
  return reports.reduce(
    (sum, report) => ({
      input_tokens: sum.input_tokens + report.input_tokens,
      output_tokens: sum.output_tokens + report.output_tokens,
      cost_usd: sum.cost_usd + report.cost_usd,
      calls: sum.calls + report.calls,
    }),
    { input_tokens: 0, output_tokens: 0, cost_usd: 0, calls: 0 },
  );
}

/**
 * Writes one person's brief for one local date through the staged pipeline and stores it in
 * daily_briefs; when it is to be delivered and the email channel is on, enqueues brief.deliver in
 * the same transaction. Each stage runs in its own step, so a retry resumes at the stage that
 * failed and never pays for a finished one again.
 */
export const briefGenerate = defineJob({
  name: 'brief.generate',
  payload: briefGeneratePayloadSchema,
  options: { ...briefGenerateDefaults, timeoutMs: 5 * 60_000 },
  async handler(payload, { jobId, attempt, maxAttempts, signal, log, progress, step, deps }) {
    const { db, ai, clock } = deps;
    const person = await findBriefPerson(db.sql, payload.user_id);
    if (!person) throw new PermanentJobError(`user ${payload.user_id} does not exist`);
    const brief = await openBrief(db, {
      userId: person.id,
      kind: payload.kind,
      localDate: payload.local_date,
      timezone: person.timezone,
      sendAt: new Date(payload.send_at),
      trigger: payload.trigger,
      jobId,
    });
    if (!brief.generating) {
      log.info({ brief_id: brief.id, status: brief.previousStatus }, 'brief.generate: this brief is already done');
      return { brief_id: brief.id, status: brief.previousStatus, generated: false };
    }

    const reporter = new BriefProgressReporter(brief.id, progress);
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
      // The commit does not wait for its WAL flush: the job's completion, and any claim of the
      // delivery it enqueues, commit durably after it and so make it durable first. A database crash
      // before either loses it with the job's outcome, and the job's retry stores the brief again.
      const delivery = await db.asService(async (tx) => {
        // Read in the transaction that enqueues, so an unsubscribe that commits first is honoured.
        const recipient = await findBriefPerson(tx, person.id);
        const now = clock.now();
        // The brief as an email, kept with it (the history, and a brief whose email is off, have it
        // too); delivery sends this render when it is recent (brief-email.ts), else renders again.
        const email = briefEmail(
          { id: brief.id, user_id: person.id, kind: payload.kind, local_date: payload.local_date, headline: draft.headline, markdown: draft.markdown, name: recipient?.name ?? person.name },
          deps.mailLinks,
          now,
        );
        const finishing = finishBrief(tx, brief.id, jobId, {
          headline: draft.headline,
          markdown: draft.markdown,
          provider: draft.provider,
          model: draft.model,
          usage: totalUsage(reports),
          stages: reports,
          generatedAt: now,
          email: { html: email.html, text: email.text, renderedAt: now },
        });
        // Sent together with the update (one round trip); if the update finds no row, the throw
        // below rolls the enqueue back with it.
        const enqueuing =
          payload.deliver && recipient?.email_enabled
            ? enqueue(tx, 'brief.deliver', { brief_id: brief.id, channel: 'email' }, { userId: person.id, dedupKey: briefDeliverDedupKey(brief.id, 'email') })
            : null;
        const alerting = alertBriefReady(
          tx,
          { id: brief.id, userId: person.id, kind: payload.kind, localDate: payload.local_date, headline: draft.headline },
          now,
          deps.mailLinks.appOrigin,
        );
        const [stored, enqueued] = await Promise.all([finishing, enqueuing, alerting]);
        if (!stored) throw new Error(`brief ${brief.id} is no longer generating for this job`);
        return enqueued;
      }, { asyncCommit: true });
      return { brief_id: brief.id, status: 'ready', provider: draft.provider, model: draft.model, delivery_job_id: delivery?.id ?? null };
    } catch (error) {
      // A lost lease means another worker may hold the job (and this row) now: leave the row to it.
      if (!(signal.reason instanceof LeaseLostError)) {
        await failBrief(db, brief.id, error instanceof Error ? error.message : String(error));
      }
      throw error;
    }
  },
});
