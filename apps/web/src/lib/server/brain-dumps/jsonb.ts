import type { Tx } from '@ordo/supabase-client';
import type { JSONValue } from 'postgres';

/**
 * A jsonb parameter. Values here come from zod-validated data, so they are JSON already;
 * postgres.js serialises them itself (a pre-stringified value would be stored as a JSON string).
 */
export function jsonb(tx: Tx, value: unknown) {
  return tx.json(value as JSONValue);
}
