import type { AccessTokenScope } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';
import { database } from '../db.ts';
import { accessTokenCache, forgetCredentialsOf, type ResolvedCredential, watchCredentialChanges } from './credential-caches.ts';
import { toSessionUser } from './sessions.ts';
import { hashToken, newToken } from './tokens.ts';

// Recognisable in logs and secret scanners, and shown (never the rest) in settings.
const TOKEN_PREFIX = 'ordo_pat_';
const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 4;

export interface AccessTokenInfo {
  id: string;
  name: string;
  token_prefix: string;
  scope: AccessTokenScope;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export type ResolvedAccessToken = ResolvedCredential & { scope: AccessTokenScope };

/** Creates a token; the plain value is returned this once and never stored. */
export async function createAccessToken(
  userId: string,
  input: { name: string; scope: AccessTokenScope },
): Promise<{ token: string; info: AccessTokenInfo }> {
  const token = `${TOKEN_PREFIX}${newToken()}`;
  const [info] = await database().asUser(
    userId,
    (tx) => tx<AccessTokenInfo[]>`
      insert into public.personal_access_tokens (user_id, name, scope, token_prefix, token_hash)
      values (${userId}, ${input.name}, ${input.scope}, ${token.slice(0, SHOWN_PREFIX_LENGTH)}, ${hashToken(token)})
      returning id, name, token_prefix, scope, created_at, last_used_at, revoked_at
    `,
  );
  if (!info) throw new Error('access token insert returned no row');
  return { token, info };
}

export async function listAccessTokens(userId: string): Promise<AccessTokenInfo[]> {
  return database().asUser(
    userId,
    (tx) => tx<AccessTokenInfo[]>`
      select id, name, token_prefix, scope, created_at, last_used_at, revoked_at
      from public.personal_access_tokens
      order by revoked_at is not null, created_at desc
    `,
  );
}

/** false when the token is not the user's or was already revoked. */
export async function revokeAccessToken(userId: string, tokenId: string): Promise<boolean> {
  const rows = await database().asUser(
    userId,
    (tx) => tx`
      update public.personal_access_tokens set revoked_at = now()
      where id = ${tokenId} and revoked_at is null
      returning id
    `,
  );
  forgetCredentialsOf(userId);
  return rows.length > 0;
}

/**
 * Revokes every live token of the user, inside the caller's transaction (a password reset, or a
 * password change or sign-out everywhere that asks for it). The caller forgets cached credentials.
 */
export async function revokeAllAccessTokensIn(tx: Tx, userId: string): Promise<number> {
  const rows = await tx`
    update public.personal_access_tokens set revoked_at = now()
    where user_id = ${userId} and revoked_at is null
    returning id
  `;
  return rows.length;
}

/**
 * The user a bearer token acts for, recording its use at most once a minute; null when unknown
 * or revoked. Reused from this process's cache for up to a minute; revoking the token drops it
 * from every process's cache.
 */
export async function resolveAccessToken(token: string): Promise<ResolvedAccessToken | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  watchCredentialChanges();
  const digest = hashToken(token);
  const key = digest.toString('hex');
  const cached = accessTokenCache.get(key);
  if (cached) return cached;
  const generation = accessTokenCache.generation();
  const [row] = await database().asService(
    (tx) => tx<
      {
        token_id: string;
        scope: AccessTokenScope;
        id: string;
        email: string;
        name: string | null;
        timezone: string;
        working_hours: unknown;
        onboarding_completed_at: Date | null;
      }[]
    >`
      with found as (
        select t.id, t.user_id, t.last_used_at, t.scope
        from public.personal_access_tokens t
        where t.token_hash = ${digest} and t.revoked_at is null
      ), used as (
        update public.personal_access_tokens t set last_used_at = now()
        from found
        where t.id = found.id and (found.last_used_at is null or found.last_used_at < now() - interval '1 minute')
      )
      select found.id as token_id, found.scope, u.id, u.email, u.name, u.timezone, u.working_hours, u.onboarding_completed_at
      from found join public.users u on u.id = found.user_id
    `,
  );
  if (!row) return null;
  const resolved = { id: row.token_id, scope: row.scope, user: toSessionUser(row) };
  accessTokenCache.set(key, resolved, resolved.user.id, generation);
  return resolved;
}
