import type { JobStatus } from '@ordo/shared-types';

/** A row of queue_jobs as postgres.js returns it (snake_case, timestamptz as Date). */
export interface QueueJob {
  id: string;
  user_id: string | null;
  job_type: string;
  payload: unknown;
  status: JobStatus;
  priority: number;
  run_at: Date;
  attempts: number;
  max_attempts: number;
  dedup_key: string | null;
  locked_by: string | null;
  lease_expires_at: Date | null;
  progress: unknown;
  result: unknown;
  last_error: string | null;
  checkpoints: Record<string, unknown>;
  cancel_requested_at: Date | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  updated_at: Date;
}

/** Raised for queue misuse a caller can fix (bad payload, foreign user id, dedup clash on retry). */
export class QueueError extends Error {
  override name = 'QueueError';
}
