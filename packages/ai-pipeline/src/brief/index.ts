export { briefFallBackOn, type BriefPipelineOptions, briefStages } from './brief-pipeline.ts';
export { checkBriefDraft } from './check-draft.ts';
export { OFFLINE_BRIEF_MODEL, writeOfflineBrief } from './offline-brief.ts';
export { offlinePriorities } from './offline-prioritise.ts';
export { runOfflineBrief } from './offline-run.ts';
export {
  type BriefDraft,
  briefDraftSchema,
  type BriefPriorities,
  briefPrioritiesSchema,
  type BriefRequest,
  briefRequestSchema,
} from './schemas.ts';
