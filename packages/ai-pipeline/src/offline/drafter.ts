import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DraftContext, DraftEvent, Drafter } from '../drafter.ts';
import { parseDump } from './parse-dump.ts';

export const OFFLINE_MODEL = 'ordo-offline-v1';

/**
 * The drafter used when no API key is set. It parses locally and deterministically, then streams
 * its operations the way a model does (reading, drafting, one event per operation, usage) so the
 * review UI takes one path for every provider.
 */
export function createOfflineDrafter(): Drafter {
  return {
    provider: 'offline',
    async *draft(text: string, context: DraftContext, signal?: AbortSignal): AsyncIterable<DraftEvent> {
      signal?.throwIfAborted();
      yield { type: 'status', phase: 'reading' };
      const operations = parseDump(text, context);
      yield { type: 'status', phase: 'drafting' };
      for (const operation of operations) {
        // One operation a turn, so consumers see them arrive one at a time, as from a model.
        await nextTurn();
        signal?.throwIfAborted();
        yield { type: 'operation', operation };
      }
      yield { type: 'usage', usage: { provider: 'offline', model: OFFLINE_MODEL, input_tokens: 0, output_tokens: 0, cost_usd: 0 } };
    },
  };
}
