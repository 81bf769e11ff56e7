import { type JobPayloadInput, type JobType, jobDefaults, jobPayloadSchemas } from '@ordo/shared-types';
import { z } from 'zod';
import type { Sql, Tx } from '../db.ts';
import { QueueError } from './job.ts';
import { asQueueWriter } from './queue-writer.ts';
import { newJobId } from './job-id.ts';

export interface EnqueueOptions {
  /** The owner, who can watch the job; null or absent for system jobs. */
  userId?: string | null;
  /** Lower runs first (default: the job type's). */
  priority?: number;
  /** Not before this time (default now). */
  runAt?: Date;
  /** Default: the job type's. */
  maxAttempts?: number;
  /** At most one pending or processing job per key; a duplicate returns the live job's id. */
  dedupKey?: string;
}

export interface EnqueueRequest<T extends JobType = JobType> extends EnqueueOptions {
  type: T;
  payload: JobPayloadInput<T>;
}

export interface Enqueued {
  id: string;
  /** false when a live job with the same dedup key already existed (id is that job's). */
  created: boolean;
}

const optionsSchema = z.object({
  userId: z.uuid().nullable().optional(),
  priority: z.int().min(-32768).max(32767).optional(),
  runAt: z.date().optional(),
  maxAttempts: z.int().min(1).max(1000).optional(),
  dedupKey: z.string().min(1).max(500).optional(),
});

function validate(request: EnqueueRequest, index: number) {
  const schema = jobPayloadSchemas[request.type];
  if (!schema) throw new QueueError(`job ${index}: unknown job type "${request.type}"`);
  const payload = schema.safeParse(request.payload);
  if (!payload.success) {
    const issues = payload.error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`);
    throw new QueueError(`job ${index} (${request.type}): invalid payload: ${issues.join('; ')}`);
  }
  const options = optionsSchema.safeParse(request);
  if (!options.success) {
    const issues = options.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new QueueError(`job ${index} (${request.type}): ${issues.join('; ')}`);
  }
  return {
    id: newJobId(),
    user_id: request.userId ?? null,
    job_type: request.type,
    payload: payload.data,
    priority: request.priority ?? jobDefaults[request.type].priority,
    run_at: request.runAt?.toISOString() ?? null,
    max_attempts: request.maxAttempts ?? jobDefaults[request.type].maxAttempts,
    dedup_key: request.dedupKey ?? null,
  };
}

/**
 * Inserts jobs in one statement, in the caller's transaction when `sql` is one. Payloads are
 * checked against the shared schemas first; nothing is inserted when any is invalid. Returns one
 * result per request, in order.
 */
export async function enqueueMany(sql: Sql | Tx, requests: readonly EnqueueRequest[]): Promise<Enqueued[]> {
  if (requests.length === 0) return [];
  const rows = requests.map(validate);
  return asQueueWriter(sql, rows.map((row) => row.user_id), async (writer) => {
    const inserted = await writer<{ id: string }[]>`
      insert into public.queue_jobs (id, user_id, job_type, payload, priority, run_at, max_attempts, dedup_key)
      select r.id, r.user_id, r.job_type, r.payload, r.priority, coalesce(r.run_at, now()), r.max_attempts, r.dedup_key
      from jsonb_to_recordset(${writer.json(rows)}::jsonb) as r(
        id uuid, user_id uuid, job_type text, payload jsonb, priority smallint, run_at timestamptz, max_attempts integer, dedup_key text
      )
      on conflict (dedup_key) where dedup_key is not null and status in ('pending', 'processing') do nothing
      returning id`;
    const created = new Set(inserted.map((row) => row.id));
    const clashes = rows.filter((row) => !created.has(row.id)).map((row) => row.dedup_key as string);
    const live = clashes.length === 0 ? [] : await writer<{ id: string; dedup_key: string }[]>`
      select id, dedup_key from public.queue_jobs
      where dedup_key = any(${clashes}) and status in ('pending', 'processing')`;
    const liveByKey = new Map(live.map((row) => [row.dedup_key, row.id]));
    // Two requests of one batch may share a key: the first inserted, the second gets its id.
    const firstByKey = new Map<string, string>();
    for (const row of rows) if (row.dedup_key && created.has(row.id)) firstByKey.set(row.dedup_key, row.id);
    return rows.map((row) => {
      if (created.has(row.id)) return { id: row.id, created: true };
      const id = liveByKey.get(row.dedup_key as string) ?? firstByKey.get(row.dedup_key as string);
      // The live job finished between the insert and the lookup: the caller may simply enqueue again.
      if (!id) throw new QueueError(`dedup key "${row.dedup_key}" was released while enqueueing; try again`);
      return { id, created: false };
    });
  });
}
