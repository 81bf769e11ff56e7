import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { removePushDevice } from '$lib/server/push/push-devices.ts';
import type { RequestHandler } from './$types';

export const DELETE: RequestHandler = api(async ({ locals, params }) => {
  const user = requireApiUser(locals);
  if (!(await removePushDevice(user.id, params.id))) throw notFound('push subscription');
  return new Response(null, { status: 204 });
});
