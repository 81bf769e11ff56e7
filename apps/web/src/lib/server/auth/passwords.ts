import { hash, verify } from '@node-rs/argon2';
import { error } from '@sveltejs/kit';
import { BoundedQueue, type BoundedQueueStats, QueueFullError } from '../bounded-queue.ts';

// Every argon2 hash and verification in the process goes through this queue. Each one holds a
// libuv pool thread (4 by default) for tens of milliseconds, so two at a time leave threads for
// file, DNS and crypto work; a flood of password posts waits here, within bounds, instead of
// stalling the whole server, and beyond the bound is answered 503 at once.
const ARGON2_CONCURRENCY = 2;
const ARGON2_MAX_WAITING = 64;
const argon2 = new BoundedQueue({ concurrency: ARGON2_CONCURRENCY, maxWaiting: ARGON2_MAX_WAITING });

export const PASSWORD_BUSY_MESSAGE = 'The server is busy checking passwords. Try again in a few seconds.';

function queued<T>(work: () => Promise<T>): Promise<T> {
  return argon2.run(work).catch((cause: unknown) => {
    if (cause instanceof QueueFullError) error(503, PASSWORD_BUSY_MESSAGE);
    throw cause;
  });
}

/** How much argon2 work the process has done and has waiting (for /health). */
export function passwordHashingStats(): BoundedQueueStats {
  return argon2.stats();
}

// Argon2id is the library's default algorithm (its const enum breaks under verbatimModuleSyntax).
export function hashPassword(password: string): Promise<string> {
  return queued(() => hash(password));
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  // A malformed stored hash counts as a mismatch; only the queue's refusal propagates.
  return queued(() => verify(passwordHash, password).catch(() => false));
}

let dummyHash: Promise<string> | undefined;

// Unknown emails still cost one argon2 verification, so response times do not reveal
// which addresses have accounts.
export async function verifyAgainstDummy(password: string): Promise<false> {
  // A refusal (queue full) must not be remembered as the dummy hash for the life of the process.
  dummyHash ??= hashPassword('not-a-real-password-for-timing-only').catch((cause: unknown) => {
    dummyHash = undefined;
    throw cause;
  });
  await verifyPassword(await dummyHash, password);
  return false;
}
