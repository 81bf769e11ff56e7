import { aiTokensUsedSince, type Db } from '@ordo/supabase-client';
import type { LlmCallRecord } from './call-record.ts';
import { TokenBudgetExceededError } from './errors.ts';

function startOfMonthUtc(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

function startOfNextMonthUtc(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
}

/**
 * A user's monthly token budget: one number for everyone (AI_MONTHLY_TOKEN_BUDGET, where 0 means
 * no limit), or looked up per user at each call (a plan's allowance, where 0 allows nothing).
 */
export type MonthlyTokenBudget = number | ((userId: string) => Promise<number>);

/** The limit for this user's next call; null for none. */
export async function budgetFor(budget: MonthlyTokenBudget, userId: string): Promise<number | null> {
  if (typeof budget === 'number') return budget > 0 ? budget : null;
  return budget(userId);
}

/** What a call sets aside before it is sent: its estimated input and its most output, and their cost. */
export interface TokenReservation
  extends Pick<LlmCallRecord, 'purpose' | 'provider' | 'model' | 'inputTokens' | 'outputTokens' | 'costUsd'> {
  userId: string;
  /** The longest the call can take; a reservation still there after it is settled as its estimate. */
  expiresInMs: number;
}

const UNSETTLED = 'never settled (the process making the call stopped): charged as its estimate';

/** Input plus output tokens the user's calls have used or hold reserved since the start of this calendar month (UTC). */
export async function monthlyTokensUsed(db: Db, userId: string, now = new Date()): Promise<number> {
  return db.asService((tx) => aiTokensUsedSince(tx, userId, startOfMonthUtc(now)));
}

/**
 * Reserves a call's tokens against the user's monthly budget (`limitTokens`, null for no limit) and
 * returns the reservation's id, or throws TokenBudgetExceededError when what is used and reserved
 * plus this call would pass the budget. Check and reservation hold the user's lock together, so
 * concurrent calls are counted one after the other. The user's expired reservations are settled
 * first, as their estimates.
 */
export async function reserveTokens(db: Db, reservation: TokenReservation, limitTokens: number | null, now = new Date()): Promise<string> {
  const { userId } = reservation;
  return db.asService(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtextextended(${`llm_budget:${userId}`}, 0))`;
    await tx`
      with expired as (
        delete from public.llm_budget_reservations
        where user_id = ${userId} and expires_at <= now()
        returning *
      )
      insert into public.llm_calls
        (id, user_id, purpose, provider, model, input_tokens, output_tokens, cost_usd, latency_ms, outcome, attempts, error, created_at)
      select id, user_id, purpose, provider, model, input_tokens, output_tokens, cost_usd,
             round(extract(epoch from expires_at - created_at) * 1000), 'error', 1, ${UNSETTLED}, created_at
      from expired
      on conflict (id) do nothing
    `;
    const needed = reservation.inputTokens + reservation.outputTokens;
    if (limitTokens !== null) {
      const used = await aiTokensUsedSince(tx, userId, startOfMonthUtc(now));
      if (used + needed > limitTokens) throw new TokenBudgetExceededError(used, limitTokens, startOfNextMonthUtc(now), needed);
    }
    const [row] = await tx<{ id: string }[]>`
      insert into public.llm_budget_reservations
        (user_id, purpose, provider, model, input_tokens, output_tokens, cost_usd, expires_at)
      values
        (${userId}, ${reservation.purpose}, ${reservation.provider}, ${reservation.model}, ${reservation.inputTokens},
         ${reservation.outputTokens}, ${reservation.costUsd}, now() + make_interval(secs => ${reservation.expiresInMs / 1000}))
      returning id
    `;
    if (!row) throw new Error('token reservation insert returned no row');
    return row.id;
  });
}

/** Drops a reservation whose call never reached a provider. */
export async function releaseTokens(db: Db, reservationId: string): Promise<void> {
  await db.asService((tx) => tx`delete from public.llm_budget_reservations where id = ${reservationId}`);
}
