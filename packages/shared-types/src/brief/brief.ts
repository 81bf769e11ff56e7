import { z } from 'zod';
import { dateOnlySchema, timestampSchema } from '../timestamp.ts';
import { BRIEF_STATUSES, briefKindSchema, DELIVERY_CHANNELS, DELIVERY_STATUSES } from './preferences.ts';

/** How one brief went out on one channel (a row of deliveries), as the Briefs page and the API show it. */
export const briefDeliverySchema = z.object({
  channel: z.enum(DELIVERY_CHANNELS),
  status: z.enum(DELIVERY_STATUSES),
  sent_at: timestampSchema.nullable(),
  error: z.string().nullable(),
});
export type BriefDelivery = z.infer<typeof briefDeliverySchema>;

/** A brief in a history list: what it is for, how it went, and how it was delivered; no body. */
export const briefSummarySchema = z.object({
  id: z.uuid(),
  kind: briefKindSchema,
  local_date: dateOnlySchema,
  timezone: z.string(),
  trigger: z.enum(['schedule', 'manual']),
  status: z.enum(BRIEF_STATUSES),
  // Why it was skipped or failed.
  reason: z.string().nullable(),
  headline: z.string().nullable(),
  send_at: timestampSchema,
  created_at: timestampSchema,
  generated_at: timestampSchema.nullable(),
  deliveries: z.array(briefDeliverySchema),
});
export type BriefSummary = z.infer<typeof briefSummarySchema>;

/** One brief with its Markdown body (null until it is written). */
export const briefSchema = briefSummarySchema.extend({
  markdown: z.string().nullable(),
  provider: z.string().nullable(),
  model: z.string().nullable(),
});
export type Brief = z.infer<typeof briefSchema>;

/** The answer to "Send me a brief now": the queued brief.generate job to follow, and the local date it writes for. */
export const briefSendAcceptedSchema = z.object({
  job_id: z.uuid(),
  local_date: dateOnlySchema,
});
export type BriefSendAccepted = z.infer<typeof briefSendAcceptedSchema>;
