import type { DeliveryChannel } from '../brief/preferences.ts';

/** The dedup key of a brief's delivery job on one channel: at most one live job per brief and channel. */
export function briefDeliverDedupKey(briefId: string, channel: DeliveryChannel): string {
  return `brief-deliver:${briefId}:${channel}`;
}
