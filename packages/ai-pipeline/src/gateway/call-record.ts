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
  /** The call's token reservation, which this record settles (null: the call reserved none). */
  reservationId: string | null;
}

const ERROR_MAX = 2000;

/**
 * Written by the service role: users may read their own calls but never write them. A record
 * settling a reservation replaces it in the same transaction, keeping its id, and also replaces
 * the estimate an expired reservation was already settled with.
 */
export async function recordLlmCall(db: Db, call: LlmCallRecord): Promise<void> {
  const error = call.error === null ? null : call.error.slice(0, ERROR_MAX);
  const latencyMs = Math.round(call.latencyMs);
  await db.asService(async (tx) => {
    if (call.reservationId === null) {
      await tx`
        insert into public.llm_calls
          (user_id, purpose, provider, model, input_tokens, output_tokens, cost_usd, latency_ms, outcome, attempts, error)
        values
          (${call.userId}, ${call.purpose}, ${call.provider}, ${call.model}, ${call.inputTokens}, ${call.outputTokens},
           ${call.costUsd}, ${latencyMs}, ${call.outcome}, ${call.attempts}, ${error})
      `;
      return;
    }
    const [reserved] = await tx<{ created_at: Date }[]>`
      delete from public.llm_budget_reservations where id = ${call.reservationId} returning created_at
    `;
    // Counted in the month the tokens were reserved, as the budget check counted them.
    await tx`
      insert into public.llm_calls
        (id, user_id, purpose, provider, model, input_tokens, output_tokens, cost_usd, latency_ms, outcome, attempts, error, created_at)
      values
        (${call.reservationId}, ${call.userId}, ${call.purpose}, ${call.provider}, ${call.model}, ${call.inputTokens},
         ${call.outputTokens}, ${call.costUsd}, ${latencyMs}, ${call.outcome}, ${call.attempts}, ${error},
         coalesce(${reserved?.created_at ?? null}::timestamptz, now()))
      on conflict (id) do update set
        provider = excluded.provider, model = excluded.model, input_tokens = excluded.input_tokens,
        output_tokens = excluded.output_tokens, cost_usd = excluded.cost_usd, latency_ms = excluded.latency_ms,
        outcome = excluded.outcome, attempts = excluded.attempts, error = excluded.error
    `;
  });
}
