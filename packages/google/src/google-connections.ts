import type { OAuth2Client } from 'google-auth-library';
import { createOAuthClient } from './google-clients.ts';
import type { GoogleDeps } from './google-deps.ts';
import { GoogleDisconnectedError, toGoogleOAuthError } from './google-errors.ts';
import { type GoogleTokens, mergeGoogleTokens, openGoogleTokens, sealGoogleTokens } from './google-tokens.ts';
import { needsRefresh, REFRESH_AHEAD_MS, refreshConnectionTokens } from './token-refresh.ts';
import { needsReseal, SealedValueError } from './token-keyring.ts';

export type { GoogleDeps } from './google-deps.ts';
export { GoogleDisconnectedError } from './google-errors.ts';

export interface GoogleConnectionInput {
  userId: string;
  googleSubject: string;
  googleEmail: string | null;
  scopes: readonly string[];
  tokens: GoogleTokens;
}

/**
 * Stores (or replaces) a person's connection with its tokens sealed, active again. A new grant
 * without a refresh token keeps the stored one (Google sends it only on first consent). Connecting
 * another Google account replaces the old connection whole: its calendars and events go with it.
 */
export async function saveGoogleConnection(deps: GoogleDeps, input: GoogleConnectionInput): Promise<string> {
  return deps.db.asService(async (tx) => {
    const [existing] = await tx<{ id: string; google_subject: string; tokens_sealed: string }[]>`
      select id, google_subject, tokens_sealed from public.google_connections where user_id = ${input.userId} for update`;
    let tokens = input.tokens;
    if (existing && existing.google_subject !== input.googleSubject) {
      await tx`delete from public.google_connections where id = ${existing.id}`;
    } else if (existing) {
      tokens = mergeGoogleTokens(openStoredOrEmpty(deps, existing.tokens_sealed, input.userId), input.tokens);
    }
    const { sealed, keyId } = sealGoogleTokens(deps.keyring, tokens, input.userId);
    const expiresAt = tokens.expiry_date ? new Date(tokens.expiry_date) : null;
    const [row] = await tx<{ id: string }[]>`
      insert into public.google_connections (user_id, google_subject, google_email, scopes, tokens_sealed, token_key_id, access_expires_at)
      values (${input.userId}, ${input.googleSubject}, ${input.googleEmail}, ${tx.array([...input.scopes])},
        ${sealed}, ${keyId}, ${expiresAt})
      on conflict (user_id) do update set
        google_subject = excluded.google_subject, google_email = excluded.google_email, scopes = excluded.scopes,
        tokens_sealed = excluded.tokens_sealed, token_key_id = excluded.token_key_id,
        access_expires_at = excluded.access_expires_at, status = 'active', disconnected_reason = null,
        disconnected_at = null
      returning id`;
    return row?.id as string;
  });
}

// Tokens sealed under a key that is gone cannot be merged; the new grant replaces them.
function openStoredOrEmpty(deps: GoogleDeps, sealed: string, userId: string): GoogleTokens {
  try {
    return openGoogleTokens(deps.keyring, sealed, userId);
  } catch (error) {
    if (error instanceof SealedValueError) return {};
    throw error;
  }
}

/**
 * The stored tokens of an active connection (throws GoogleDisconnectedError otherwise). Tokens
 * sealed under a previous ENCRYPTION_KEY are resealed under the current one on the way, unless
 * another writer changed them meanwhile.
 */
async function storedTokens(deps: GoogleDeps, connectionId: string): Promise<{ userId: string; tokens: GoogleTokens }> {
  const found = await deps.db.asService(async (tx) => {
    const [row] = await tx<{ user_id: string; tokens_sealed: string; token_key_id: string; status: string; disconnected_reason: string | null }[]>`
      select user_id, tokens_sealed, token_key_id, status, disconnected_reason from public.google_connections where id = ${connectionId}`;
    if (!row) return { disconnected: 'not connected' };
    if (row.status !== 'active') return { disconnected: row.disconnected_reason ?? 'disconnected' };
    const tokens = openGoogleTokens(deps.keyring, row.tokens_sealed, row.user_id);
    if (needsReseal(deps.keyring, row.token_key_id)) {
      const { sealed, keyId } = sealGoogleTokens(deps.keyring, tokens, row.user_id);
      await tx`
        update public.google_connections set tokens_sealed = ${sealed}, token_key_id = ${keyId}
        where id = ${connectionId} and tokens_sealed = ${row.tokens_sealed}`;
    }
    return { userId: row.user_id, tokens };
  });
  if ('disconnected' in found) throw new GoogleDisconnectedError(connectionId, found.disconnected as string);
  return found;
}

/**
 * An OAuth client for a connection whose access token is good for at least REFRESH_AHEAD_MS
 * (refreshed first when it is not). The client is never given the refresh token, so
 * google-auth-library cannot refresh on its own: when the token nears expiry during a long job, or
 * Google refuses it (401/403), the library asks this store (its refreshHandler), which refreshes
 * single-flight under the row lock; the library then retries that request once, never more.
 * Throws GoogleDisconnectedError when the connection is disconnected or Google answers
 * `invalid_grant` (the connection is then marked disconnected), GoogleOAuthError when Google could
 * not refresh for now.
 */
export async function connectionAuth(deps: GoogleDeps, connectionId: string): Promise<{ auth: OAuth2Client; userId: string }> {
  const { userId, tokens: stored } = await storedTokens(deps, connectionId);
  const tokens = needsRefresh(stored) ? await refreshConnectionTokens(deps, connectionId, stored.access_token ?? null) : stored;
  const auth = await createOAuthClient(deps.config);
  auth.eagerRefreshThresholdMillis = REFRESH_AHEAD_MS;
  auth.forceRefreshOnFailure = true;
  auth.setCredentials({ access_token: tokens.access_token ?? null, expiry_date: tokens.expiry_date ?? null, token_type: 'Bearer' });
  auth.refreshHandler = async () => {
    const fresh = await refreshConnectionTokens(deps, connectionId, auth.credentials.access_token ?? null);
    return { access_token: fresh.access_token as string, expiry_date: fresh.expiry_date ?? Date.now() + REFRESH_AHEAD_MS };
  };
  return { auth, userId };
}

/** What Google said when a connection's grant was revoked on disconnect. */
export type RevokeOutcome =
  | 'revoked'
  /** Google no longer knew the token (revoked from the Google account already). */
  | 'already_revoked'
  /** Google could not be reached or failed: the grant may live on until the person removes it in their Google account. */
  | 'unreachable'
  | 'not_connected';

/**
 * Disconnects a person's Google account: revokes the grant at Google (by its refresh token), then
 * deletes the connection, which takes its calendars and events with it (push channels keep a row
 * without a calendar, for the renewal schedule to stop). Both happen under the row lock in one
 * transaction, so no refresh runs in between. The local data is deleted even when Google cannot be
 * reached; the outcome says so.
 */
export async function disconnectGoogle(deps: GoogleDeps, userId: string): Promise<RevokeOutcome> {
  return deps.db.asService(async (tx) => {
    const [row] = await tx<{ id: string; tokens_sealed: string }[]>`
      select id, tokens_sealed from public.google_connections where user_id = ${userId} for update`;
    if (!row) return 'not_connected';
    const tokens = openStoredOrEmpty(deps, row.tokens_sealed, userId);
    const grant = tokens.refresh_token ?? tokens.access_token;
    const outcome: RevokeOutcome = grant ? await revokeAtGoogle(deps, grant) : 'already_revoked';
    await tx`delete from public.google_connections where id = ${row.id}`;
    return outcome;
  });
}

async function revokeAtGoogle(deps: GoogleDeps, token: string): Promise<RevokeOutcome> {
  const client = await createOAuthClient(deps.config);
  try {
    await client.revokeToken(token);
    return 'revoked';
  } catch (error) {
    const failure = toGoogleOAuthError('revoke', error);
    return failure.transient ? 'unreachable' : 'already_revoked';
  }
}
