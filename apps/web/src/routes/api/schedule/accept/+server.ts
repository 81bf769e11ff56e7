import { acceptPlanInputSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { acceptPlan } from '$lib/server/scheduling/accept.ts';
import { limitPlanRuns } from '$lib/server/scheduling/rate-limit.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const input = await readJson(request, acceptPlanInputSchema);
  await limitPlanRuns(user.id);
  return json(await acceptPlan(user.id, user.timezone, input));
});
