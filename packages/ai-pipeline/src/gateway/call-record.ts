import type { Db } from '@ordo/supabase-client';
import type { Purpose } from '../models.ts';
import type { HostedProvider } from '../providers/provider.ts';

export type CallOutcome = 'ok' | 'fallback' | 'aborted' | 'error';

/** One row of `llm_calls`: a gateway call, whichever attempts it took. */
export interface LlmCallRecord {
  userId: string | null;
  purpose: Purpose;
  provider: HostedProvider;
  model: string;
  inputTokens: number;
  outputTokens: number;
  costUsd: number | null;
  latencyMs: number;
  outcome: CallOutcome;
  attempts: number;
  error: string | null;
}

const ERROR_MAX = 2000;

/** Written by the service role: users may read their own calls but never write them. */
export async function recordLlmCall(db: Db, call: LlmCallRecord): Promise<void> {
  const error = call.error === null ? null : call.error.slice(0, ERROR_MAX);
  await db.asService(
    (tx) => tx`
      insert into public.llm_calls
        (user_id, purpose, provider, model, input_tokens, output_tokens, cost_usd, latency_ms, outcome, attempts, error)
      values
        (${call.userId}, ${call.purpose}, ${call.provider}, ${call.model}, ${call.inputTokens}, ${call.outputTokens},
         ${call.costUsd}, ${Math.round(call.latencyMs)}, ${call.outcome}, ${call.attempts}, ${error})
    `,
  );
}
