import type { BriefProgress, BriefStage, BriefStatus, DeliveryStatus } from '@ordo/shared-types';
import { BRIEF_STAGES } from '@ordo/shared-types';

type StageState = BriefProgress['stages'][number]['state'];

/** What each stage is doing, as the page shows it while it runs. */
export const STAGE_LABELS: Record<BriefStage, string> = {
  gather: 'Gathering',
  prioritise: 'Prioritising',
  write: 'Writing',
  check: 'Checking',
};

export const STAGE_STATE_LABELS: Record<StageState, string> = {
  pending: 'waiting',
  running: 'running',
  done: 'done',
  retrying: 'retrying',
  fallback: 'offline writer',
  failed: 'failed',
};

/** Every stage in order with its state: those the job has not reported yet are pending. */
export function stagesOf(progress: BriefProgress | null): BriefProgress['stages'] {
  return BRIEF_STAGES.map((name) => progress?.stages.find((stage) => stage.name === name) ?? { name, state: 'pending' });
}

export const BRIEF_STATUS_LABELS: Record<BriefStatus, { text: string; tone: string }> = {
  pending: { text: 'Queued', tone: '' },
  generating: { text: 'Writing', tone: 'chip-accent' },
  ready: { text: 'Ready', tone: 'chip-success' },
  skipped: { text: 'Skipped', tone: 'chip-warning' },
  failed: { text: 'Failed', tone: 'chip-danger' },
};

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, { text: string; tone: string }> = {
  sending: { text: 'Sending', tone: 'chip-accent' },
  sent: { text: 'Sent', tone: 'chip-success' },
  uncertain: { text: 'Maybe sent', tone: 'chip-warning' },
  failed: { text: 'Not sent', tone: 'chip-danger' },
  bounced: { text: 'Bounced', tone: 'chip-danger' },
  skipped: { text: 'Skipped', tone: '' },
};

const CHANNEL_NAMES: Record<string, string> = { email: 'Email', sms: 'SMS', push: 'Push' };
export const channelName = (channel: string) => CHANNEL_NAMES[channel] ?? channel;

/** A local date as people read it: "Thursday 3 December 2026". */
export const longDate = (day: string) =>
  new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
