import type { Sql, Tx } from './db.ts';
import type { MigrationFile } from './migration-files.ts';

// The Supabase CLI's history table (it creates it the same way, column by
// column), plus a checksum column of ours that the CLI ignores.
const HISTORY_TABLE = `
create schema if not exists supabase_migrations;
create table if not exists supabase_migrations.schema_migrations (version text not null primary key);
alter table supabase_migrations.schema_migrations
  add column if not exists statements text[],
  add column if not exists name text,
  add column if not exists checksum text;
`;

export async function ensureHistoryTable(tx: Tx): Promise<void> {
  await tx.unsafe(HISTORY_TABLE);
}

/** version → checksum (null for rows written by the Supabase CLI). */
export async function readAppliedMigrations(sql: Sql | Tx): Promise<Map<string, string | null>> {
  const rows = await sql<{ version: string; checksum: string | null }[]>`
    select version, checksum from supabase_migrations.schema_migrations
  `;
  return new Map(rows.map((row) => [row.version, row.checksum]));
}

// A row the CLI wrote has no checksum; the file as it is now becomes the reference.
export async function adoptChecksum(sql: Sql, file: MigrationFile): Promise<void> {
  await sql`
    update supabase_migrations.schema_migrations
    set checksum = ${file.checksum}
    where version = ${file.version} and checksum is null
  `;
}

export async function recordMigration(tx: Tx, file: MigrationFile): Promise<void> {
  await tx`
    insert into supabase_migrations.schema_migrations (version, name, statements, checksum)
    values (${file.version}, ${file.name}, ${tx.array(file.statements)}, ${file.checksum})
  `;
}
