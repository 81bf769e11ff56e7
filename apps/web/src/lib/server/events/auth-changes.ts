import type { Sql } from '@ordo/supabase-client';
import { z } from 'zod';

// What public.notify_auth_change() announces: whose credentials or profile changed.
const notificationSchema = z.object({ user_id: z.uuid() });

export const AUTH_CHANNEL = 'ordo_auth';

export interface AuthChangeHandlers {
  /** A session or token of the user ended, or the user changed or was deleted. */
  userChanged(userId: string): void;
  /**
   * Anything may have changed: the LISTEN is in place (first and after each reconnect, as
   * changes sent while it was away are lost), or a notification could not be read.
   */
  resync(): void;
  onWarning?(message: string, detail?: unknown): void;
}

/**
 * Listens on ordo_auth, on the pool's one LISTEN connection (postgres.js shares it with
 * ordo_changes). Resolves with the unlisten function once the LISTEN is in place.
 */
export async function listenForAuthChanges(sql: Sql, handlers: AuthChangeHandlers): Promise<() => Promise<void>> {
  const { unlisten } = await sql.listen(
    AUTH_CHANNEL,
    (payload) => {
      const parsed = notificationSchema.safeParse(safeJson(payload));
      if (parsed.success) {
        handlers.userChanged(parsed.data.user_id);
        return;
      }
      handlers.onWarning?.('unreadable auth notification; forgetting every cached credential', { payload });
      handlers.resync();
    },
    () => handlers.resync(),
  );
  return unlisten;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
