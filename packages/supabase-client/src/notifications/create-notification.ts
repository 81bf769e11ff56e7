import {
  type NotificationChannel,
  type NotificationKind,
  notifySendDedupKey,
  type QuietHours,
  quietHoursRelease,
} from '@ordo/shared-types';
import type { Tx } from '../db.ts';
import { type EnqueueRequest, enqueueMany } from '../queue/enqueue-many.ts';

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
  const [created] = await createNotifications(tx, [input]);
  if (!created) throw new Error('createNotifications returned nothing for one input');
  return created;
}

interface InsertedRow {
  id: string;
  user_id: string;
  kind: string;
  dedup_key: string;
}

const keyOf = (row: { user_id: string; kind: string; dedup_key: string }) => `${row.user_id}\u0000${row.kind}\u0000${row.dedup_key}`;

/**
 * createNotification for many at once, in a few statements whatever their number (a reminder tick
 * with thousands due): one insert, one read of what existed already, one read of the people's
 * quiet hours, one enqueue. Answers in the order of `inputs`; an input repeating an earlier one's
 * key in the same call is recorded once (the first) and answers `created: false`.
 */
export async function createNotifications(tx: Tx, inputs: readonly NotificationInput[]): Promise<CreatedNotification[]> {
  if (inputs.length === 0) return [];
  const rows = inputs.map((input) => ({
    user_id: input.userId,
    kind: input.kind,
    dedup_key: input.dedupKey,
    title: input.title,
    body: input.body,
    link: input.link ?? null,
    channels: [...input.channels],
    due_at: input.dueAt.toISOString(),
    stale_at: input.staleAt?.toISOString() ?? null,
    task_id: input.taskId ?? null,
    reminder_id: input.reminderId ?? null,
    brief_id: input.briefId ?? null,
  }));
  // As text cast to jsonb: a jsonb parameter would be JSON-encoded a second time.
  const json = JSON.stringify(rows);
  const inserted = await tx<InsertedRow[]>`
    insert into public.notifications (user_id, kind, dedup_key, title, body, link, channels, due_at, stale_at, task_id, reminder_id, brief_id)
    select user_id, kind, dedup_key, title, body, link, channels, due_at, stale_at, task_id, reminder_id, brief_id
    from jsonb_to_recordset(${json}::text::jsonb) as r(
      user_id uuid, kind text, dedup_key text, title text, body text, link text, channels text[],
      due_at timestamptz, stale_at timestamptz, task_id uuid, reminder_id uuid, brief_id uuid)
    on conflict (user_id, kind, dedup_key) do nothing
    returning id, user_id, kind, dedup_key`;
  const createdIds = new Map(inserted.map((row) => [keyOf(row), row.id]));
  const existingIds = new Map<string, string>();
  if (inserted.length < inputs.length) {
    const keys = JSON.stringify(rows.map(({ user_id, kind, dedup_key }) => ({ user_id, kind, dedup_key })));
    const existing = await tx<InsertedRow[]>`
      select n.id, n.user_id, n.kind, n.dedup_key
      from public.notifications n
      join jsonb_to_recordset(${keys}::text::jsonb) as k(user_id uuid, kind text, dedup_key text)
        on n.user_id = k.user_id and n.kind = k.kind and n.dedup_key = k.dedup_key`;
    for (const row of existing) existingIds.set(keyOf(row), row.id);
  }

  const people = [...new Set(inserted.map((row) => row.user_id))];
  const zones = new Map<string, { zone: string; quiet: QuietHours | null }>();
  if (people.length > 0) {
    const found = await tx<{ id: string; timezone: string; quiet_start: string | null; quiet_end: string | null }[]>`
      select u.id, u.timezone, p.quiet_start, p.quiet_end
      from public.users u left join public.notification_preferences p on p.user_id = u.id
      where u.id = any(${people}::uuid[])`;
    for (const person of found) {
      zones.set(person.id, {
        zone: person.timezone,
        quiet: person.quiet_start && person.quiet_end ? { start: person.quiet_start, end: person.quiet_end } : null,
      });
    }
  }

  const answers: CreatedNotification[] = [];
  const jobs: EnqueueRequest<'notify.send'>[] = [];
  const answered = new Set<string>();
  inputs.forEach((input, index) => {
    const key = keyOf(rows[index] as (typeof rows)[number]);
    const id = createdIds.get(key);
    if (id === undefined || answered.has(key)) {
      const known = id ?? existingIds.get(key);
      if (known === undefined) throw new Error(`notification ${input.kind}/${input.dedupKey} vanished between insert and select`);
      answers.push({ id: known, created: false, sendAt: null });
      return;
    }
    answered.add(key);
    const person = zones.get(input.userId);
    if (!person) throw new Error(`user ${input.userId} does not exist`);
    const sendAt = quietHoursRelease(input.dueAt, person.quiet, person.zone);
    for (const channel of input.channels) {
      jobs.push({
        type: 'notify.send',
        payload: { notification_id: id, channel },
        userId: input.userId,
        runAt: sendAt,
        dedupKey: notifySendDedupKey(id, channel),
      });
    }
    answers.push({ id, created: true, sendAt });
  });
  if (jobs.length > 0) await enqueueMany(tx, jobs);
  return answers;
}
