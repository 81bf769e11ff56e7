import { randomUUID } from 'node:crypto';
import type { PushTestAccepted } from '@ordo/shared-types';
import { createNotification } from '@ordo/supabase-client';
import { ApiError, rateLimited } from '../api/errors.ts';
import { database } from '../db.ts';
import { pushNotConfigured } from './push-devices.ts';

/** Test notifications one person may ask for per minute. */
export const PUSH_TESTS_PER_MINUTE = 5;

/**
 * "Send a test notification": records a 'test' notification for the push channel, due now, with
 * a dedup key of its own (each press is a new notification), and so one `notify.send` job,
 * which the worker sends to every device the person has. Quiet hours hold it like any other
 * notification: `send_at` says when it goes. Refused (409) without a device or when
 * Web Push is off, and past PUSH_TESTS_PER_MINUTE presses a minute (429). Runs as the service
 * role: people do not write notifications themselves.
 */
export async function sendTestPush(userId: string, now = new Date()): Promise<PushTestAccepted> {
  const refused = pushNotConfigured();
  if (refused) throw refused;
  return database().asService(async (tx) => {
    // Concurrent presses by one person are counted one after another.
    await tx`select pg_advisory_xact_lock(hashtextextended(${`push-test:${userId}`}, 0))`;
    const [counts] = await tx<{ devices: number; recent: number }[]>`
      select
        (select count(*)::int from public.push_subscriptions where user_id = ${userId}) as devices,
        (select count(*)::int from public.notifications
          where user_id = ${userId} and kind = 'test' and created_at > ${now}::timestamptz - interval '1 minute') as recent`;
    if (!counts?.devices) throw new ApiError(409, 'conflict', 'No device has notifications on: enable them on this device first');
    if (counts.recent >= PUSH_TESTS_PER_MINUTE) throw rateLimited(60);
    const notification = await createNotification(tx, {
      userId,
      kind: 'test',
      dedupKey: `push-test:${randomUUID()}`,
      title: 'Ordo test notification',
      body: 'Notifications reach this device. You can turn them off in Settings.',
      link: '/settings',
      channels: ['push'],
      dueAt: now,
    });
    return { notification_id: notification.id, send_at: notification.sendAt ?? now };
  });
}

/** What the settings page says after a press: sent, or held by quiet hours until a local time. */
export function testPushMessage(accepted: PushTestAccepted, timezone: string, now = new Date()): string {
  if (accepted.send_at.getTime() <= now.getTime() + 60_000) return 'Test notification sent to your devices.';
  const until = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit' }).format(accepted.send_at);
  return `Test notification queued: your quiet hours hold it until ${until}.`;
}
