import type { Db } from '@ordo/supabase-client';
import { TokenBudgetExceededError } from './errors.ts';

function startOfMonthUtc(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

function startOfNextMonthUtc(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
}

/** Input plus output tokens the user's calls have used since the start of this calendar month (UTC). */
export async function monthlyTokensUsed(db: Db, userId: string, now = new Date()): Promise<number> {
  const [row] = await db.asService(
    (tx) => tx<{ used: string }[]>`
      select coalesce(sum(input_tokens + output_tokens), 0)::bigint::text as used
      from public.llm_calls
      where user_id = ${userId} and created_at >= ${startOfMonthUtc(now)}
    `,
  );
  return Number(row?.used ?? 0);
}

/**
 * Refuses a call once the user has used `limitTokens` this month (0 means no limit). Checked before
 * the call, so concurrent calls may overshoot by what they themselves use: a soft limit.
 */
export async function assertWithinTokenBudget(db: Db, userId: string, limitTokens: number, now = new Date()) {
  if (limitTokens === 0) return;
  const used = await monthlyTokensUsed(db, userId, now);
  if (used >= limitTokens) throw new TokenBudgetExceededError(used, limitTokens, startOfNextMonthUtc(now));
}
