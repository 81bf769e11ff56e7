import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { ENCRYPTION_KEY_BYTES } from './encryption-key.ts';
import { localSecretsSchema } from './env.ts';

export type LocalSecrets = z.output<typeof localSecretsSchema>;

/**
 * Development-only SUPABASE_JWT_SECRET / ENCRYPTION_KEY, generated on first start into
 * `<dataDir>/secrets.json` and reused afterwards so sessions and encrypted data survive restarts.
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
  const parsed = localSecretsSchema.safeParse(json);
  if (!parsed.success) {
    // Names the fields only; the file's contents are secret.
    throw corrupt(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`).join('; '));
  }
  return parsed.data;
}

function createSecrets(dataDir: string, file: string): LocalSecrets {
  const secrets: LocalSecrets = {
    SUPABASE_JWT_SECRET: randomBytes(48).toString('base64url'),
    ENCRYPTION_KEY: randomBytes(ENCRYPTION_KEY_BYTES).toString('base64'),
  };
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Write a private temp file, then hard-link it into place: the link fails if another process
  // (web and worker start together) won the race, and readers never see a half-written file.
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
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

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
