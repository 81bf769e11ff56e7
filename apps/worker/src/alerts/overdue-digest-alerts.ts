import { fitSms, plainSmsText, smsLength } from '@ordo/notify';
import { alertChannels, type InstantWindow } from '@ordo/shared-types';
import { createNotification, type Tx } from '@ordo/supabase-client';
import { dueDailyTimes } from './daily-instants.ts';

/** The most overdue titles a digest names; the rest are counted. */
const TITLES_MAX = 5;

/** A digest held this long (quiet hours) is dropped: the next day's says the same, fresher. */
export const OVERDUE_DIGEST_STALE_MS = 12 * 3_600_000;

export function overdueDigestDedupKey(localDate: string): string {
  return `overdue:${localDate}`;
}

interface DigestPerson {
  user_id: string;
  timezone: string;
  time: string;
  sms_enabled: boolean;
  push_enabled: boolean;
}

const digestPeople = (tx: Tx) =>
  tx<DigestPerson[]>`
    select p.user_id, u.timezone, p.overdue_digest_time as time, r.sms as sms_enabled, r.push as push_enabled
    from public.notification_preferences p
    join public.alert_reach r on r.user_id = p.user_id
    join public.users u on u.id = p.user_id
    where p.overdue_digest and (r.sms or r.push)`;

/** The person's open tasks due before `localDate`, oldest due first, with how many there are in all. */
const overdueOn = (tx: Tx, userId: string, localDate: string) =>
  tx<{ title: string; total: number }[]>`
    select t.title, (count(*) over ())::int as total
    from public.tasks t
    where t.user_id = ${userId} and t.deleted_at is null and t.status in ('todo', 'in_progress') and t.due_date < ${localDate}::date
    order by t.due_date, t.position, t.created_at
    limit ${TITLES_MAX}`;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * "3 overdue tasks: File taxes, Call the bank and 1 more": as many whole titles as one SMS segment
 * holds; when not even the first fits, it is cut (and the message may take up to three segments).
 */
export function overdueDigestBody(total: number, titles: readonly string[]): string {
  const prefix = `${total} overdue task${total === 1 ? '' : 's'}: `;
  const lines = titles.map(oneLine);
  for (let named = lines.length; named >= 1; named -= 1) {
    const more = total - named;
    const text = plainSmsText(`${prefix}${lines.slice(0, named).join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
    if (smsLength(text).segments <= 1) return text;
  }
  return fitSms({ prefix, title: lines[0] ?? '', suffix: total > 1 ? ` and ${total - 1} more` : '' });
}

/**
 * One tick's overdue digests: for everyone whose digest time fell in the window (on their own
 * clock), the count and the first titles of their overdue tasks, created in the tick's
 * transaction; nothing when nothing is overdue. Once per person and local date, whatever the
 * ticks or a changed digest time. Returns how many were created.
 */
export async function createOverdueDigests(tx: Tx, window: InstantWindow): Promise<number> {
  const people = await digestPeople(tx);
  const byId = new Map(people.map((person) => [person.user_id, person]));
  let created = 0;
  for (const due of dueDailyTimes(people, window)) {
    const person = byId.get(due.user_id) as DigestPerson;
    const overdue = await overdueOn(tx, due.user_id, due.local_date);
    const total = overdue[0]?.total ?? 0;
    if (total === 0) continue;
    const notification = await createNotification(tx, {
      userId: due.user_id,
      kind: 'overdue_digest',
      dedupKey: overdueDigestDedupKey(due.local_date),
      title: `${total} overdue task${total === 1 ? '' : 's'}`,
      body: overdueDigestBody(
        total,
        overdue.map((task) => task.title),
      ),
      link: `/tasks?due_before=${due.local_date}`,
      channels: alertChannels(person),
      dueAt: due.at,
      staleAt: new Date(due.at.getTime() + OVERDUE_DIGEST_STALE_MS),
    });
    if (notification.created) created += 1;
  }
  return created;
}
