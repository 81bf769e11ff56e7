import { json } from '@sveltejs/kit';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { sendTestPush } from '$lib/server/push/test-notification.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals }) => {
  const user = requireApiUser(locals);
  return json(await sendTestPush(user.id), { status: 202 });
});
