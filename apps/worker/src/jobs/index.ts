import type { AnyJobDefinition } from '../queue/job-definition.ts';
import { billingSendEmail } from './billing.send_email.ts';
import { billingStripeEvent } from './billing.stripe_event.ts';
import { briefDeliver } from './brief.deliver.ts';
import { briefGenerate } from './brief.generate.ts';
import { briefGenerateBatch } from './brief.generate_batch.ts';
import { calendarPushTask } from './calendar.push_task.ts';
import { calendarStopChannels } from './calendar.stop_channels.ts';
import { calendarSync } from './calendar.sync.ts';
import { notifySend } from './notify.send.ts';
import { systemSleep } from './system.sleep.ts';

/** Every job handler; the registry checks this against the shared job types at boot. */
export const jobDefinitions: readonly AnyJobDefinition[] = [
  systemSleep,
  briefGenerate,
  briefGenerateBatch,
  briefDeliver,
  notifySend,
  calendarSync,
  calendarPushTask,
  calendarStopChannels,
  billingStripeEvent,
  billingSendEmail,
];
