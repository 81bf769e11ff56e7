import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveDataDir } from './data-dir.ts';

describe('resolveDataDir', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ordo-datadir-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('resolves a relative dir against the workspace root, so every app shares one data dir', () => {
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    const app = join(root, 'apps', 'web');
    mkdirSync(app, { recursive: true });
    expect(resolveDataDir('.data', app)).toBe(join(root, '.data'));
    expect(resolveDataDir('.data', root)).toBe(join(root, '.data'));
  });

  it('falls back to the working directory outside a workspace', () => {
    expect(resolveDataDir('state', root)).toBe(join(root, 'state'));
  });

  it('keeps absolute paths', () => {
    expect(resolveDataDir('/var/lib/ordo', root)).toBe('/var/lib/ordo');
  });
});
