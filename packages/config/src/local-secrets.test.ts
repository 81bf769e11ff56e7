import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeEncryptionKey } from './encryption-key.ts';
import { ensureLocalSecrets } from './local-secrets.ts';

describe('ensureLocalSecrets', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ordo-secrets-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('generates valid secrets once into a private file and returns them on later calls', () => {
    const dataDir = join(root, 'nested', '.data');
    const first = ensureLocalSecrets(dataDir);

    expect(first.SUPABASE_JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(decodeEncryptionKey(first.ENCRYPTION_KEY)).toHaveLength(32);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const file = join(dataDir, 'secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(first);

    expect(ensureLocalSecrets(dataDir)).toEqual(first);
  });

  it('gives processes starting together (web and worker) the same secrets', async () => {
    const module = fileURLToPath(new URL('./local-secrets.ts', import.meta.url));
    // Every process spins until the same instant after its slow tsx start-up, so the calls really overlap.
    const startAt = Date.now() + 2_000;
    const script = `import { ensureLocalSecrets } from ${JSON.stringify(module)};
      while (Date.now() < ${startAt});
      console.log(JSON.stringify(ensureLocalSecrets(${JSON.stringify(root)})));`;
    const start = () =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: fileURLToPath(new URL('../../..', import.meta.url)),
      });
    const outputs = await Promise.all(Array.from({ length: 6 }, start));

    const results = new Set(outputs.map(({ stdout }) => stdout.trim()));
    expect(results.size).toBe(1);
    expect(JSON.parse([...results][0] ?? '')).toEqual(ensureLocalSecrets(root));
    expect(readdirSync(root)).toEqual(['secrets.json']);
  });

  it('generates different secrets for different data dirs', () => {
    const a = ensureLocalSecrets(join(root, 'a'));
    const b = ensureLocalSecrets(join(root, 'b'));
    expect(a.SUPABASE_JWT_SECRET).not.toBe(b.SUPABASE_JWT_SECRET);
    expect(a.ENCRYPTION_KEY).not.toBe(b.ENCRYPTION_KEY);
  });

  it('rejects a file that is not JSON, naming the path and leaving it untouched', () => {
    const file = join(root, 'secrets.json');
    writeFileSync(file, '{ not json');
    expect(() => ensureLocalSecrets(root)).toThrow(`Local secrets file ${file} is corrupt (not valid JSON)`);
    expect(readFileSync(file, 'utf8')).toBe('{ not json');
  });

  it('rejects a file with invalid values, naming the fields but not their values', () => {
    const file = join(root, 'secrets.json');
    const contents = JSON.stringify({ SUPABASE_JWT_SECRET: 'too-short-secret', ENCRYPTION_KEY: 'also-wrong-key' });
    writeFileSync(file, contents);
    let message = '';
    try {
      ensureLocalSecrets(root);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(file);
    expect(message).toContain('SUPABASE_JWT_SECRET: must be at least 32 characters');
    expect(message).toContain('ENCRYPTION_KEY: must be 32 bytes');
    expect(message).not.toContain('too-short-secret');
    expect(message).not.toContain('also-wrong-key');
    expect(readFileSync(file, 'utf8')).toBe(contents);
  });
});
