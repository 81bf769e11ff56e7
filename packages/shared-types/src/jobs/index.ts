import type { z } from 'zod';
import { calendarPushTaskDefaults, calendarPushTaskPayloadSchema } from './calendar.push_task.ts';
import { calendarStopChannelsDefaults, calendarStopChannelsPayloadSchema } from './calendar.stop_channels.ts';
import { calendarSyncDefaults, calendarSyncPayloadSchema } from './calendar.sync.ts';
import { billingSendEmailDefaults, billingSendEmailPayloadSchema } from './billing.send_email.ts';
import { billingStripeEventDefaults, billingStripeEventPayloadSchema } from './billing.stripe_event.ts';
import { briefDeliverDefaults, briefDeliverPayloadSchema } from './brief.deliver.ts';
import { briefGenerateDefaults, briefGeneratePayloadSchema } from './brief.generate.ts';
import { briefGenerateBatchDefaults, briefGenerateBatchPayloadSchema } from './brief.generate_batch.ts';
import { notifySendDefaults, notifySendPayloadSchema } from './notify.send.ts';
import { systemSleepDefaults, systemSleepPayloadSchema } from './system.sleep.ts';

/**
 * Every job type Ordo knows, by name (`entity.verb`), with the schema of its payload. The worker
 * refuses to boot unless each has exactly one handler; enqueue checks payloads against these.
 */
export const jobPayloadSchemas = {
  'system.sleep': systemSleepPayloadSchema,
  'brief.generate': briefGeneratePayloadSchema,
  'brief.generate_batch': briefGenerateBatchPayloadSchema,
  'brief.deliver': briefDeliverPayloadSchema,
  'notify.send': notifySendPayloadSchema,
  'calendar.sync': calendarSyncPayloadSchema,
  'calendar.push_task': calendarPushTaskPayloadSchema,
  'calendar.stop_channels': calendarStopChannelsPayloadSchema,
  'billing.stripe_event': billingStripeEventPayloadSchema,
  'billing.send_email': billingSendEmailPayloadSchema,
} as const;

export type JobType = keyof typeof jobPayloadSchemas;

export interface JobDefaults {
  maxAttempts: number;
  /** Lower runs first. */
  priority: number;
}

/** What enqueue uses when the caller does not say. */
export const jobDefaults: Record<JobType, JobDefaults> = {
  'system.sleep': systemSleepDefaults,
  'brief.generate': briefGenerateDefaults,
  'brief.generate_batch': briefGenerateBatchDefaults,
  'brief.deliver': briefDeliverDefaults,
  'notify.send': notifySendDefaults,
  'calendar.sync': calendarSyncDefaults,
  'calendar.push_task': calendarPushTaskDefaults,
  'calendar.stop_channels': calendarStopChannelsDefaults,
  'billing.stripe_event': billingStripeEventDefaults,
  'billing.send_email': billingSendEmailDefaults,
};
/** What a caller passes to enqueue (defaults may be left out). */
export type JobPayloadInput<T extends JobType> = z.input<(typeof jobPayloadSchemas)[T]>;
/** What a handler receives after parsing. */
export type JobPayload<T extends JobType> = z.output<(typeof jobPayloadSchemas)[T]>;

export const JOB_TYPES = Object.keys(jobPayloadSchemas) as JobType[];

export function isJobType(name: string): name is JobType {
  return Object.hasOwn(jobPayloadSchemas, name);
}

export const JOB_STATUSES = ['pending', 'processing', 'completed', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export { type SystemSleepPayload, systemSleepDefaults, systemSleepPayloadSchema } from './system.sleep.ts';
export { type BriefDeliverPayload, briefDeliverDefaults, briefDeliverPayloadSchema } from './brief.deliver.ts';
export { type BriefGeneratePayload, briefGenerateDefaults, briefGeneratePayloadSchema } from './brief.generate.ts';
export {
  BRIEF_BATCH_SIZE,
  type BatchedBrief,
  type BriefGenerateBatchPayload,
  batchedBriefSchema,
  briefGenerateBatchDefaults,
  briefGenerateBatchPayloadSchema,
} from './brief.generate_batch.ts';
export { type NotifySendPayload, notifySendDedupKey, notifySendDefaults, notifySendPayloadSchema } from './notify.send.ts';
export { type CalendarSyncPayload, calendarSyncDedupKey, calendarSyncDefaults, calendarSyncPayloadSchema } from './calendar.sync.ts';
export {
  type CalendarPushTaskPayload,
  calendarPushTaskDedupKey,
  calendarPushTaskDefaults,
  calendarPushTaskPayloadSchema,
} from './calendar.push_task.ts';
export {
  type CalendarStopChannelsPayload,
  calendarStopChannelsDefaults,
  calendarStopChannelsPayloadSchema,
} from './calendar.stop_channels.ts';
export {
  type BillingStripeEventPayload,
  billingStripeEventDedupKey,
  billingStripeEventDefaults,
  billingStripeEventPayloadSchema,
} from './billing.stripe_event.ts';
export {
  type BillingSendEmailPayload,
  billingSendEmailDedupKey,
  billingSendEmailDefaults,
  billingSendEmailPayloadSchema,
} from './billing.send_email.ts';
