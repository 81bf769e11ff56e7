import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.ts';
import { loadConfig } from './load.ts';
import { ensureLocalSecrets, type LocalSecrets } from './local-secrets.ts';
import { generateVapidKeys } from './vapid-keys.ts';

const LOCAL: LocalSecrets = { SUPABASE_JWT_SECRET: 'l'.repeat(40), ENCRYPTION_KEY: 'cd'.repeat(32), ...generateVapidKeys() };
const EXPLICIT = { SUPABASE_JWT_SECRET: 'e'.repeat(40), ENCRYPTION_KEY: 'ef'.repeat(32) };
const EXPLICIT_VAPID = generateVapidKeys();

function configError(load: () => unknown): ConfigError {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('reports a missing required and a malformed variable in one error', () => {
    const error = configError(() =>
      loadConfig({ ...EXPLICIT, PORT: 'abc' }, { require: ['DATABASE_URL'], localSecrets: LOCAL }),
    );
    expect(error.message).toBe(
      [
        'Invalid configuration (2 problems):',
        '  - DATABASE_URL: is required',
        '  - PORT: expected an integer between 1 and 65535, got "abc"',
      ].join('\n'),
    );
    expect(error.problems).toEqual([
      { key: 'DATABASE_URL', message: 'is required' },
      { key: 'PORT', message: 'expected an integer between 1 and 65535, got "abc"' },
    ]);
    expect(error.name).toBe('ConfigError');
  });

  it('never echoes a secret value', () => {
    const shortKey = 'tooShortButSecret-1234';
    const badDatabaseUrl = 'mysql://admin:hunter2hunter2@db/app';
    const error = configError(() =>
      loadConfig({
        SUPABASE_JWT_SECRET: 'sb-jwt-short',
        ENCRYPTION_KEY: shortKey,
        DATABASE_URL: badDatabaseUrl,
        LOG_LEVEL: 'loud',
      }),
    );
    expect(error.message).not.toContain(shortKey);
    expect(error.message).not.toContain('sb-jwt-short');
    expect(error.message).not.toContain('hunter2');
    expect(error.problems).toEqual([
      { key: 'SUPABASE_JWT_SECRET', message: 'must be at least 32 characters (value hidden)' },
      { key: 'DATABASE_URL', message: 'expected a postgres:// or postgresql:// URL (value hidden)' },
      { key: 'ENCRYPTION_KEY', message: expect.stringMatching(/^must be 32 bytes .* \(value hidden\)$/) },
      { key: 'LOG_LEVEL', message: 'expected one of fatal, error, warn, info, debug, trace, silent, got "loud"' },
    ]);
    expect(error.message).toMatch(/^Invalid configuration \(4 problems\):\n/);
  });

  it('names both Stripe keys and both prices when Stripe is enabled without them', () => {
    const error = configError(() => loadConfig({ ...EXPLICIT, ENABLE_STRIPE: 'yes' }));
    expect(error.problems).toEqual([
      { key: 'STRIPE_SECRET_KEY', message: 'is required when ENABLE_STRIPE is true' },
      { key: 'STRIPE_WEBHOOK_SECRET', message: 'is required when ENABLE_STRIPE is true' },
      { key: 'STRIPE_PRICE_PRO_MONTHLY', message: 'is required when ENABLE_STRIPE is true' },
      { key: 'STRIPE_PRICE_PRO_YEARLY', message: 'is required when ENABLE_STRIPE is true' },
    ]);
  });

  it('treats an empty required variable as missing', () => {
    const error = configError(() => loadConfig({ ...EXPLICIT, DATABASE_URL: '' }, { require: ['DATABASE_URL'] }));
    expect(error.problems).toEqual([{ key: 'DATABASE_URL', message: 'is required' }]);
    expect(error.message).toBe('Invalid configuration (1 problem):\n  - DATABASE_URL: is required');
  });

  it('returns the parsed config when required variables are set', () => {
    const env = loadConfig(
      { ...EXPLICIT, DATABASE_URL: 'postgres://u:p@localhost:5432/ordo', PORT: '4000' },
      { require: ['DATABASE_URL'] },
    );
    expect(env).toMatchObject({ DATABASE_URL: 'postgres://u:p@localhost:5432/ordo', PORT: 4000, DATABASE_PREPARE: true });
  });

  it('fills unset JWT secret and encryption key from local secrets outside production', () => {
    expect(loadConfig({}, { localSecrets: LOCAL })).toMatchObject(LOCAL);
    expect(loadConfig({ NODE_ENV: 'test', SUPABASE_JWT_SECRET: '' }, { localSecrets: LOCAL })).toMatchObject(LOCAL);
    expect(loadConfig(EXPLICIT, { localSecrets: LOCAL })).toMatchObject(EXPLICIT);
  });

  it('fills the VAPID pair from local secrets only as a pair, and only outside production', () => {
    expect(loadConfig(EXPLICIT, { localSecrets: LOCAL })).toMatchObject({
      VAPID_PUBLIC_KEY: LOCAL.VAPID_PUBLIC_KEY,
      VAPID_PRIVATE_KEY: LOCAL.VAPID_PRIVATE_KEY,
      WEB_PUSH_ENABLED: true,
    });
    expect(loadConfig({ ...EXPLICIT, ...EXPLICIT_VAPID }, { localSecrets: LOCAL })).toMatchObject(EXPLICIT_VAPID);
    expect(
      configError(() =>
        loadConfig({ ...EXPLICIT, VAPID_PUBLIC_KEY: EXPLICIT_VAPID.VAPID_PUBLIC_KEY }, { localSecrets: LOCAL }),
      ).problems,
    ).toEqual([{ key: 'VAPID_PRIVATE_KEY', message: 'is required when VAPID_PUBLIC_KEY is set' }]);
    const fallbackWithoutPair = { SUPABASE_JWT_SECRET: LOCAL.SUPABASE_JWT_SECRET, ENCRYPTION_KEY: LOCAL.ENCRYPTION_KEY };
    expect(loadConfig({}, { localSecrets: fallbackWithoutPair }).WEB_PUSH_ENABLED).toBe(false);
  });

  it('starts in production without VAPID keys, Web Push off, and hides a bad private key', () => {
    const env = loadConfig({ NODE_ENV: 'production', ...EXPLICIT }, { localSecrets: LOCAL });
    expect(env).toMatchObject({ WEB_PUSH_ENABLED: false });
    expect(env.VAPID_PUBLIC_KEY).toBeUndefined();
    const error = configError(() =>
      loadConfig({ NODE_ENV: 'production', ...EXPLICIT, ...EXPLICIT_VAPID, VAPID_PRIVATE_KEY: 'not-a-key-at-all' }),
    );
    expect(error.problems).toEqual([
      { key: 'VAPID_PRIVATE_KEY', message: 'must be a P-256 private key: 32 bytes as base64url (value hidden)' },
    ]);
  });

  it('requires the JWT secret and encryption key explicitly in production', () => {
    const error = configError(() => loadConfig({ NODE_ENV: 'production' }, { localSecrets: LOCAL }));
    expect(error.problems).toEqual([
      { key: 'SUPABASE_JWT_SECRET', message: 'is required when NODE_ENV=production' },
      { key: 'ENCRYPTION_KEY', message: 'is required when NODE_ENV=production' },
    ]);
    expect(loadConfig({ NODE_ENV: 'production', ...EXPLICIT }, { localSecrets: LOCAL })).toMatchObject(EXPLICIT);
  });

  it('without local secrets, reports the JWT secret and encryption key as required', () => {
    expect(configError(() => loadConfig({})).problems.map((problem) => problem.key)).toEqual([
      'SUPABASE_JWT_SECRET',
      'ENCRYPTION_KEY',
    ]);
  });

  describe('with a local secrets function', () => {
    const dirs: string[] = [];
    afterEach(() => {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    });

    it('calls it with the resolved ORDO_DATA_DIR only when a secret or the VAPID pair is missing', () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'ordo-config-'));
      dirs.push(dataDir);
      const calls: string[] = [];
      const localSecrets = (dir: string) => {
        calls.push(dir);
        return LOCAL;
      };

      expect(loadConfig({ ORDO_DATA_DIR: dataDir }, { localSecrets })).toMatchObject(LOCAL);
      expect(calls).toEqual([dataDir]);

      loadConfig({ ...EXPLICIT, ...EXPLICIT_VAPID, ORDO_DATA_DIR: dataDir }, { localSecrets });
      configError(() => loadConfig({ NODE_ENV: 'production', ORDO_DATA_DIR: dataDir }, { localSecrets }));
      expect(calls).toEqual([dataDir]);
    });

    it('works with ensureLocalSecrets: generated on the first load, reused on the next', () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'ordo-config-'));
      dirs.push(dataDir);
      const first = loadConfig({ ORDO_DATA_DIR: dataDir }, { localSecrets: ensureLocalSecrets });
      const second = loadConfig({ ORDO_DATA_DIR: dataDir }, { localSecrets: ensureLocalSecrets });
      expect(second.SUPABASE_JWT_SECRET).toBe(first.SUPABASE_JWT_SECRET);
      expect(second.ENCRYPTION_KEY).toBe(first.ENCRYPTION_KEY);
      expect(second.VAPID_PRIVATE_KEY).toBe(first.VAPID_PRIVATE_KEY);
      expect(first.WEB_PUSH_ENABLED).toBe(true);
      expect(existsSync(join(dataDir, 'secrets.json'))).toBe(true);
    });
  });
});
