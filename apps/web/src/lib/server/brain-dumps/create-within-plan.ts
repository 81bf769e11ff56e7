import { requireAiTokensLeft, withPlanUsage } from '../usage-limits/plan-limits.ts';
import { draftProvider } from './draft-run.ts';
import type { BrainDump } from './schemas.ts';
import { createBrainDump } from './store.ts';

/**
 * Stores a new dump as one of today's brain dumps on the person's plan (402 past it, nothing
 * stored, nothing counted). When a model drafts, the plan must have AI tokens left this month too:
 * refusing here beats storing a dump whose draft the gateway would refuse.
 */
export async function createBrainDumpWithinPlan(userId: string, text: string): Promise<BrainDump> {
  if (draftProvider() !== 'offline') await requireAiTokensLeft(userId);
  return withPlanUsage(userId, 'brain_dumps', () => createBrainDump(userId, text));
}
