import { hash, verify } from '@node-rs/argon2';

// Argon2id is the library's default algorithm (its const enum breaks under verbatimModuleSyntax).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

// Unknown emails still cost one argon2 verification, so response times do not reveal
// which addresses have accounts.
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash('not-a-real-password-for-timing-only');
  await verifyPassword(await dummyHash, password);
  return false;
}
