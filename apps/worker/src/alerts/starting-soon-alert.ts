import { fitSms } from '@ordo/notify';
import { alertChannels, type NotificationKind, type QuietHours, quietHoursRelease } from '@ordo/shared-types';
import { createNotification, type Tx } from '@ordo/supabase-client';
import { clockTime, notificationTitle, shortDuration } from './alert-text.ts';

/** Something starting soon (a task or a calendar event), with the person's reach and quiet hours. */
export interface StartingSoon {
  user_id: string;
  title: string;
  start_at: Date;
  dedup_key: string;
  timezone: string;
  sms_enabled: boolean;
  push_enabled: boolean;
  quiet_start: string | null;
  quiet_end: string | null;
}

/**
 * Records one "starts at 14:30 (in 15 min)" alert in the tick's transaction. Quiet hours hold it
 * until they end; one that would then arrive after the start is not created: it would tell nothing.
 * True when a new notification was recorded.
 */
export async function createStartingSoonAlert(
  tx: Tx,
  at: Date,
  item: StartingSoon,
  target: { kind: NotificationKind; link: string; taskId?: string },
): Promise<boolean> {
  const quiet: QuietHours | null = item.quiet_start && item.quiet_end ? { start: item.quiet_start, end: item.quiet_end } : null;
  const sendAt = quietHoursRelease(at, quiet, item.timezone);
  if (sendAt >= item.start_at) return false;
  const when = `starts at ${clockTime(item.start_at, item.timezone)} (in ${shortDuration(item.start_at.getTime() - sendAt.getTime())})`;
  const notification = await createNotification(tx, {
    userId: item.user_id,
    kind: target.kind,
    dedupKey: item.dedup_key,
    title: notificationTitle(item.title),
    body: fitSms({ title: item.title, suffix: ` ${when}` }),
    link: target.link,
    channels: alertChannels(item),
    dueAt: at,
    // Once it has started, its "starting soon" is no news.
    staleAt: item.start_at,
    ...(target.taskId ? { taskId: target.taskId } : {}),
  });
  return notification.created;
}
