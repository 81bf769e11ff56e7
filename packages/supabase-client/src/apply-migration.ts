import postgres from 'postgres';
import type { Sql } from './db.ts';
import { MigrationChecksumError, MigrationError } from './migration-errors.ts';
import type { MigrationFile } from './migration-files.ts';
import { readAppliedMigrations, recordMigration } from './migration-history.ts';
import { lockMigrations } from './migration-lock.ts';

/**
 * Applies one file and records it, in one transaction. Returns false when
 * another process applied it while this one waited for the lock.
 */
export async function applyMigration(sql: Sql, file: MigrationFile): Promise<boolean> {
  try {
    return await sql.begin(async (tx) => {
      await lockMigrations(tx);
      // Read committed: this sees whatever the previous lock holder committed.
      const applied = await readAppliedMigrations(tx);
      if (applied.has(file.version)) {
        const checksum = applied.get(file.version);
        if (checksum != null && checksum !== file.checksum) throw new MigrationChecksumError(file.fileName);
        return false;
      }
      await tx.unsafe(file.content);
      await recordMigration(tx, file);
      return true;
    });
  } catch (error) {
    if (error instanceof MigrationError) throw error;
    throw new MigrationError(file.fileName, describeFailure(file, error), { cause: error });
  }
}

function describeFailure(file: MigrationFile, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // The whole file is sent as one query, so the error position is an offset into it.
  const position = error instanceof postgres.PostgresError ? Number(error.position) : Number.NaN;
  const line = position > 0 ? ` at line ${file.content.slice(0, position - 1).split('\n').length}` : '';
  return `Migration ${file.fileName} failed${line}: ${message}`;
}
