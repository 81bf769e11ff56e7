import { type BriefFacts, briefFactsSchema } from '@ordo/shared-types';
import { z } from 'zod';
import {
  LlmCallAbortedError,
  LlmGatewayError,
  ProvidersUnavailableError,
  StreamInterruptedError,
} from '../gateway/errors.ts';
import type { CallUsage, Gateway } from '../gateway/gateway.ts';
import { defineStage, type Stage } from '../pipeline/stage.ts';
import { checkBriefDraft } from './check-draft.ts';
import { isEmptyDay, openTasksOf } from './facts-index.ts';
import { writeOfflineBrief } from './offline-brief.ts';
import { offlinePriorities } from './offline-prioritise.ts';
import {
  PRIORITISE_SYSTEM,
  prioritiseMessages,
  REVIEW_SYSTEM,
  repairMessages,
  reviewMessages,
  writeMessages,
  writeSystem,
} from './prompts.ts';
import {
  type BriefDraft,
  briefDraftSchema,
  type BriefPriorities,
  briefPrioritiesSchema,
  type BriefRequest,
  briefReplySchema,
  briefRequestSchema,
  briefReviewSchema,
} from './schemas.ts';

export interface BriefPipelineOptions {
  gateway: Gateway;
  /** Reads the person's facts (the worker: readBriefFacts). Runs once per brief, inside the gather step. */
  gatherFacts(request: BriefRequest): Promise<BriefFacts>;
}

const gatherInput = z.object({ request: briefRequestSchema });
const prioritiseInput = gatherInput.extend({ gather: briefFactsSchema });
const writeInput = prioritiseInput.extend({ prioritise: briefPrioritiesSchema });
const checkInput = writeInput.extend({ write: briefDraftSchema });

// Raw HTML in a draft would reach the email and the page; the renderers escape it, but a brief
// that contains any was not written as asked.
const rawHtml = /<\/?[a-z!][^>]*>/i;

function lastCall(usage: readonly CallUsage[]): CallUsage {
  const call = usage.at(-1);
  if (!call) throw new Error('a structured call returned no usage');
  return call;
}

/**
 * The brief's four stages: gather (code) → prioritise (plan tier) → write (write tier) → check
 * (code, then the check tier). Every model stage falls back to the offline prioritiser or
 * writer, so a brief is written with no provider, with the budget spent, or when a model keeps
 * inventing things; calls are made for the person (`userId`), so they are recorded and budgeted.
 */
export function briefStages({ gateway, gatherFacts }: BriefPipelineOptions): Stage[] {
  const gather = defineStage({
    name: 'gather',
    purpose: null,
    input: gatherInput,
    output: briefFactsSchema,
    run: ({ request }) => gatherFacts(request),
  });

  const prioritise = defineStage<z.infer<typeof prioritiseInput>, BriefPriorities>({
    name: 'prioritise',
    purpose: 'plan',
    input: prioritiseInput,
    output: briefPrioritiesSchema,
    async run({ request, gather: facts }, context) {
      // Nothing open: nothing to choose, and nothing to pay for.
      if (openTasksOf(facts).length === 0) return { priorities: [] };
      const result = await gateway.structured({
        purpose: 'plan',
        system: PRIORITISE_SYSTEM,
        messages: prioritiseMessages(facts, context.findings),
        schema: briefPrioritiesSchema,
        userId: request.user_id,
        signal: context.signal,
        maxOutputTokens: 1024,
      });
      context.charge(result.usage);
      return result.value;
    },
    gate({ priorities }, { gather: facts }) {
      const open = new Set(openTasksOf(facts).map((task) => task.id));
      const findings: string[] = [];
      const seen = new Set<string>();
      for (const { task_id } of priorities) {
        if (!open.has(task_id)) findings.push(`task_id ${task_id} is not an open task in the facts`);
        else if (seen.has(task_id)) findings.push(`task_id ${task_id} is chosen twice`);
        seen.add(task_id);
      }
      return findings;
    },
    fallback: ({ gather: facts }) => offlinePriorities(facts),
  });

  const write = defineStage<z.infer<typeof writeInput>, BriefDraft>({
    name: 'write',
    purpose: 'write',
    input: writeInput,
    output: briefDraftSchema,
    async run({ request, gather: facts, prioritise: priorities }, context) {
      // An empty day gets the short friendly template: a model has nothing to add.
      if (isEmptyDay(facts)) return writeOfflineBrief(facts, priorities);
      const result = await gateway.structured({
        purpose: 'write',
        system: writeSystem(facts),
        messages: writeMessages(facts, priorities, context.findings),
        schema: briefReplySchema,
        userId: request.user_id,
        signal: context.signal,
        maxOutputTokens: 2048,
      });
      context.charge(result.usage);
      const { provider, model } = lastCall(result.usage);
      return { ...result.value, provider, model };
    },
    gate(draft) {
      const findings: string[] = [];
      if (/[\r\n]/.test(draft.headline.trim())) findings.push('the headline must be one line');
      if (rawHtml.test(draft.markdown) || rawHtml.test(draft.headline)) findings.push('the brief must not contain raw HTML');
      return findings;
    },
    fallback: ({ gather: facts, prioritise: priorities }) => writeOfflineBrief(facts, priorities),
  });

  const check = defineStage<z.infer<typeof checkInput>, BriefDraft>({
    name: 'check',
    purpose: 'check',
    input: checkInput,
    output: briefDraftSchema,
    // The draft as written; on the retry, the draft rewritten to fix what the gate found.
    async run({ request, gather: facts, prioritise: priorities, write: draft }, context) {
      if (context.findings.length === 0) return draft;
      if (draft.provider === 'offline') return writeOfflineBrief(facts, priorities);
      const result = await gateway.structured({
        purpose: 'write',
        system: writeSystem(facts),
        messages: repairMessages(facts, draft, context.findings),
        schema: briefReplySchema,
        userId: request.user_id,
        signal: context.signal,
        maxOutputTokens: 2048,
      });
      context.charge(result.usage);
      const { provider, model } = lastCall(result.usage);
      return { ...result.value, provider, model };
    },
    async gate(draft, { request, gather: facts }, context) {
      const findings = checkBriefDraft(facts, draft);
      // The model's review is for what code cannot read; a draft code already rejects, or one the
      // template wrote from the facts, needs no paid second opinion.
      if (findings.length > 0 || draft.provider === 'offline') return findings;
      const review = await gateway.structured({
        purpose: 'check',
        system: REVIEW_SYSTEM,
        messages: reviewMessages(facts, draft),
        schema: briefReviewSchema,
        userId: request.user_id,
        signal: context.signal,
        maxOutputTokens: 1024,
      });
      context.charge(review.usage);
      return review.value.problems;
    },
    fallback({ gather: facts, prioritise: priorities, write: draft }, cause) {
      // The review could not run (say, the budget ran out after writing): a draft no check has
      // found fault with and whose every mention checks out is kept; anything else is replaced.
      if (cause.reason === 'error' && cause.findings.length === 0 && checkBriefDraft(facts, draft).length === 0) return draft;
      return writeOfflineBrief(facts, priorities);
    },
  });

  return [gather, prioritise, write, check] as Stage[];
}

/**
 * Which errors make a brief stage fall back to its offline writer instead of failing the job: no
 * provider, the budget spent, a rejected request or a reply that stays invalid, at once; an
 * outage (5xx, timeouts, a broken stream) only on the job's last attempt, so earlier attempts
 * retry the model and the last one still delivers a brief. A cancelled call never falls back.
 */
export function briefFallBackOn(finalAttempt: boolean): (error: Error) => boolean {
  return (error) => {
    if (error instanceof LlmCallAbortedError) return false;
    if (error instanceof ProvidersUnavailableError || error instanceof StreamInterruptedError) return finalAttempt;
    return error instanceof LlmGatewayError;
  };
}
