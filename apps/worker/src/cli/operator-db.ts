import { ensureLocalSecrets, loadConfig } from '@ordo/config';
import { createDb, type Db } from '@ordo/supabase-client';
import { operatorEnvironment, repoRoot } from './environment.ts';

/** A small pool on DATABASE_URL for one CLI command, closed afterwards. */
export async function withOperatorDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const env = loadConfig(operatorEnvironment(repoRoot(), process.env), { require: ['DATABASE_URL'], localSecrets: ensureLocalSecrets });
  const db = createDb({ url: env.DATABASE_URL as string, max: 2, prepare: env.DATABASE_PREPARE });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
