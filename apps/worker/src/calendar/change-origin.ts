import type { Tx } from '@ordo/supabase-client';

/**
 * Runs fn with `ordo.change_origin` = 'google' for the transaction: the triggers that enqueue
 * calendar.push_task skip what fn writes, so a change that came from Google is not pushed back.
 * The setting is put back afterwards, so later writes of the caller's transaction push as usual.
 */
export async function asChangeFromGoogle<T>(tx: Tx, fn: () => Promise<T>): Promise<T> {
  const [previous] = await tx<{ origin: string | null }[]>`select current_setting('ordo.change_origin', true) as origin`;
  await tx`select set_config('ordo.change_origin', 'google', true)`;
  // No finally: after a failed statement the transaction (or the savepoint around it) is rolled
  // back, and the setting with it.
  const result = await fn();
  await tx`select set_config('ordo.change_origin', ${previous?.origin ?? ''}, true)`;
  return result;
}
