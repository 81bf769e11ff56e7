import { createDb, type Db } from '@ordo/supabase-client';
import { config } from './config.ts';

let db: Db | undefined;

/** The process-wide connection pool; every request borrows from it through asUser. */
export function database(): Db {
  if (!db) {
    const env = config();
    db = createDb({ url: env.DATABASE_URL as string, max: env.DATABASE_POOL_MAX, prepare: env.DATABASE_PREPARE });
  }
  return db;
}

export async function closeDatabase(): Promise<void> {
  const open = db;
  db = undefined;
  await open?.close();
}
