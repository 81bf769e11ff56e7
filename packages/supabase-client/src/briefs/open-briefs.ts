import type { BatchedBrief } from '@ordo/shared-types';
import type { Db } from '../db.ts';
import { type OpenedBrief, type OpenedBriefRow, openedBrief } from './open-brief.ts';

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
    (tx) => tx<(OpenedBriefRow & { user_id: string })[]>`
      select user_id, id, previous_status, generating, name, email, timezone, sections, email_enabled from public.open_daily_briefs_for(
        ${jobId},
        ${briefs.map((brief) => brief.user_id)}::uuid[],
        ${briefs.map((brief) => brief.kind)}::text[],
        ${briefs.map((brief) => brief.local_date)}::date[],
        ${briefs.map((brief) => brief.send_at)}::timestamptz[])`,
    { asyncCommit: true },
  );
  const requested = new Map(briefs.map((brief) => [brief.user_id, brief]));
  return rows.map((row) => ({ ...openedBrief(row, row.user_id), request: requested.get(row.user_id) as BatchedBrief }));
}
