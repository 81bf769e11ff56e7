import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Walks up from this module rather than counting "../": the same code then
// finds the repository's supabase/ folder from src/ and from a bundled dist/.
function findUp(relativePath: string): string {
  const start = dirname(fileURLToPath(import.meta.url));
  let dir = start;
  for (;;) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Could not find ${relativePath} in ${start} or any parent directory`);
    dir = parent;
  }
}

/** <repo>/supabase/migrations */
export function defaultMigrationsDir(): string {
  return findUp(join('supabase', 'migrations'));
}

/** <repo>/supabase/bootstrap/plain_postgres.sql */
export function defaultBootstrapFile(): string {
  return findUp(join('supabase', 'bootstrap', 'plain_postgres.sql'));
}
