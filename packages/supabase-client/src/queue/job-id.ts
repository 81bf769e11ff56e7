import { randomBytes } from 'node:crypto';

/**
 * A new job id: a UUID version 7 (48 bits of Unix milliseconds, then random bits), the same kind
 * as the column's default public.uuid_v7(). Time-ordered ids keep the primary-key entries that
 * claims and completions add next to each other in the index (see that migration).
 */
export function newJobId(nowMs: number = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(nowMs, 0, 6);
  bytes[6] = 0x70 | ((bytes[6] as number) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
