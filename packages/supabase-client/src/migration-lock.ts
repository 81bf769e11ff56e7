import type { Tx } from './db.ts';

// A transaction-level advisory lock: released at commit/rollback, so it works
// through transaction-mode poolers where session locks would leak or vanish.
export async function lockMigrations(tx: Tx): Promise<void> {
  await tx`select pg_advisory_xact_lock(hashtext('ordo:migrate'))`;
}
