import type { FakeReply, FakeRequest } from './fake-llm-server.ts';
import { textPieces } from './text-pieces.ts';

/** A streamed reply whose text is `value` as JSON (what gateway.structured reads). */
export function jsonReply(value: unknown): FakeReply {
  return { type: 'stream', text: textPieces(JSON.stringify(value)) };
}

/**
 * A fake server's `reply` option that answers each request from the script of its model (the
 * model names the tier: plan, write, check), in order. A request with nothing left in its
 * script gets a 500 naming its model, so an unexpected call shows in the test.
 */
export function repliesByModel(script: Record<string, FakeReply[]>): (request: FakeRequest) => FakeReply {
  return (request) => {
    const model = String(request.body.model);
    return script[model]?.shift() ?? { type: 'error', status: 500, message: `no scripted reply left for ${model}` };
  };
}

/** How many requests each model received. */
export function requestsByModel(requests: readonly FakeRequest[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const request of requests) {
    const model = String(request.body.model);
    counts[model] = (counts[model] ?? 0) + 1;
  }
  return counts;
}
