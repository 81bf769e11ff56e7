import type { Db } from '@ordo/supabase-client';
import type { NotificationSendClaim } from './claim-notification-deliveries.ts';
import { readNotificationFacts } from './notification-facts.ts';
import { taskChangeReason } from './task-change-reason.ts';

/**
 * A text that waited this long or more for its send slot (a burst past SMS_MAX_PER_SECOND, one a
 * second by default) has its task looked at again before it goes out: time enough for the task to
 * be finished or moved. Shorter waits are not worth a transaction.
 */
export const TASK_RECHECK_AFTER_WAIT_MS = 1_000;

/** The kinds of notification that are about a task (notifications.task_id). */
const ABOUT_A_TASK = new Set(['reminder', 'task_due_soon']);

/**
 * Records the claimed text `skipped` when its task was finished, deleted or moved since the claim:
 * read as the claim reads it (readNotificationFacts, under the notification's row lock) and
 * recorded in the same transaction, only while the row is still this send's `sending`. The
 * reason when it did, else null: send it.
 */
export async function skipIfTaskChanged(db: Db, claim: NotificationSendClaim, now: Date): Promise<string | null> {
  if (!ABOUT_A_TASK.has(claim.notification.kind)) return null;
  return db.asService(async (tx) => {
    const [facts] = await readNotificationFacts(tx, [{ notificationId: claim.notification.id, channel: 'sms', now }]);
    if (!facts?.task_change) return null;
    const reason = taskChangeReason(facts.task_change, facts.task_moved_to);
    const skipped = await tx`
      update public.deliveries set status = 'skipped', error = ${reason}, updated_at = now()
      where id = ${claim.deliveryId} and status = 'sending'
      returning id`;
    return skipped.length > 0 ? reason : null;
  });
}
