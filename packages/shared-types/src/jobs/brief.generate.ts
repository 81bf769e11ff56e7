import { z } from 'zod';
import { briefKindSchema } from '../brief/preferences.ts';
import { dateOnlySchema } from '../timestamp.ts';

/**
 * Writes one person's brief for one local date, stores it in daily_briefs and emails it. Queued by
 * "send now" and `briefs send`, and by brief.generate_batch for a person it retries alone (dedup key
 * `brief:<user>:<kind>:<local date>`); the schedule itself enqueues brief.generate_batch.
 */
export const briefGeneratePayloadSchema = z.strictObject({
  user_id: z.uuid(),
  kind: briefKindSchema,
  local_date: dateOnlySchema,
  // The instant it was due (UTC ISO); a manual brief uses the time it was asked for.
  send_at: z.iso.datetime({ offset: true }),
  trigger: z.enum(['schedule', 'manual']).default('schedule'),
  // Deliver by email when written (a manual "show me" may choose not to).
  deliver: z.boolean().default(true),
});
export type BriefGeneratePayload = z.input<typeof briefGeneratePayloadSchema>;

export const briefGenerateDefaults = { maxAttempts: 3, priority: 5 } as const;
