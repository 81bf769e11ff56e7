import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { findWorkspaceRoot } from '@ordo/config';

/** The repository root, found from where the CLI's own file lies (not the caller's working directory). */
export function repoRoot(): string {
  const root = findWorkspaceRoot(dirname(fileURLToPath(import.meta.url)));
  if (!root) throw new Error('cannot find the Ordo repository root (pnpm-workspace.yaml) above the CLI');
  return root;
}

/** The process environment over the repository's `.env` file, when there is one (the environment wins). */
export function operatorEnvironment(root: string, processEnv: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const file = join(root, '.env');
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
  return { ...fromFile, ...processEnv };
}
