import type { Tx } from '@ordo/supabase-client';

/**
 * Serialises everything that writes one task's events and their links: a push (which holds it
 * across its calls to Google) and the inbound reconcile. Held until the transaction ends.
 */
export async function lockTaskEvents(tx: Tx, taskId: string): Promise<void> {
  await tx`select pg_advisory_xact_lock(hashtextextended(${`calendar.push_task:${taskId}`}, 0))`;
}
