import type { Db } from '@ordo/supabase-client';

// Each outcome is one statement (atomic on its own), sent on the worker's pool without a
// transaction around it: one round trip where a transaction would take three.

const ERROR_MAX = 2000;

export interface NotificationFailure {
  errorClass: 'transient' | 'permanent';
  message: string;
  /** The provider's error code (Twilio's, e.g. 21610), or an HTTP status for push. */
  providerErrorCode: number | null;
  /** `bounced` for mail a server refused for good; `failed` otherwise. */
  status?: 'failed' | 'bounced';
}

/** The provider took it: `sent`, with its message id (Twilio's SID) and the job clock's time. */
export async function recordNotificationSent(db: Db, deliveryId: string, sent: { messageId: string | null; providerStatus: string | null; at: Date }): Promise<void> {
  await db.sql`
    update public.deliveries set status = 'sent', sent_at = ${sent.at}, message_id = ${sent.messageId},
      provider_status = coalesce(provider_status, ${sent.providerStatus}), error = null, error_class = null, provider_error_code = null
    where id = ${deliveryId} and status = 'sending'`;
}

/**
 * A failed send: `failed`/transient goes out again on the job's retry; permanent (or `bounced`)
 * never does.
 */
export async function recordNotificationFailure(db: Db, deliveryId: string, failure: NotificationFailure): Promise<void> {
  await db.sql`
    update public.deliveries set status = ${failure.status ?? 'failed'}, error_class = ${failure.errorClass},
      error = ${failure.message.slice(0, ERROR_MAX)}, provider_error_code = ${failure.providerErrorCode}
    where id = ${deliveryId} and status = 'sending'`;
}

/** Twilio said the recipient unsubscribed (21610): the number gets nothing more until it answers START. */
export async function optOutNumber(db: Db, phone: string): Promise<void> {
  await db.sql`
    insert into public.sms_opt_outs (phone_e164, source) values (${phone}, 'provider')
    on conflict (phone_e164) do nothing`;
}
