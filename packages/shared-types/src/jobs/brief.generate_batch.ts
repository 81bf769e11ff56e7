import { z } from 'zod';
import { briefKindSchema } from '../brief/preferences.ts';
import { dateOnlySchema } from '../timestamp.ts';

/** The most people one brief.generate_batch job carries: enough to share the queue's per-job cost, few enough that a retry is cheap. */
export const BRIEF_BATCH_SIZE = 10;

/** One person's scheduled brief in a batch: what brief.generate's payload says for one person. */
export const batchedBriefSchema = z.strictObject({
  user_id: z.uuid(),
  kind: briefKindSchema,
  local_date: dateOnlySchema,
  // The instant it was due (UTC ISO).
  send_at: z.iso.datetime({ offset: true }),
});
export type BatchedBrief = z.infer<typeof batchedBriefSchema>;

/**
 * Writes and emails the scheduled briefs of up to BRIEF_BATCH_SIZE people, each in their own
 * daily_briefs and deliveries rows, as brief.generate does for one. Enqueued by the brief schedule.
 */
export const briefGenerateBatchPayloadSchema = z.strictObject({
  briefs: z
    .array(batchedBriefSchema)
    .min(1)
    .max(BRIEF_BATCH_SIZE)
    .refine((briefs) => new Set(briefs.map((brief) => brief.user_id)).size === briefs.length, 'each person at most once in a batch'),
});
export type BriefGenerateBatchPayload = z.input<typeof briefGenerateBatchPayloadSchema>;

export const briefGenerateBatchDefaults = { maxAttempts: 3, priority: 5 } as const;
