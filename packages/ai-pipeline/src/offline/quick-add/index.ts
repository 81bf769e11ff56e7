/**
 * Quick add's grammar, for the browser as much as the server: it imports chrono-node, zod and
 * @ordo/shared-types only (never the LLM SDKs), through the `@ordo/ai-pipeline/quick-add` subpath.
 */
export { DURATION_AMOUNT, findDuration, minutesOf } from './duration.ts';
export { findNames, type NameValue } from './names.ts';
export { type QuickAddContext, type QuickAddResult, parseQuickAdd, QUICK_ADD_KINDS } from './parse-quick-add.ts';
export { findPriorityCodes, PRIORITY_CODES, type Token } from './priority.ts';
export { findRecurrence, type RepeatValue } from './recurrence.ts';
export { MASK, masked, quotedRanges, remainder } from './text-ranges.ts';
export { type Clock, clockOf, findMoments, type Moment, startAtOf, writesDayFirst } from './when.ts';
