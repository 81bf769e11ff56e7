import { type PushDevice, type PushSubscriptionInput, pushDeviceSchema } from '@ordo/shared-types';
import { ApiError } from '../api/errors.ts';
import { config } from '../config.ts';
import { database } from '../db.ts';
import { deviceLabel } from '../device-label.ts';

/** Devices one person may have at once: each gets every push, and the worker sends to each. */
export const PUSH_DEVICES_MAX = 20;

const DEVICE_COLUMNS = 'id, label, endpoint, created_at, last_success_at, last_failure_at';

const toDevices = (rows: readonly unknown[]) => rows.map((row) => pushDeviceSchema.parse(row));

/** Web Push needs the server's VAPID pair; without it (production, keys unset) nothing can subscribe. */
export function pushNotConfigured(): ApiError | null {
  return config().WEB_PUSH_ENABLED
    ? null
    : new ApiError(409, 'conflict', 'Web Push is off on this server: set VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY');
}

/** The key browsers subscribe with (applicationServerKey), or null when Web Push is off. */
export function pushPublicKey(): string | null {
  const env = config();
  return env.WEB_PUSH_ENABLED ? (env.VAPID_PUBLIC_KEY ?? null) : null;
}

/** The person's devices that receive push notifications, newest first (read through RLS). */
export async function listPushDevices(userId: string): Promise<PushDevice[]> {
  const rows = await database().asUser(userId, (tx) => tx`
    select ${tx.unsafe(DEVICE_COLUMNS)} from public.push_subscriptions
    where user_id = ${userId}
    order by created_at desc, id`);
  return toDevices(rows);
}

/**
 * Stores a browser's subscription for the person, labelled from its User-Agent. Upserts by
 * endpoint: the same browser subscribing again updates its keys; an endpoint another account
 * holds (someone else signed in on this browser before) moves to this person with its history
 * cleared, since a browser has one subscription per site. Runs as the service role: moving a row
 * between accounts is beyond what RLS lets a person do. `created` is false when this person
 * already had the endpoint. 409 past PUSH_DEVICES_MAX devices.
 */
export async function savePushDevice(
  userId: string,
  input: PushSubscriptionInput,
  userAgent: string | null,
): Promise<{ device: PushDevice; created: boolean }> {
  const refused = pushNotConfigured();
  if (refused) throw refused;
  return database().asService(async (tx) => {
    const [held] = await tx<{ user_id: string }[]>`
      select user_id from public.push_subscriptions where endpoint = ${input.endpoint} for update`;
    if (held?.user_id !== userId) {
      const [{ count } = { count: 0 }] = await tx<{ count: number }[]>`
        select count(*)::int as count from public.push_subscriptions where user_id = ${userId}`;
      if (count >= PUSH_DEVICES_MAX) {
        throw new ApiError(409, 'conflict', `You have ${PUSH_DEVICES_MAX} devices with notifications on: remove one first`);
      }
    }
    const rows = await tx`
      insert into public.push_subscriptions as s (user_id, endpoint, p256dh, auth, label)
      values (${userId}, ${input.endpoint}, ${input.keys.p256dh}, ${input.keys.auth}, ${deviceLabel(userAgent)})
      on conflict (endpoint) do update set
        user_id = excluded.user_id,
        p256dh = excluded.p256dh,
        auth = excluded.auth,
        label = excluded.label,
        created_at = case when s.user_id = excluded.user_id then s.created_at else now() end,
        last_success_at = case when s.user_id = excluded.user_id then s.last_success_at end,
        last_failure_at = case when s.user_id = excluded.user_id then s.last_failure_at end
      returning ${tx.unsafe(DEVICE_COLUMNS)}`;
    const [device] = toDevices(rows);
    if (!device) throw new Error('push subscription upsert returned no row');
    return { device, created: held?.user_id !== userId };
  });
}

/** Stops pushes to one of the person's devices; false when it is not theirs or already gone. */
export async function removePushDevice(userId: string, id: string): Promise<boolean> {
  const rows = await database().asUser(userId, (tx) => tx`delete from public.push_subscriptions where id = ${id} returning id`);
  return rows.length > 0;
}
