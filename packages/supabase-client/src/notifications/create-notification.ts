import {
  type NotificationChannel,
  type NotificationKind,
  notifySendDedupKey,
  type QuietHours,
  quietHoursRelease,
} from '@ordo/shared-types';
import type { Tx } from '../db.ts';
import { enqueueMany } from '../queue/enqueue-many.ts';

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  /** With userId and kind, unique for ever: the same alert or reminder firing is recorded once. */
  dedupKey: string;
  title: string;
  /** The SMS text and the push body. */
  body: string;
  /** An app path such as /tasks/<id>. */
  link?: string | null;
  channels: readonly NotificationChannel[];
  /** When it should reach the person. */
  dueAt: Date;
  /** Held past this (quiet hours) it is dropped rather than sent late. */
  staleAt?: Date | null;
  taskId?: string | null;
  reminderId?: string | null;
  briefId?: string | null;
}

export interface CreatedNotification {
  id: string;
  /** false when this (user, kind, dedup key) was recorded before: nothing new was enqueued. */
  created: boolean;
  /** When its send jobs run: dueAt, or the end of the person's quiet hours. */
  sendAt: Date | null;
}

/**
 * Records a notification and enqueues one `notify.send` job per channel in the caller's
 * transaction, to run when it is due or, inside the person's quiet hours, when they end (the job
 * checks again at send time: preferences may change meanwhile). A second call with the same
 * dedup key changes nothing.
 */
export async function createNotification(tx: Tx, input: NotificationInput): Promise<CreatedNotification> {
  const [inserted] = await tx<{ id: string }[]>`
    insert into public.notifications (user_id, kind, dedup_key, title, body, link, channels, due_at, stale_at, task_id, reminder_id, brief_id)
    values (${input.userId}, ${input.kind}, ${input.dedupKey}, ${input.title}, ${input.body}, ${input.link ?? null},
            ${[...input.channels]}::text[], ${input.dueAt}, ${input.staleAt ?? null}, ${input.taskId ?? null},
            ${input.reminderId ?? null}, ${input.briefId ?? null})
    on conflict (user_id, kind, dedup_key) do nothing
    returning id`;
  if (!inserted) {
    const [existing] = await tx<{ id: string }[]>`
      select id from public.notifications where user_id = ${input.userId} and kind = ${input.kind} and dedup_key = ${input.dedupKey}`;
    if (!existing) throw new Error('notification vanished between insert and select');
    return { id: existing.id, created: false, sendAt: null };
  }
  const [person] = await tx<{ timezone: string; quiet_start: string | null; quiet_end: string | null }[]>`
    select u.timezone, p.quiet_start, p.quiet_end
    from public.users u left join public.notification_preferences p on p.user_id = u.id
    where u.id = ${input.userId}`;
  if (!person) throw new Error(`user ${input.userId} does not exist`);
  const quiet: QuietHours | null = person.quiet_start && person.quiet_end ? { start: person.quiet_start, end: person.quiet_end } : null;
  const sendAt = quietHoursRelease(input.dueAt, quiet, person.timezone);
  await enqueueMany(
    tx,
    input.channels.map((channel) => ({
      type: 'notify.send' as const,
      payload: { notification_id: inserted.id, channel },
      userId: input.userId,
      runAt: sendAt,
      dedupKey: notifySendDedupKey(inserted.id, channel),
    })),
  );
  return { id: inserted.id, created: true, sendAt };
}
