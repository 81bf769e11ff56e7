import { TWILIO_UNSUBSCRIBED_RECIPIENT, type TwilioMessageStatus } from '@ordo/shared-types';
import { database } from '../db.ts';
import { optOutNumber } from './sms-opt-outs.ts';

// How far along a message is, by Twilio's status. Callbacks can arrive out of order: one that
// ranks below what the row already has is late and changes nothing. A delivery receipt outranks
// a failure (a carrier may confirm after reporting trouble); read (WhatsApp) comes last. Statuses
// Twilio may add later rank lowest, so they are recorded only on a row with none yet.
const RANK: Readonly<Record<string, number>> = {
  accepted: 1,
  scheduled: 1,
  queued: 1,
  sending: 2,
  sent: 3,
  canceled: 4,
  failed: 4,
  undelivered: 4,
  delivered: 5,
  read: 6,
};

export const providerStatusRank = (status: string | null): number => (status === null ? -1 : (RANK[status] ?? 0));

// The provider statuses that settle Ordo's own delivery status.
const DELIVERY_STATUS: Readonly<Record<string, 'delivered' | 'undelivered' | 'failed'>> = {
  delivered: 'delivered',
  undelivered: 'undelivered',
  failed: 'failed',
};

export type MessageStatusOutcome = 'updated' | 'late' | 'unknown';

/**
 * Records a Twilio status callback on the SMS delivery with that message SID, in one transaction:
 * provider_status always (unless the callback is late), Ordo's status for delivered, undelivered
 * and failed (with delivered_at), Twilio's error code, and error 21610 (the recipient replied
 * STOP) opts the number out. An unknown SID changes nothing.
 */
export async function recordMessageStatus(callback: TwilioMessageStatus): Promise<MessageStatusOutcome> {
  return database().asService(async (tx) => {
    const [row] = await tx<{ id: string; provider_status: string | null; recipient: string }[]>`
      select id, provider_status, recipient from public.deliveries
      where message_id = ${callback.MessageSid} and channel = 'sms'
      order by created_at
      limit 1
      for update`;
    if (!row) return 'unknown';
    if (callback.ErrorCode === TWILIO_UNSUBSCRIBED_RECIPIENT) {
      await optOutNumber(tx, callback.To ?? row.recipient, 'provider', null);
    }
    if (providerStatusRank(callback.MessageStatus) < providerStatusRank(row.provider_status)) return 'late';
    const status = DELIVERY_STATUS[callback.MessageStatus] ?? null;
    await tx`
      update public.deliveries set
        provider_status = ${callback.MessageStatus},
        provider_error_code = coalesce(${callback.ErrorCode ?? null}::integer, provider_error_code),
        status = coalesce(${status}::text, status),
        delivered_at = case when ${status}::text = 'delivered' then coalesce(delivered_at, now()) else delivered_at end
      where id = ${row.id}`;
    return 'updated';
  });
}
