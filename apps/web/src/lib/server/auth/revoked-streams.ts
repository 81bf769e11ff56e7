import { database } from '../db.ts';
import { runningChangeHub } from '../events/index.ts';

/**
 * Ends the user's open /api/events streams whose session or access token no longer works
 * (signed out, revoked, ended by a password change or reset), so a revoked credential stops
 * receiving changes at once. Runs on every ordo_auth notification, in every web process.
 */
export async function endRevokedStreams(userId: string): Promise<number> {
  const hub = runningChangeHub();
  const ids = hub?.credentialsOf(userId) ?? [];
  if (!hub || ids.length === 0) return 0;
  const live = await database().asService(
    (tx) => tx<{ id: string }[]>`
      select id from public.sessions where id = any(${ids}::uuid[]) and expires_at > now()
      union all
      select id from public.personal_access_tokens where id = any(${ids}::uuid[]) and revoked_at is null
    `,
  );
  const liveIds = new Set(live.map((row) => row.id));
  return hub.endStreamsOpenedWith(userId, new Set(ids.filter((id) => !liveIds.has(id))));
}

/** After the LISTEN (re)connects, notifications may have been missed: check every user's streams. */
export async function endAllRevokedStreams(): Promise<void> {
  for (const userId of runningChangeHub()?.users() ?? []) await endRevokedStreams(userId);
}
