import { applyMigration } from './apply-migration.ts';
import type { Sql } from './db.ts';
import { type Logger, silentLogger } from './logger.ts';
import { MigrationChecksumError } from './migration-errors.ts';
import { readMigrationFiles } from './migration-files.ts';
import { adoptChecksum, readAppliedMigrations } from './migration-history.ts';
import { defaultBootstrapFile, defaultMigrationsDir } from './paths.ts';
import { prepareDatabase } from './prepare-database.ts';

export interface MigrateOptions {
  /** Default: <repo>/supabase/migrations. */
  migrationsDir?: string;
  /** Default: <repo>/supabase/bootstrap/plain_postgres.sql, a no-op on Supabase. */
  bootstrapFile?: string;
  logger?: Logger;
}

/**
 * Applies pending migrations in file-name order, each in its own transaction,
 * recording them in supabase_migrations.schema_migrations like the Supabase
 * CLI. Refuses (MigrationChecksumError) when an applied file was edited.
 * Returns the file names it applied.
 */
export async function migrate(sql: Sql, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const logger = options.logger ?? silentLogger;
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  const files = await readMigrationFiles(migrationsDir, logger);
  await prepareDatabase(sql, options.bootstrapFile ?? defaultBootstrapFile());

  const recorded = await readAppliedMigrations(sql);
  for (const file of files) {
    if (!recorded.has(file.version)) continue;
    const checksum = recorded.get(file.version);
    if (checksum == null) {
      await adoptChecksum(sql, file);
      logger.info(`Adopted ${file.fileName}, recorded without a checksum (by the Supabase CLI)`);
    } else if (checksum !== file.checksum) {
      throw new MigrationChecksumError(file.fileName);
    }
  }
  const known = new Set(files.map((file) => file.version));
  for (const version of recorded.keys()) {
    if (!known.has(version)) logger.warn(`Applied migration ${version} has no file in ${migrationsDir}`);
  }

  const applied: string[] = [];
  for (const file of files) {
    if (recorded.has(file.version)) continue;
    if (await applyMigration(sql, file)) {
      applied.push(file.fileName);
      // Callers log one line for the run (migrationSummary); each file is detail.
      logger.debug(`Applied migration ${file.fileName}`);
    }
  }
  return { applied };
}
