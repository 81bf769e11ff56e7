import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { decodeEncryptionKey, ENCRYPTION_KEY_BYTES } from './encryption-key.ts';
import { legacyLocalSecretsSchema, localSecretsSchema } from './env.ts';
import { deriveVapidKeys, generateVapidKeys } from './vapid-keys.ts';

export type LocalSecrets = z.output<typeof localSecretsSchema>;

/**
 * Development-only SUPABASE_JWT_SECRET / ENCRYPTION_KEY / VAPID keys, generated on first start
 * into `<dataDir>/secrets.json` and reused afterwards so sessions, encrypted data and push
 * subscriptions survive restarts.
 */
export function ensureLocalSecrets(dataDir: string): LocalSecrets {
  const file = join(dataDir, 'secrets.json');
  return readSecrets(file) ?? createSecrets(dataDir, file);
}

function readSecrets(file: string): LocalSecrets | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw error;
  }
  const corrupt = (reason: string) =>
    new Error(
      `Local secrets file ${file} is corrupt (${reason}). It is never overwritten automatically: ` +
        'restore it, or delete it to generate new secrets (existing sessions and encrypted data become unreadable).',
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw corrupt('not valid JSON');
  }
  const describe = (error: z.ZodError) =>
    // Names the fields only; the file's contents are secret.
    error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`).join('; ');
  if (isObject(json) && json.VAPID_PUBLIC_KEY === undefined && json.VAPID_PRIVATE_KEY === undefined) {
    const legacy = legacyLocalSecretsSchema.safeParse(json);
    if (!legacy.success) throw corrupt(describe(legacy.error));
    return addVapidKeys(file, json, legacy.data);
  }
  const parsed = localSecretsSchema.safeParse(json);
  if (!parsed.success) throw corrupt(describe(parsed.error));
  return parsed.data;
}

/**
 * A file written before Web Push existed gains a VAPID pair, every other key kept. The pair is
 * derived from the file's ENCRYPTION_KEY, so processes upgrading the file at the same moment
 * write the same contents, and the rename means readers see the old file or the new, never half.
 */
function addVapidKeys(
  file: string,
  json: Record<string, unknown>,
  legacy: z.output<typeof legacyLocalSecretsSchema>,
): LocalSecrets {
  const vapid = deriveVapidKeys(decodeEncryptionKey(legacy.ENCRYPTION_KEY));
  const temp = tempFile(file);
  writeFileSync(temp, `${JSON.stringify({ ...json, ...vapid }, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return { ...legacy, ...vapid };
}

function createSecrets(dataDir: string, file: string): LocalSecrets {
  const secrets: LocalSecrets = {
    SUPABASE_JWT_SECRET: randomBytes(48).toString('base64url'),
    ENCRYPTION_KEY: randomBytes(ENCRYPTION_KEY_BYTES).toString('base64'),
    ...generateVapidKeys(),
  };
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Write a private temp file, then hard-link it into place: the link fails if another process
  // (web and worker start together) won the race, and readers never see a half-written file.
  const temp = tempFile(file);
  writeFileSync(temp, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temp, file);
    return secrets;
  } catch (error) {
    if (!isErrno(error, 'EEXIST')) throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  return ensureLocalSecrets(dataDir);
}

function tempFile(file: string): string {
  return `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
