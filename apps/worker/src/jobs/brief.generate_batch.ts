import { type BriefDraft, briefDraftSchema, briefFallBackOn, briefStages, runOfflineBrief, runPipeline, type StageReport } from '@ordo/ai-pipeline';
import { type BriefFacts, briefDedupKey, briefGenerateBatchDefaults, briefGenerateBatchPayloadSchema } from '@ordo/shared-types';
import { backoffBoundMs, enqueue, failBrief, type OpenedBatchBrief, openBatchBriefs, readBriefFactsOfMany } from '@ordo/supabase-client';
import { type DeliveryResult, NO_DELIVERY, settleDelivery } from '../briefs/settle-delivery.ts';
import { type StoredBrief, storeWrittenBriefs, type WrittenBrief } from '../briefs/store-written-briefs.ts';
import { hasDeliveryByJob } from '../delivery/claim-brief-delivery.ts';
import { deliverBriefEmail, sendClaimedBriefEmail } from '../delivery/send-brief-email.ts';
import type { JobDeps } from '../job-deps.ts';
import { LeaseLostError } from '../queue/abort-reasons.ts';
import { defineJob, type JobContext } from '../queue/job-definition.ts';

/** What the batch did for one person: their brief, its delivery, or why it went wrong and the job retrying it alone. */
interface PersonResult extends DeliveryResult {
  user_id: string;
  brief_id: string | null;
  status: string;
  generated: boolean;
  error?: string;
  retry_job_id?: string | null;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One person's draft. Without a provider the offline writer is called directly: no prompts, no
 * checkpoints (nothing paid to keep). With one, the staged pipeline runs as in brief.generate, its
 * steps named per person, so a retried batch never pays for a finished stage again.
 */
async function writeDraft(opened: OpenedBatchBrief, facts: BriefFacts, gatherMs: number, context: JobContext): Promise<{ draft: BriefDraft; reports: StageReport[] }> {
  const { deps, step, signal, attempt, maxAttempts } = context;
  if (deps.ai.providers.length === 0) return runOfflineBrief(facts, gatherMs);
  const { state, reports } = await runPipeline(
    briefStages({ gateway: deps.ai, gatherFacts: async () => facts }),
    { request: { user_id: opened.person.id, kind: opened.request.kind, local_date: opened.request.local_date } },
    { runStep: (name, fn) => step(`${opened.person.id}:${name}`, fn), fallBackOn: briefFallBackOn(attempt >= maxAttempts), signal },
  );
  return { draft: briefDraftSchema.parse(state.check), reports };
}

/**
 * A brief this batch could not write or store: marked failed with the reason, and retried alone as
 * brief.generate (under the person's own dedup key) so the others are not held back or redone.
 */
async function retryAlone(deps: JobDeps, opened: OpenedBatchBrief, error: unknown): Promise<PersonResult> {
  const reason = errorText(error);
  await failBrief(deps.db, opened.id, reason);
  const { user_id, kind, local_date, send_at } = opened.request;
  const retry = await enqueue(
    deps.db.sql,
    'brief.generate',
    { user_id, kind, local_date, send_at, trigger: 'schedule', deliver: true },
    { userId: user_id, dedupKey: briefDedupKey(user_id, kind, local_date), runAt: new Date(deps.clock.now().getTime() + backoffBoundMs(1)) },
  );
  return { user_id, brief_id: opened.id, status: 'failed', generated: false, error: reason, retry_job_id: retry.id, ...NO_DELIVERY };
}

/** Stores the written briefs together; if that fails, each alone, so one brief's failure does not lose the others. */
async function storeEach(deps: JobDeps, jobId: string, written: readonly WrittenBrief[], signal: AbortSignal): Promise<(StoredBrief | { error: unknown })[]> {
  try {
    return await storeWrittenBriefs(deps, jobId, written);
  } catch (error) {
    if (signal.aborted) throw error;
    if (written.length === 1) return [{ error }];
    return Promise.all(
      written.map(async (brief) => {
        try {
          const [stored] = await storeWrittenBriefs(deps, jobId, [brief]);
          return stored ?? { error: new Error('storing the brief returned nothing') };
        } catch (alone) {
          if (signal.aborted) throw alone;
          return { error: alone };
        }
      }),
    );
  }
}

/** Finishes the delivery a brief already done had begun under this job (a retry after a crash), as brief.generate does. */
async function resumeDone(opened: OpenedBatchBrief, context: JobContext): Promise<PersonResult> {
  const { deps, jobId, attempt, log } = context;
  const resumes = opened.previousStatus === 'ready' && (await hasDeliveryByJob(deps.db.sql, opened.id, jobId));
  const delivery = resumes
    ? await settleDelivery(deps, await deliverBriefEmail(deps, { briefId: opened.id, jobId, attempt }, log), { id: opened.id, userId: opened.person.id })
    : NO_DELIVERY;
  return { user_id: opened.person.id, brief_id: opened.id, status: opened.previousStatus, generated: false, ...delivery };
}

/** Writes, stores and sends the briefs this job opened as generating; one result a person. */
async function writeAndSend(toWrite: readonly OpenedBatchBrief[], context: JobContext): Promise<PersonResult[]> {
  if (toWrite.length === 0) return [];
  const { jobId, attempt, signal, log, deps } = context;
  const reading = performance.now();
  const facts = await readBriefFactsOfMany(
    deps.db.sql,
    toWrite.map((brief) => ({ person: brief.person, brief: { kind: brief.request.kind, localDate: brief.request.local_date } })),
  );
  const gatherMs = performance.now() - reading;
  const failed: Promise<PersonResult>[] = [];
  const written: WrittenBrief[] = [];
  await Promise.all(
    toWrite.map(async (brief, index) => {
      try {
        written.push({ opened: brief, ...(await writeDraft(brief, facts[index] as BriefFacts, gatherMs, context)) });
      } catch (error) {
        // A cancelled, timed-out or handed-over job stops as a whole; its retry redoes what is not stored.
        if (signal.aborted) throw error;
        log.warn({ user_id: brief.person.id, brief_id: brief.id, err: error }, 'brief.generate_batch: one brief failed; it is retried alone');
        failed.push(retryAlone(deps, brief, error));
      }
    }),
  );

  const stored = written.length > 0 ? await storeEach(deps, jobId, written, signal) : [];
  const sent = await Promise.all(
    written.map(async ({ opened: brief, draft }, index): Promise<PersonResult> => {
      const outcome = stored[index];
      if (!outcome || 'error' in outcome) return retryAlone(deps, brief, outcome?.error ?? new Error('the brief was not stored'));
      const result = { user_id: brief.person.id, brief_id: brief.id, provider: draft.provider, model: draft.model };
      if (!outcome.stored) return { ...result, status: 'generating', generated: false, error: 'another job took this brief over', ...NO_DELIVERY };
      const ref = { id: brief.id, userId: brief.person.id };
      let delivery = NO_DELIVERY;
      if (outcome.claim) {
        delivery = await settleDelivery(deps, await sendClaimedBriefEmail(deps, outcome.claim, { briefId: brief.id, attempt, log }), ref);
      } else if (outcome.deliveryExists) {
        // A row this brief already had (left by an older job): only the claim may judge it.
        delivery = await settleDelivery(deps, await deliverBriefEmail(deps, { briefId: brief.id, jobId, attempt }, log), ref);
      }
      return { ...result, status: 'ready', generated: true, ...delivery };
    }),
  );
  return [...sent, ...(await Promise.all(failed))];
}

/**
 * Writes and emails the scheduled briefs of several people (the brief schedule's fan-out), sharing
 * the queue's per-job cost among them. Each person keeps their own daily_briefs row (found by job
 * and person on a retry), delivery row and brief-ready alert, exactly as brief.generate makes them:
 * a brief already ready or skipped is left alone, a retry after the briefs were stored only finishes
 * the deliveries this job began (a `sending` row left by a crash becomes `uncertain`, never sent
 * twice), and one person's failure is recorded and retried alone while the others go out.
 */
export const briefGenerateBatch = defineJob({
  name: 'brief.generate_batch',
  payload: briefGenerateBatchPayloadSchema,
  options: { ...briefGenerateBatchDefaults, timeoutMs: 5 * 60_000 },
  async handler(payload, context) {
    const { jobId, signal, deps } = context;
    const opened = await openBatchBriefs(deps.db, jobId, payload.briefs);
    const openedUsers = new Set(opened.map((brief) => brief.person.id));
    const gone: PersonResult[] = payload.briefs
      .filter((brief) => !openedUsers.has(brief.user_id))
      .map((brief) => ({ user_id: brief.user_id, brief_id: null, status: 'missing', generated: false, error: `user ${brief.user_id} does not exist`, ...NO_DELIVERY }));
    const toWrite = opened.filter((brief) => brief.generating);
    const done = await Promise.all(opened.filter((brief) => !brief.generating).map((brief) => resumeDone(brief, context)));

    try {
      return { briefs: [...(await writeAndSend(toWrite, context)), ...done, ...gone] };
    } catch (error) {
      // A lost lease means another worker may hold the job (and these rows) now: leave them to it.
      if (!(signal.reason instanceof LeaseLostError)) await Promise.all(toWrite.map((brief) => failBrief(deps.db, brief.id, errorText(error))));
      throw error;
    }
  },
});

