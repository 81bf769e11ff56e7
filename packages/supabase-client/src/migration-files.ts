import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from './logger.ts';
import { MigrationError } from './migration-errors.ts';
import { splitStatements } from './split-statements.ts';

export interface MigrationFile {
  fileName: string;
  /** The timestamp prefix, as the Supabase CLI records it. */
  version: string;
  /** The rest of the file name without .sql. */
  name: string;
  content: string;
  /** sha256 (hex) of the file's bytes. */
  checksum: string;
  statements: string[];
}

// Same pattern as the Supabase CLI, which also skips files that do not match.
const FILE_NAME = /^([0-9]+)_(.*)\.sql$/;

// The transaction around each migration is what makes it all-or-nothing.
const TRANSACTION_CONTROL = /^(begin|start|commit|end|rollback|abort)\b/i;

export async function readMigrationFiles(dir: string, logger: Logger): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const fileNames = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.sql'))
    .map((entry) => entry.name)
    .sort();

  const files: MigrationFile[] = [];
  const seen = new Map<string, string>();
  for (const fileName of fileNames) {
    const match = FILE_NAME.exec(fileName);
    if (!match) {
      logger.warn(`Skipping ${fileName}: migration file names must look like <timestamp>_<name>.sql`);
      continue;
    }
    const [, version = '', name = ''] = match;
    const other = seen.get(version);
    if (other !== undefined) {
      throw new MigrationError(fileName, `Migrations ${other} and ${fileName} share the version ${version}`);
    }
    seen.set(version, fileName);

    const bytes = await readFile(join(dir, fileName));
    const content = bytes.toString('utf8');
    const statements = splitStatements(content);
    const control = statements.find((statement) => TRANSACTION_CONTROL.test(stripLeadingComments(statement)));
    if (control !== undefined) {
      throw new MigrationError(
        fileName,
        `Migration ${fileName} contains transaction control ("${control.slice(0, 40)}"); each migration already runs in its own transaction`,
      );
    }
    files.push({
      fileName,
      version,
      name,
      content,
      checksum: createHash('sha256').update(bytes).digest('hex'),
      statements,
    });
  }
  return files;
}

function stripLeadingComments(statement: string): string {
  return statement.replace(/^(\s*(--[^\n]*(\n|$)|\/\*[\s\S]*?\*\/))*\s*/, '');
}
