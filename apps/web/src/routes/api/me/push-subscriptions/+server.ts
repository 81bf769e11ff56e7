import { pushSubscriptionInputSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { listPushDevices, pushPublicKey, savePushDevice } from '$lib/server/push/push-devices.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) => {
  const user = requireApiUser(locals);
  return json({ subscriptions: await listPushDevices(user.id), vapid_public_key: pushPublicKey() });
});

export const POST: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const input = await readJson(request, pushSubscriptionInputSchema);
  const { device, created } = await savePushDevice(user.id, input, request.headers.get('user-agent'));
  return json({ subscription: device }, { status: created ? 201 : 200 });
});
