export { createDb, type Db, type DbOptions, type Notice, type Sql, type Tx } from './db.ts';
export { type EmbeddedPostgres, type EmbeddedPostgresOptions, startEmbeddedPostgres } from './embedded.ts';
export { checkDependencies, type DependencyCheck, type Probe } from './health.ts';
export type { Logger } from './logger.ts';
export { type MigrateOptions, migrate } from './migrate.ts';
export { MigrationChecksumError, MigrationError } from './migration-errors.ts';
export { defaultBootstrapFile, defaultMigrationsDir } from './paths.ts';
export { createSupabaseClient } from './supabase.ts';
export * from './queue/index.ts';
