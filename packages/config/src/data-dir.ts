import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

export const DEFAULT_DATA_DIR = '.data';

/**
 * Resolves a relative data dir against the workspace root (the nearest
 * ancestor of `cwd` holding pnpm-workspace.yaml), falling back to `cwd`.
 * `turbo run dev` starts web and worker in their own package folders; without
 * this they would each generate their own local secrets and disagree on the
 * JWT secret.
 */
export function resolveDataDir(dir: string, cwd: string = process.cwd()): string {
  if (isAbsolute(dir)) return dir;
  return resolve(findWorkspaceRoot(resolve(cwd)) ?? cwd, dir);
}

export function findWorkspaceRoot(start: string): string | undefined {
  for (let current = start; ; current = dirname(current)) {
    if (existsSync(join(current, 'pnpm-workspace.yaml'))) return current;
    if (dirname(current) === current) return undefined;
  }
}
