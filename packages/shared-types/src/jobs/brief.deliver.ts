import { z } from 'zod';

/** Sends one stored brief on one channel, at most once (see the deliveries table). */
export const briefDeliverPayloadSchema = z.strictObject({
  brief_id: z.uuid(),
  channel: z.enum(['email']),
});
export type BriefDeliverPayload = z.input<typeof briefDeliverPayloadSchema>;

// Transient SMTP failures retry with the queue's backoff; permanent ones stop at once.
export const briefDeliverDefaults = { maxAttempts: 6, priority: 4 } as const;
