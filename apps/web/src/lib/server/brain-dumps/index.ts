export { applyBrainDump } from './apply.ts';
export { createBrainDumpWithinPlan } from './create-within-plan.ts';
export { SSE_HEADERS } from './event-stream.ts';
export { openDraftStream } from './open-stream.ts';
export { limitBrainDumps } from './rate-limit.ts';
export { applyInputSchema, BRAIN_DUMP_TEXT_MAX, brainDumpInputSchema } from './schemas.ts';
export { createBrainDump, getBrainDump, listBrainDumps } from './store.ts';
export { undoBrainDump } from './undo.ts';
