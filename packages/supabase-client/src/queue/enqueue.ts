import type { JobPayloadInput, JobType } from '@ordo/shared-types';
import type { Sql, Tx } from '../db.ts';
import { type Enqueued, type EnqueueOptions, enqueueMany } from './enqueue-many.ts';

/**
 * Adds one job, in the caller's transaction when `sql` is one (so the job exists only if the data
 * it refers to commits). The payload is checked against the job type's shared schema.
 */
export async function enqueue<T extends JobType>(
  sql: Sql | Tx,
  type: T,
  payload: JobPayloadInput<T>,
  options: EnqueueOptions = {},
): Promise<Enqueued> {
  const [result] = await enqueueMany(sql, [{ ...options, type, payload }]);
  return result as Enqueued;
}
