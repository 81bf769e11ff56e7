import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const script = join(root, 'scripts/pnpm.mjs');
const pinned = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { packageManager: string }).packageManager.split('@')[1];
const scratch = mkdtempSync(join(tmpdir(), 'ordo-pnpm-bootstrap-'));

/** A PATH directory holding only these tools, linked to the machine's own. */
function toolDir(name: string, tools: string[]): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  for (const tool of tools) symlinkSync(realpathSync(execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim()), join(dir, tool));
  return dir;
}

/**
 * Runs the bootstrap with this PATH, no corepack or npm settings from this test run, and a cache
 * of its own (fetched into by the first test), so what pnpm it finds is decided by PATH alone.
 */
function bootstrap(path: string, args: string[]) {
  const env: Record<string, string | undefined> = { ...process.env, PATH: path, XDG_CACHE_HOME: join(scratch, 'cache') };
  for (const key of Object.keys(env)) if (key.startsWith('COREPACK_') || key.startsWith('npm_')) delete env[key];
  return spawnSync(process.execPath, [script, ...args], { cwd: root, env, encoding: 'utf8' });
}

describe('node scripts/pnpm.mjs (the README quick start)', () => {
  const basics = toolDir('basics', ['node', 'npm', 'sh']);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('fetches the pinned pnpm once and runs it, on a machine with no pnpm at all', () => {
    const first = bootstrap(basics, ['--version']);
    expect(first.stderr).toContain(`Fetching pnpm ${pinned} into ${join(scratch, 'cache', 'ordo', `pnpm@${pinned}`)}`);
    expect(first.stdout.trim().split('\n').at(-1)).toBe(pinned);
    expect(first.status).toBe(0);
    const again = bootstrap(basics, ['--version']);
    expect(again.stderr).toBe('');
    expect(again.stdout.trim()).toBe(pinned);
    expect(again.status).toBe(0);
  }, 120_000);

  it('runs the pinned pnpm, for itself and for the tools it starts, over an older pnpm found first on PATH', () => {
    const older = join(scratch, 'older');
    mkdirSync(older);
    // An older pnpm that fails anything but --version, as pnpm 9 would on this workspace.
    writeFileSync(join(older, 'pnpm'), '#!/bin/sh\n[ "$1" = --version ] && { echo 9.15.9; exit 0; }\necho "old pnpm used" >&2\nexit 1\n');
    chmodSync(join(older, 'pnpm'), 0o755);
    const run = bootstrap(`${older}:${basics}`, ['exec', 'sh', '-c', 'pnpm --version']);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(pinned);
    expect(run.status).toBe(0);
  });

  it("passes pnpm's exit code through", () => {
    const run = bootstrap(basics, ['exec', 'sh', '-c', 'exit 7']);
    expect(run.status).toBe(7);
  });
});
