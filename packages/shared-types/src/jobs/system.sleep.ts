import { z } from 'zod';

/** Diagnostic job: waits `ms`, then succeeds, or fails when `fail` is set (used by /ready and tests). */
export const systemSleepPayloadSchema = z.strictObject({
  ms: z.int().min(0).max(600_000),
  fail: z.boolean().default(false),
  // A failure the queue must not retry.
  permanent: z.boolean().optional(),
});
export type SystemSleepPayload = z.input<typeof systemSleepPayloadSchema>;

/** Enqueue defaults, shared so the web and the worker agree. */
export const systemSleepDefaults = { maxAttempts: 3, priority: 0 } as const;
