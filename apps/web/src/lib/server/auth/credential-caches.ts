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

let watching = false;

/**
 * Starts (once) receiving ordo_auth invalidations from every process; until the LISTEN is in
 * place the caches store nothing, so credentials are read from the database each time.
 */
export function watchCredentialChanges(): void {
  if (watching) return;
  watching = true;
  const streamCheckFailed = (error: unknown) => log().warn({ err: error }, 'cannot check open event streams against revocations');
  listenForAuthChanges(database().sql, {
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
    watching = false;
    log().warn({ err: error }, 'cannot listen on ordo_auth; credentials are not cached');
  });
}

/** Drops the user's cached sessions and tokens in this process (others hear it from the trigger). */
export function forgetCredentialsOf(userId: string): void {
  for (const cache of caches) cache.forgetUser(userId);
}
