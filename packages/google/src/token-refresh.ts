import type { Db, Tx } from '@ordo/supabase-client';
import { createOAuthClient, type GoogleConfig } from './google-clients.ts';
import type { GoogleDeps } from './google-deps.ts';
import { GoogleDisconnectedError, toGoogleOAuthError } from './google-errors.ts';
import { type GoogleTokens, googleTokensSchema, mergeGoogleTokens, openGoogleTokens, sealGoogleTokens } from './google-tokens.ts';

/** Access tokens are refreshed this long before they expire, so a call never starts with one about to lapse. */
export const REFRESH_AHEAD_MS = 5 * 60 * 1000;

/** Whether an access token is missing, expired or within REFRESH_AHEAD_MS of expiring. */
export function needsRefresh(tokens: GoogleTokens, now = Date.now()): boolean {
  if (!tokens.access_token) return true;
  return tokens.expiry_date !== null && tokens.expiry_date !== undefined && tokens.expiry_date <= now + REFRESH_AHEAD_MS;
}

// One refresh at a time per connection in this process. Keyed by pool: a process has one pool,
// and tests that stand in for two processes use two pools.
const inFlight = new WeakMap<Db, Map<string, Promise<GoogleTokens>>>();

/**
 * Fresh tokens for a connection whose access token `rejected` is expiring or was refused (null:
 * there was none). Concurrent callers in this process share one refresh; across processes the
 * connection row is locked for the refresh, and a process that waited for the lock finds the other's
 * new token and uses it instead of refreshing again. `invalid_grant` marks the connection
 * disconnected and throws GoogleDisconnectedError; other failures (Google unreachable, 5xx) leave
 * the connection as it was and throw a GoogleOAuthError for the caller to retry later.
 */
export function refreshConnectionTokens(deps: GoogleDeps, connectionId: string, rejected: string | null): Promise<GoogleTokens> {
  let flights = inFlight.get(deps.db);
  if (!flights) {
    flights = new Map();
    inFlight.set(deps.db, flights);
  }
  const running = flights.get(connectionId);
  if (running) return running;
  const flight = refreshUnderRowLock(deps, connectionId, rejected).finally(() => flights.delete(connectionId));
  flights.set(connectionId, flight);
  return flight;
}

type RefreshOutcome = { tokens: GoogleTokens } | { disconnected: string };

async function refreshUnderRowLock(deps: GoogleDeps, connectionId: string, rejected: string | null): Promise<GoogleTokens> {
  const outcome = await deps.db.asService(async (tx): Promise<RefreshOutcome> => {
    const [row] = await tx<{ user_id: string; tokens_sealed: string; status: string; disconnected_reason: string | null }[]>`
      select user_id, tokens_sealed, status, disconnected_reason from public.google_connections where id = ${connectionId} for update`;
    if (!row) return { disconnected: 'not connected' };
    if (row.status !== 'active') return { disconnected: row.disconnected_reason ?? 'disconnected' };
    const stored = openGoogleTokens(deps.keyring, row.tokens_sealed, row.user_id);
    // Another process refreshed while this one waited for the lock.
    if (stored.access_token && stored.access_token !== rejected && !needsRefresh(stored)) return { tokens: stored };
    if (!stored.refresh_token) return markDisconnected(tx, connectionId, 'no_refresh_token');
    let fresh: GoogleTokens;
    try {
      fresh = await requestRefresh(deps.config, stored.refresh_token);
    } catch (error) {
      const failure = toGoogleOAuthError('refresh', error);
      if (failure.invalidGrant) return markDisconnected(tx, connectionId, 'invalid_grant');
      throw failure;
    }
    const merged = mergeGoogleTokens(stored, fresh);
    const { sealed, keyId } = sealGoogleTokens(deps.keyring, merged, row.user_id);
    await tx`
      update public.google_connections set tokens_sealed = ${sealed}, token_key_id = ${keyId},
        access_expires_at = ${merged.expiry_date ? new Date(merged.expiry_date) : null}, last_refreshed_at = now()
      where id = ${connectionId}`;
    return { tokens: merged };
  });
  if ('disconnected' in outcome) throw new GoogleDisconnectedError(connectionId, outcome.disconnected);
  return outcome.tokens;
}

async function markDisconnected(tx: Tx, connectionId: string, reason: string): Promise<RefreshOutcome> {
  await tx`
    update public.google_connections set status = 'disconnected', disconnected_reason = ${reason}, disconnected_at = now()
    where id = ${connectionId}`;
  return { disconnected: reason };
}

/** One refresh-token grant at Google's token endpoint, through google-auth-library. */
async function requestRefresh(config: GoogleConfig, refreshToken: string): Promise<GoogleTokens> {
  const client = await createOAuthClient(config);
  client.setCredentials({ refresh_token: refreshToken });
  await client.getAccessToken();
  const tokens = googleTokensSchema.parse(client.credentials);
  if (!tokens.access_token) throw new Error('Google answered a refresh without an access token');
  return tokens;
}
