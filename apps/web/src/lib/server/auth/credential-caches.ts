import type { AccessTokenScope } from '@ordo/shared-types';
import { database } from '../db.ts';
import { listenForAuthChanges } from '../events/auth-changes.ts';
import { log } from '../logger.ts';
import { CredentialCache } from './credential-cache.ts';
import { endAllRevokedStreams, endRevokedStreams } from './revoked-streams.ts';
import type { SessionUser } from './session-user.ts';

/** A session or access token as a request needs it: its id and the user it acts for. */
export interface ResolvedCredential {
  id: string;
  user: SessionUser;
}

// The process's caches, keyed by token digest (hex), never by the token itself.
export const sessionCache = new CredentialCache<ResolvedCredential>();
export const accessTokenCache = new CredentialCache<ResolvedCredential & { scope: AccessTokenScope }>();
const caches = [sessionCache, accessTokenCache];

// Resolves with the unlisten function, or undefined when the LISTEN could not be set up.
let watching: Promise<(() => Promise<void>) | undefined> | undefined;

/**
 * Starts (once) receiving ordo_auth invalidations from every process; until the LISTEN is in
 * place the caches store nothing, so credentials are read from the database each time.
 */
export function watchCredentialChanges(): void {
  if (watching) return;
  const streamCheckFailed = (error: unknown) => log().warn({ err: error }, 'cannot check open event streams against revocations');
  watching = listenForAuthChanges(database().sql, {
    userChanged: (userId) => {
      forgetCredentialsOf(userId);
      endRevokedStreams(userId).catch(streamCheckFailed);
    },
    resync: () => {
      for (const cache of caches) cache.setLive(false);
      for (const cache of caches) cache.setLive(true);
      endAllRevokedStreams().catch(streamCheckFailed);
    },
    onWarning: (message, detail) => log().warn({ detail }, message),
  }).catch((error: unknown) => {
    watching = undefined;
    log().warn({ err: error }, 'cannot listen on ordo_auth; credentials are not cached');
    return undefined;
  });
}

/** Stops the LISTEN on ordo_auth (before the pool closes); without invalidations the caches store nothing. */
export async function stopWatchingCredentialChanges(): Promise<void> {
  const watched = watching;
  watching = undefined;
  const unlisten = await watched;
  for (const cache of caches) cache.setLive(false);
  await unlisten?.();
}

/** Drops the user's cached sessions and tokens in this process (others hear it from the trigger). */
export function forgetCredentialsOf(userId: string): void {
  for (const cache of caches) cache.forgetUser(userId);
}
