import type { BriefFacts } from '@ordo/shared-types';
import type { StageReport } from '../pipeline/stage.ts';
import { writeOfflineBrief } from './offline-brief.ts';
import { offlinePriorities } from './offline-prioritise.ts';
import type { BriefDraft } from './schemas.ts';

function codeStage(name: string, ms: number): StageReport {
  return { name, ms, gate: 'none', findings: [], fallback_reason: null, provider: null, model: null, calls: 0, input_tokens: 0, output_tokens: 0, cost_usd: 0 };
}

/**
 * The brief without a model: the offline prioritiser and writer called directly, with no prompts
 * built for a provider that is not there and no stage checkpoints (nothing paid to keep). The
 * staged pipeline would end at the same draft: every model stage falls back to these two, and the
 * offline writer's draft passes its own check. `gatherMs` is how long reading the facts took.
 */
export function runOfflineBrief(facts: BriefFacts, gatherMs: number): { draft: BriefDraft; reports: StageReport[] } {
  const started = performance.now();
  const priorities = offlinePriorities(facts);
  const prioritised = performance.now();
  const draft = writeOfflineBrief(facts, priorities);
  const written = performance.now();
  return {
    draft,
    reports: [
      codeStage('gather', Math.round(gatherMs)),
      codeStage('prioritise', Math.round(prioritised - started)),
      codeStage('write', Math.round(written - prioritised)),
    ],
  };
}
