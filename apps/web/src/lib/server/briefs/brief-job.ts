import { type BriefProgress, briefProgressSchema, type JobStatus } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';
import { database } from '../db.ts';

/** A brief.generate job as the Briefs page follows it: its state, its stages so far, and the brief it wrote. */
export interface BriefJob {
  id: string;
  status: JobStatus;
  /** Null until the job first reports, or when what it reported is not a brief's progress. */
  progress: BriefProgress | null;
  /** The daily_briefs row the job wrote, once it exists. */
  brief_id: string | null;
  /** Why the last attempt failed. */
  last_error: string | null;
}

interface JobRow {
  id: string;
  status: JobStatus;
  progress: unknown;
  last_error: string | null;
  brief_id: string | null;
}

function toBriefJob(row: JobRow): BriefJob {
  const progress = briefProgressSchema.safeParse(row.progress);
  const parsed = progress.success ? progress.data : null;
  return {
    id: row.id,
    status: row.status,
    progress: parsed,
    brief_id: row.brief_id ?? parsed?.brief_id ?? null,
    last_error: row.last_error,
  };
}

const jobColumns = (tx: Tx) => tx`
  j.id, j.status, j.progress, j.last_error,
  (select b.id from public.daily_briefs b where b.job_id = j.id order by b.created_at desc limit 1) as brief_id`;

// A finished job stays on the Briefs page this long, with its outcome and the link to its brief.
const FOLLOW_FINISHED_MINUTES = 30;

/**
 * The brief.generate job the Briefs page follows: the person's newest one that is still queued or
 * running, or that was queued in the last half hour (RLS: only their own).
 */
export async function latestBriefJob(userId: string): Promise<BriefJob | null> {
  const [row] = await database().asUser(
    userId,
    (tx) => tx<JobRow[]>`
      select ${jobColumns(tx)} from public.queue_jobs j
      where j.user_id = ${userId} and j.job_type = 'brief.generate'
        and (j.status in ('pending', 'processing') or j.created_at > now() - make_interval(mins => ${FOLLOW_FINISHED_MINUTES}))
      order by j.created_at desc
      limit 1`,
  );
  return row ? toBriefJob(row) : null;
}
