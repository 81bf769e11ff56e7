import { planRequestSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { previewPlan } from '$lib/server/scheduling/preview.ts';
import { limitPlanRuns } from '$lib/server/scheduling/rate-limit.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const input = await readJson(request, planRequestSchema);
  await limitPlanRuns(user.id);
  return json({ plan: await previewPlan(user, input) });
});
