import type { Db, Sql, Tx } from '@ordo/supabase-client';

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
export interface NotificationSent {
  deliveryId: string;
  messageId: string | null;
  providerStatus: string | null;
  at: Date;
}

/** What each device's push service answered, kept on its subscription; a gone one is deleted. */
export interface PushDeviceResults {
  at: Date;
  accepted: readonly string[];
  failing: readonly string[];
  gone: readonly string[];
}

/** What one send's provider calls left to record: the delivery `sent`, the push devices' answers, or both. */
export interface NotificationResult {
  sent: NotificationSent | null;
  devices: PushDeviceResults | null;
}

const DEVICE_OUTCOME_RANK = { accepted: 0, failed: 1, gone: 2 } as const;
type DeviceOutcome = keyof typeof DEVICE_OUTCOME_RANK;

/**
 * Records the results of many sends in one statement (NotificationResultRecorder gathers them).
 * A device named by several sends gets one outcome (gone over failed over accepted, the latest
 * time), so no row is changed twice by the statement; the devices' rows, then the deliveries',
 * are locked in id order, so two such statements never deadlock. Only `sending` rows become `sent`.
 */
export async function recordNotificationResults(sql: Sql | Tx, results: readonly NotificationResult[]): Promise<void> {
  const sent = results.flatMap(({ sent }) =>
    sent ? [{ id: sent.deliveryId, message_id: sent.messageId, provider_status: sent.providerStatus, at: sent.at.toISOString() }] : [],
  );
  const devices = new Map<string, { outcome: DeviceOutcome; at: Date }>();
  const note = (id: string, outcome: DeviceOutcome, at: Date) => {
    const known = devices.get(id);
    if (!known || DEVICE_OUTCOME_RANK[outcome] > DEVICE_OUTCOME_RANK[known.outcome]) devices.set(id, { outcome, at });
    else if (DEVICE_OUTCOME_RANK[outcome] === DEVICE_OUTCOME_RANK[known.outcome] && at > known.at) known.at = at;
  };
  for (const { devices: answered } of results) {
    if (!answered) continue;
    for (const id of answered.accepted) note(id, 'accepted', answered.at);
    for (const id of answered.failing) note(id, 'failed', answered.at);
    for (const id of answered.gone) note(id, 'gone', answered.at);
  }
  const deviceRows = [...devices].map(([id, { outcome, at }]) => ({ id, outcome, at: at.toISOString() }));
  // The ids again as comma-joined texts, for conditions the planner looks rows up by (a join to the
  // JSON rows alone was planned as a scan of the whole table).
  const sentIds = sent.map((row) => row.id).join(',');
  const deviceIds = deviceRows.map((row) => row.id).join(',');
  await sql`
    with sent as (
      select * from jsonb_to_recordset(${JSON.stringify(sent)}::text::jsonb) as v(id uuid, message_id text, provider_status text, at timestamptz)
    ), answered as (
      select * from jsonb_to_recordset(${JSON.stringify(deviceRows)}::text::jsonb) as v(id uuid, outcome text, at timestamptz)
    ), held as (
      select s.id, a.outcome, a.at from public.push_subscriptions s join answered a on a.id = s.id
      where s.id = any(string_to_array(${deviceIds}::text, ',')::uuid[])
      order by s.id
      for update of s
    ), succeeded as (
      update public.push_subscriptions s set last_success_at = held.at from held where s.id = held.id and held.outcome = 'accepted'
    ), failed as (
      update public.push_subscriptions s set last_failure_at = held.at from held where s.id = held.id and held.outcome = 'failed'
    ), removed as (
      delete from public.push_subscriptions s using held where s.id = held.id and held.outcome = 'gone'
    ), sending as (
      -- Found by id alone and kept while sending after the lock: with the status beside the ids, the
      -- plan made while the table was new walked all of deliveries_channel_status_updated_at_idx.
      select d.id, d.status from public.deliveries d
      where d.id = any(string_to_array(${sentIds}::text, ',')::uuid[])
      order by d.id
      for update of d
    )
    update public.deliveries d set status = 'sent', sent_at = sent.at, message_id = sent.message_id,
      provider_status = coalesce(d.provider_status, sent.provider_status), error = null, error_class = null, provider_error_code = null,
      -- Set here, the row trigger skips it (20261211100200_deliveries_updated_at_in_statements.sql).
      updated_at = now()
    from sent join sending on sending.id = sent.id and sending.status = 'sending'
    where d.id = any(string_to_array(${sentIds}::text, ',')::uuid[]) and d.id = sending.id`;
}

/**
 * A failed send: `failed`/transient goes out again on the job's retry; permanent (or `bounced`)
 * never does.
 */
export async function recordNotificationFailure(db: Db, deliveryId: string, failure: NotificationFailure): Promise<void> {
  await db.sql`
    update public.deliveries set status = ${failure.status ?? 'failed'}, error_class = ${failure.errorClass},
      error = ${failure.message.slice(0, ERROR_MAX)}, provider_error_code = ${failure.providerErrorCode}, updated_at = now()
    where id = ${deliveryId} and status = 'sending'`;
}

/** Twilio said the recipient unsubscribed (21610): the number gets nothing more until it answers START. */
export async function optOutNumber(db: Db, phone: string): Promise<void> {
  await db.sql`
    insert into public.sms_opt_outs (phone_e164, source) values (${phone}, 'provider')
    on conflict (phone_e164) do nothing`;
}
