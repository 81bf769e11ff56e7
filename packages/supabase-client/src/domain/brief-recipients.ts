import type { BriefRecipient } from '@ordo/shared-types';
import type { Sql, Tx } from '../db.ts';

/** Someone the brief scheduler considers, with how late their brief may still go out. */
export interface BriefRecipientRow extends BriefRecipient {
  max_lateness_minutes: number;
}

/**
 * Everyone whose briefs are on, with a verified address (an unverified one may belong to
 * someone else, who must not get daily mail): one query for the whole scheduler tick.
 * Service role only: it reads every account.
 */
export async function briefRecipients(sql: Sql | Tx): Promise<BriefRecipientRow[]> {
  const rows = await sql<
    { user_id: string; email: string; timezone: string; send_time: string; weekdays: number[]; weekly_day: number | null; max_lateness_minutes: number }[]
  >`
    select u.id as user_id, u.email, u.timezone, p.send_time, p.weekdays, p.weekly_day, p.max_lateness_minutes
    from public.brief_preferences p
    join public.users u on u.id = p.user_id
    where p.enabled and u.email_verified_at is not null`;
  return rows.map(({ send_time, weekdays, weekly_day, max_lateness_minutes, ...person }) => ({
    ...person,
    max_lateness_minutes,
    preferences: { enabled: true, send_time, weekdays, weekly_day },
  }));
}
