import type { Sql, Tx } from './db.ts';

export type ApiRole = 'authenticated' | 'service_role';

// Runs fn in one transaction as `role` with Supabase-style JWT claims, so RLS
// policies and auth.uid() see the same thing they would behind PostgREST.
// Both settings are transaction-local (is_local = true): nothing outlives the
// transaction, which is what makes this safe through a transaction pooler.
export async function runAs<T>(
  sql: Sql,
  role: ApiRole,
  claims: Record<string, string>,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  let result: T | undefined;
  await sql.begin(async (tx) => {
    // Sent at once, not awaited: fn's first query is pipelined behind it on the same connection,
    // which runs them in order, saving a round trip. If it fails, the transaction is aborted and
    // fn's queries fail with it, so nothing ever runs without the role.
    const setup = tx`select set_config('role', ${role}, true), set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`.execute();
    result = await fn(tx);
    await setup;
  });
  return result as T;
}
