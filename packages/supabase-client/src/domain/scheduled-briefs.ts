import type { BriefKind } from '@ordo/shared-types';
import type { Tx } from '../db.ts';

/** A brief the scheduler decided on: pending (its job is enqueued in the same transaction) or skipped, with the reason. */
export interface ScheduledBrief {
  user_id: string;
  kind: BriefKind;
  local_date: string;
  timezone: string;
  send_at: Date;
  status: 'pending' | 'skipped';
  reason: string | null;
}

/**
 * Records scheduled briefs in one statement and returns those recorded. A person's local date
 * that already has a scheduled brief (any kind, any status) gets nothing new: after a timezone or
 * send-time change, or a weekly day moved onto a day already briefed, the same date comes due
 * again and must not bring a second brief. The unique index on (user_id, kind, local_date) covers
 * two ticks racing.
 */
export async function recordScheduledBriefs(tx: Tx, briefs: readonly ScheduledBrief[]): Promise<ScheduledBrief[]> {
  if (briefs.length === 0) return [];
  const rows = await tx<{ user_id: string; kind: BriefKind; local_date: string }[]>`
    insert into public.daily_briefs (user_id, kind, local_date, timezone, send_at, trigger, status, reason)
    select b.user_id, b.kind, b.local_date, b.timezone, b.send_at, 'schedule', b.status, b.reason
    from unnest(
      ${briefs.map((brief) => brief.user_id)}::uuid[],
      ${briefs.map((brief) => brief.kind)}::text[],
      ${briefs.map((brief) => brief.local_date)}::date[],
      ${briefs.map((brief) => brief.timezone)}::text[],
      ${briefs.map((brief) => brief.send_at.toISOString())}::timestamptz[],
      ${briefs.map((brief) => brief.status)}::text[],
      ${briefs.map((brief) => brief.reason)}::text[]
    ) as b(user_id, kind, local_date, timezone, send_at, status, reason)
    where not exists (
      select 1 from public.daily_briefs d
      where d.user_id = b.user_id and d.local_date = b.local_date and d.trigger = 'schedule'
    )
    on conflict (user_id, kind, local_date) where trigger = 'schedule' do nothing
    returning user_id, kind, local_date`;
  const recorded = new Set(rows.map((row) => `${row.user_id}|${row.kind}|${row.local_date}`));
  return briefs.filter((brief) => recorded.has(`${brief.user_id}|${brief.kind}|${brief.local_date}`));
}
