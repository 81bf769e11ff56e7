import { json } from '@sveltejs/kit';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { sendBriefNow } from '$lib/server/briefs/send-now.ts';
import { listBriefs } from '$lib/server/briefs/store.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) => {
  const user = requireApiUser(locals);
  return json({ briefs: await listBriefs(user.id) });
});

// Queues today's brief, written and emailed now; follow the job on /api/events.
export const POST: RequestHandler = api(async ({ locals }) => {
  const user = requireApiUser(locals);
  return json(await sendBriefNow(user), { status: 202 });
});
