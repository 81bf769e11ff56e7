import type { Db } from '@ordo/supabase-client';
import type { OAuth2Client } from 'google-auth-library';
import { createOAuthClient, type GoogleConfig } from './google-clients.ts';
import { type GoogleTokens, mergeGoogleTokens, openGoogleTokens, sealGoogleTokens } from './google-tokens.ts';
import type { TokenKeyring } from './token-keyring.ts';

/** What every Google-facing module needs: the database, the OAuth client config, the sealing keys. */
export interface GoogleDeps {
  db: Db;
  config: GoogleConfig;
  keyring: TokenKeyring;
}

/** The connection cannot be used until the person connects again (revoked, `invalid_grant`). */
export class GoogleDisconnectedError extends Error {
  override name = 'GoogleDisconnectedError';
  constructor(
    readonly connectionId: string,
    readonly reason: string,
  ) {
    super(`Google connection ${connectionId} is disconnected (${reason})`);
  }
}

export interface GoogleConnectionInput {
  userId: string;
  googleSubject: string;
  googleEmail: string | null;
  scopes: readonly string[];
  tokens: GoogleTokens;
}

/**
 * Stores (or replaces) a person's connection with its tokens sealed, active again. A new grant
 * without a refresh token keeps the stored one (Google sends it only on first consent).
 */
export async function saveGoogleConnection(deps: GoogleDeps, input: GoogleConnectionInput): Promise<string> {
  return deps.db.asService(async (tx) => {
    const [existing] = await tx<{ tokens_sealed: string }[]>`
      select tokens_sealed from google_connections where user_id = ${input.userId} for update`;
    const tokens = existing
      ? mergeGoogleTokens(openGoogleTokens(deps.keyring, existing.tokens_sealed, input.userId), input.tokens)
      : input.tokens;
    const { sealed, keyId } = sealGoogleTokens(deps.keyring, tokens, input.userId);
    const expiresAt = tokens.expiry_date ? new Date(tokens.expiry_date) : null;
    const [row] = await tx<{ id: string }[]>`
      insert into google_connections (user_id, google_subject, google_email, scopes, tokens_sealed, token_key_id, access_expires_at)
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

/**
 * An OAuth client holding a connection's tokens; tokens it refreshes are merged over the stored
 * ones and resealed.
 */
export async function connectionAuth(deps: GoogleDeps, connectionId: string): Promise<{ auth: OAuth2Client; userId: string }> {
  const [row] = await deps.db.asService(
    (tx) => tx<{ user_id: string; tokens_sealed: string; status: string; disconnected_reason: string | null }[]>`
      select user_id, tokens_sealed, status, disconnected_reason from google_connections where id = ${connectionId}`,
  );
  if (!row) throw new GoogleDisconnectedError(connectionId, 'not connected');
  if (row.status !== 'active') throw new GoogleDisconnectedError(connectionId, row.disconnected_reason ?? 'disconnected');
  const tokens = openGoogleTokens(deps.keyring, row.tokens_sealed, row.user_id);
  const auth = await createOAuthClient(deps.config);
  auth.setCredentials({
    access_token: tokens.access_token ?? null,
    refresh_token: tokens.refresh_token ?? null,
    expiry_date: tokens.expiry_date ?? null,
    ...(tokens.scope ? { scope: tokens.scope } : {}),
    token_type: tokens.token_type ?? null,
  });
  auth.on('tokens', (fresh) => {
    void storeRefreshedTokens(deps, connectionId, row.user_id, fresh as GoogleTokens);
  });
  return { auth, userId: row.user_id };
}

async function storeRefreshedTokens(deps: GoogleDeps, connectionId: string, userId: string, fresh: GoogleTokens): Promise<void> {
  await deps.db.asService(async (tx) => {
    const [row] = await tx<{ tokens_sealed: string }[]>`
      select tokens_sealed from google_connections where id = ${connectionId} for update`;
    if (!row) return;
    const merged = mergeGoogleTokens(openGoogleTokens(deps.keyring, row.tokens_sealed, userId), fresh);
    const { sealed, keyId } = sealGoogleTokens(deps.keyring, merged, userId);
    await tx`
      update google_connections set tokens_sealed = ${sealed}, token_key_id = ${keyId},
        access_expires_at = ${merged.expiry_date ? new Date(merged.expiry_date) : null}, last_refreshed_at = now()
      where id = ${connectionId}`;
  });
}
