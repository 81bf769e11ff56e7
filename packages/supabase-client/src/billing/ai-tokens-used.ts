import type { Tx } from '../db.ts';

/**
 * Input plus output tokens of the person's model calls since `since`: those recorded in llm_calls
 * and those still reserved by calls in progress. The gateway's monthly budget and the plan's
 * ai_tokens limit both count this.
 */
export async function aiTokensUsedSince(tx: Tx, userId: string, since: Date): Promise<number> {
  const [row] = await tx<{ used: string }[]>`
    select (
      (select coalesce(sum(input_tokens + output_tokens), 0) from public.llm_calls
       where user_id = ${userId} and created_at >= ${since})
      + (select coalesce(sum(input_tokens + output_tokens), 0) from public.llm_budget_reservations
         where user_id = ${userId} and created_at >= ${since})
    )::bigint::text as used
  `;
  return Number(row?.used ?? 0);
}
