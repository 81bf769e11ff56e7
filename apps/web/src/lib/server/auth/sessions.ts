import { workingHoursSchema } from '@ordo/shared-types';
import { database } from '../db.ts';
import { revokeAllAccessTokensIn } from './access-tokens.ts';
import { forgetCredentialsOf, sessionCache, watchCredentialChanges } from './credential-caches.ts';
import type { SessionUser } from './session-user.ts';
import { hashToken, newToken } from './tokens.ts';

/** Idle lifetime of a session: every use (at most once a minute) pushes the expiry this far out. */
export const SESSION_TTL_DAYS = 30;

export interface SessionMeta {
  userAgent: string | null;
  ip: string | null;
}

export interface NewSession {
  id: string;
  token: string;
  expiresAt: Date;
}

export interface ResolvedSession {
  id: string;
  user: SessionUser;
  /** Set when this request slid the expiry forward, so the cookie should follow. */
  renewedExpiresAt: Date | null;
}

export interface SessionInfo {
  id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  user_agent: string | null;
  ip: string | null;
}

interface SessionRow {
  session_id: string;
  expires_at: Date;
  renewed_expires_at: Date | null;
  id: string;
  email: string;
  name: string | null;
  timezone: string;
  working_hours: unknown;
  onboarding_completed_at: Date | null;
}

export function toSessionUser(row: Omit<SessionRow, 'session_id' | 'expires_at' | 'renewed_expires_at'>): SessionUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    timezone: row.timezone,
    working_hours: workingHoursSchema.parse(row.working_hours),
    onboarding_completed_at: row.onboarding_completed_at,
  };
}

// Runs before the user is known, hence the service role. The user's expired sessions go in the same
// statement, since every sign-in adds a row (the worker's hourly sweep takes those of people who do not come back).
export async function createSession(userId: string, meta: SessionMeta): Promise<NewSession> {
  const token = newToken();
  const [row] = await database().asService(
    (tx) => tx<{ id: string; expires_at: Date }[]>`
      with expired as (delete from public.sessions where user_id = ${userId} and expires_at <= now())
      insert into public.sessions (user_id, token_hash, expires_at, user_agent, ip)
      values (${userId}, ${hashToken(token)}, now() + make_interval(days => ${SESSION_TTL_DAYS}),
              ${meta.userAgent?.slice(0, 500) ?? null}, ${meta.ip?.slice(0, 64) ?? null})
      returning id, expires_at
    `,
  );
  if (!row) throw new Error('session insert returned no row');
  return { id: row.id, token, expiresAt: row.expires_at };
}

/**
 * The live session for a cookie token, sliding its expiry; null when unknown or expired.
 * Reused from this process's cache for up to a minute (the sliding expiry's own granularity);
 * ending the session or changing its user drops it from every process's cache.
 */
export async function resolveSession(token: string): Promise<ResolvedSession | null> {
  watchCredentialChanges();
  const digest = hashToken(token);
  const key = digest.toString('hex');
  const cached = sessionCache.get(key);
  if (cached) return { ...cached, renewedExpiresAt: null };
  const generation = sessionCache.generation();
  const [row] = await database().asService(
    (tx) => tx<SessionRow[]>`
      with found as (
        select s.id, s.user_id, s.last_seen_at, s.expires_at
        from public.sessions s
        where s.token_hash = ${digest} and s.expires_at > now()
      ), renewed as (
        update public.sessions s
        set last_seen_at = now(), expires_at = now() + make_interval(days => ${SESSION_TTL_DAYS})
        from found
        where s.id = found.id and found.last_seen_at < now() - interval '1 minute'
        returning s.expires_at
      )
      select found.id as session_id, found.expires_at, (select expires_at from renewed) as renewed_expires_at,
             u.id, u.email, u.name, u.timezone, u.working_hours, u.onboarding_completed_at
      from found join public.users u on u.id = found.user_id
    `,
  );
  if (!row) return null;
  const resolved = { id: row.session_id, user: toSessionUser(row) };
  const expiresAt = row.renewed_expires_at ?? row.expires_at;
  sessionCache.set(key, resolved, resolved.user.id, generation, expiresAt.getTime());
  return { ...resolved, renewedExpiresAt: row.renewed_expires_at };
}

/** Ends the session a cookie token belongs to (sign out). */
export async function endSession(token: string): Promise<void> {
  const digest = hashToken(token);
  await database().asService((tx) => tx`delete from public.sessions where token_hash = ${digest}`);
  sessionCache.forgetKey(digest.toString('hex'));
}

export async function listSessions(userId: string): Promise<SessionInfo[]> {
  return database().asUser(
    userId,
    (tx) => tx<SessionInfo[]>`
      select id, created_at, last_seen_at, expires_at, user_agent, ip
      from public.sessions
      where expires_at > now()
      order by last_seen_at desc
    `,
  );
}

/** Revokes one of the user's sessions; false when it is not theirs or already gone. */
export async function revokeSession(userId: string, sessionId: string): Promise<boolean> {
  const rows = await database().asUser(userId, (tx) => tx`delete from public.sessions where id = ${sessionId} returning id`);
  forgetCredentialsOf(userId);
  return rows.length > 0;
}

/** Signs the user out everywhere, optionally keeping the current session; with revokeTokens, revokes their access tokens too. */
export async function revokeAllSessions(
  userId: string,
  options: { keepSessionId?: string | null; revokeTokens?: boolean } = {},
): Promise<number> {
  const keepSessionId = options.keepSessionId ?? null;
  const rows = await database().asUser(userId, async (tx) => {
    const ended = await tx`
      delete from public.sessions
      where user_id = ${userId} and (${keepSessionId}::uuid is null or id <> ${keepSessionId}::uuid)
      returning id
    `;
    if (options.revokeTokens) await revokeAllAccessTokensIn(tx, userId);
    return ended;
  });
  forgetCredentialsOf(userId);
  return rows.length;
}
