import { readFile } from 'node:fs/promises';
import type { Sql } from './db.ts';
import { ensureHistoryTable } from './migration-history.ts';
import { lockMigrations } from './migration-lock.ts';

// Runs the plain-PostgreSQL bootstrap (idempotent, a no-op where Supabase
// already provides its objects) and creates the history table, under the
// migration lock so concurrent migrators do not race on CREATE … IF NOT EXISTS.
export async function prepareDatabase(sql: Sql, bootstrapFile: string): Promise<void> {
  const bootstrap = await readFile(bootstrapFile, 'utf8');
  await sql.begin(async (tx) => {
    await lockMigrations(tx);
    await tx.unsafe(bootstrap);
    await ensureHistoryTable(tx);
  });
}
