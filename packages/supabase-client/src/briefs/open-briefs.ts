import type { BatchedBrief, BriefSection, BriefStatus } from '@ordo/shared-types';
import type { Db } from '../db.ts';
import type { OpenedBrief } from './open-brief.ts';

/** One person's brief of a batch as opened: OpenedBrief, for the person it was asked for. */
export interface OpenedBatchBrief extends OpenedBrief {
  request: BatchedBrief;
}

/**
 * Opens the scheduled briefs of a brief.generate_batch job, as openBrief does for one, in one
 * statement (the function open_daily_briefs_for, migration 20261210100000): each person's row is
 * found by (job, person) on a retry, reused when the tick recorded it, and left alone when it is
 * already ready or skipped. A person whose account is gone is missing from the answer.
 *
 * The commit does not wait for its WAL flush, for openBrief's reason: what the job does next that
 * matters commits durably after it.
 */
export async function openBatchBriefs(db: Db, jobId: string, briefs: readonly BatchedBrief[]): Promise<OpenedBatchBrief[]> {
  const rows = await db.asService(
    (tx) => tx<
      {
        user_id: string;
        id: string;
        previous_status: BriefStatus;
        generating: boolean;
        name: string | null;
        email: string;
        timezone: string;
        sections: BriefSection[];
        email_enabled: boolean;
      }[]
    >`
      select user_id, id, previous_status, generating, name, email, timezone, sections, email_enabled from public.open_daily_briefs_for(
        ${jobId},
        ${briefs.map((brief) => brief.user_id)}::uuid[],
        ${briefs.map((brief) => brief.kind)}::text[],
        ${briefs.map((brief) => brief.local_date)}::date[],
        ${briefs.map((brief) => brief.send_at)}::timestamptz[])`,
    { asyncCommit: true },
  );
  const requested = new Map(briefs.map((brief) => [brief.user_id, brief]));
  return rows.map((row) => ({
    request: requested.get(row.user_id) as BatchedBrief,
    id: row.id,
    previousStatus: row.previous_status,
    generating: row.generating,
    person: { id: row.user_id, name: row.name, email: row.email, timezone: row.timezone, sections: row.sections, email_enabled: row.email_enabled },
  }));
}
