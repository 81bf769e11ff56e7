import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { z } from 'zod';

// An empty variable (PUBLIC_SUPABASE_URL= in .env) means "not set".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const envSchema = z.object({
  PUBLIC_SUPABASE_URL: optional(z.url()),
  PUBLIC_SUPABASE_ANON_KEY: optional(z.string()),
  PUBLIC_SUPABASE_PUBLISHABLE_KEY: optional(z.string()),
});

// supabase-js refuses to build a client without a WebSocket for Realtime, and
// Node 20 has none built in. Ordo does not use Realtime, so REST, Auth and
// Storage keep working and only a subscription fails, with this explanation.
class RealtimeUnavailable {
  constructor() {
    throw new Error('Supabase Realtime needs a WebSocket: run on Node.js 22+ or provide the "ws" package');
  }
}

/**
 * A supabase-js client when PUBLIC_SUPABASE_URL and a public key (anon or
 * publishable) are set, else null. Ordo works without it: data access goes
 * through PostgreSQL (createDb), never through this client. It holds no
 * service key, so it can only do what RLS allows the anon role.
 */
export function createSupabaseClient(env: Record<string, string | undefined>): SupabaseClient | null {
  const parsed = envSchema.parse(env);
  const key = parsed.PUBLIC_SUPABASE_PUBLISHABLE_KEY ?? parsed.PUBLIC_SUPABASE_ANON_KEY;
  if (parsed.PUBLIC_SUPABASE_URL === undefined || key === undefined) return null;
  // Server-side use: no browser storage, no background token refresh.
  return createClient(parsed.PUBLIC_SUPABASE_URL, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    // never: the stub only has to fill the transport slot; it is never constructed successfully.
    ...(globalThis.WebSocket === undefined ? { realtime: { transport: RealtimeUnavailable as never } } : {}),
  });
}
