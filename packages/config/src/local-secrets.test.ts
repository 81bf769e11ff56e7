import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeEncryptionKey } from './encryption-key.ts';
import { ensureLocalSecrets } from './local-secrets.ts';
import { generateVapidKeys, vapidPublicKeyOf } from './vapid-keys.ts';

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
    expect(vapidPublicKeyOf(first.VAPID_PRIVATE_KEY)).toBe(first.VAPID_PUBLIC_KEY);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const file = join(dataDir, 'secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(first);

    expect(ensureLocalSecrets(dataDir)).toEqual(first);
  });

  /** Six processes calling ensureLocalSecrets(root) at the same instant; their distinct outputs. */
  async function ensureConcurrently(): Promise<Set<string>> {
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
    return new Set(outputs.map(({ stdout }) => stdout.trim()));
  }

  it('gives processes starting together (web and worker) the same secrets', async () => {
    const results = await ensureConcurrently();
    expect(results.size).toBe(1);
    expect(JSON.parse([...results][0] ?? '')).toEqual(ensureLocalSecrets(root));
    expect(readdirSync(root)).toEqual(['secrets.json']);
  });

  it('adds a VAPID pair to a file written before Web Push, keeping every other key', () => {
    const file = join(root, 'secrets.json');
    const older = { SUPABASE_JWT_SECRET: 'o'.repeat(40), ENCRYPTION_KEY: 'ab'.repeat(32), KEPT_BY_HAND: 'yes' };
    writeFileSync(file, JSON.stringify(older), { mode: 0o600 });

    const upgraded = ensureLocalSecrets(root);
    expect(upgraded).toMatchObject({ SUPABASE_JWT_SECRET: older.SUPABASE_JWT_SECRET, ENCRYPTION_KEY: older.ENCRYPTION_KEY });
    expect(vapidPublicKeyOf(upgraded.VAPID_PRIVATE_KEY)).toBe(upgraded.VAPID_PUBLIC_KEY);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ...older, ...upgraded });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(root)).toEqual(['secrets.json']);
    expect(ensureLocalSecrets(root)).toEqual(upgraded);
  });

  it('gives processes upgrading an older file together the same VAPID pair', async () => {
    const older = { SUPABASE_JWT_SECRET: 'o'.repeat(40), ENCRYPTION_KEY: 'ab'.repeat(32) };
    writeFileSync(join(root, 'secrets.json'), JSON.stringify(older));

    const results = await ensureConcurrently();

    expect(results.size).toBe(1);
    const shared = JSON.parse([...results][0] ?? '');
    expect(shared).toMatchObject(older);
    expect(shared.VAPID_PUBLIC_KEY).toEqual(expect.any(String));
    expect(ensureLocalSecrets(root)).toEqual(shared);
    expect(readdirSync(root)).toEqual(['secrets.json']);
  });

  it('rejects a file with half a VAPID pair or a pair that does not match, leaving it untouched', () => {
    const file = join(root, 'secrets.json');
    const base = { SUPABASE_JWT_SECRET: 'o'.repeat(40), ENCRYPTION_KEY: 'ab'.repeat(32) };
    const [a, b] = [generateVapidKeys(), generateVapidKeys()];
    const half = JSON.stringify({ ...base, VAPID_PUBLIC_KEY: a.VAPID_PUBLIC_KEY });
    writeFileSync(file, half);
    expect(() => ensureLocalSecrets(root)).toThrow(/is corrupt \(VAPID_PRIVATE_KEY: .*\)/);
    expect(readFileSync(file, 'utf8')).toBe(half);

    const mixed = JSON.stringify({ ...base, VAPID_PUBLIC_KEY: a.VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY: b.VAPID_PRIVATE_KEY });
    writeFileSync(file, mixed);
    expect(() => ensureLocalSecrets(root)).toThrow('VAPID_PUBLIC_KEY: is not the public key of VAPID_PRIVATE_KEY');
    expect(readFileSync(file, 'utf8')).toBe(mixed);
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
