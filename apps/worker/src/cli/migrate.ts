import { createLogger, ensureLocalSecrets, loadConfig } from '@ordo/config';
import { createDb, migrate } from '@ordo/supabase-client';
import { operatorEnvironment, repoRoot } from './environment.ts';

/** `pnpm db:migrate`: applies pending migrations to DATABASE_URL. */
export async function migrateCommand(): Promise<number> {
  const env = loadConfig(operatorEnvironment(repoRoot(), process.env), { require: ['DATABASE_URL'], localSecrets: ensureLocalSecrets });
  const log = createLogger(env, 'migrate');
  const db = createDb({ url: env.DATABASE_URL as string, max: 1, prepare: env.DATABASE_PREPARE });
  try {
    const { applied } = await migrate(db.sql, { logger: log });
    process.stdout.write(applied.length ? `Applied ${applied.length} migration(s):\n${applied.map((a) => `  ${a}\n`).join('')}` : 'Database is up to date.\n');
    return 0;
  } finally {
    await db.close();
  }
}
