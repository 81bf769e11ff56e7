import { type Brief, type BriefSummary, briefSchema, briefSummarySchema } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';
import { database } from '../db.ts';

// Every read acts as the user (asUser): RLS on daily_briefs and deliveries decides what is
// theirs, so another person's brief reads as "not found", never as forbidden.

const HISTORY_LIMIT = 60;

const summaryColumns = (tx: Tx) => tx`
  b.id, b.kind, b.local_date::text as local_date, b.timezone, b.trigger, b.status, b.reason, b.headline,
  b.send_at, b.created_at, b.generated_at,
  coalesce(
    (select json_agg(json_build_object('channel', d.channel, 'status', d.status, 'sent_at', d.sent_at, 'error', d.error)
                     order by d.created_at)
     from public.deliveries d where d.brief_id = b.id),
    '[]'
  ) as deliveries`;

/** The person's briefs, newest local date first (and newest first within a date). */
export async function listBriefs(userId: string, limit = HISTORY_LIMIT): Promise<BriefSummary[]> {
  const rows = await database().asUser(
    userId,
    (tx) => tx`
      select ${summaryColumns(tx)} from public.daily_briefs b
      order by b.local_date desc, b.created_at desc
      limit ${limit}`,
  );
  return rows.map((row) => briefSummarySchema.parse(row));
}

/** One of the person's briefs with its body, or null when there is none with that id or it is not theirs. */
export async function getBrief(userId: string, id: string): Promise<Brief | null> {
  const [row] = await database().asUser(
    userId,
    (tx) => tx`
      select ${summaryColumns(tx)}, b.markdown, b.provider, b.model
      from public.daily_briefs b where b.id = ${id}`,
  );
  return row ? briefSchema.parse(row) : null;
}

/**
 * The brief to show for `localDate`: the newest one written that day, or, when none was, the newest
 * attempt (so a skip or failure is shown with its reason). Null when the day has none.
 */
export async function briefOfDay(userId: string, localDate: string): Promise<Brief | null> {
  const [row] = await database().asUser(
    userId,
    (tx) => tx`
      select ${summaryColumns(tx)}, b.markdown, b.provider, b.model
      from public.daily_briefs b
      where b.local_date = ${localDate}
      order by (b.status = 'ready') desc, b.created_at desc
      limit 1`,
  );
  return row ? briefSchema.parse(row) : null;
}
