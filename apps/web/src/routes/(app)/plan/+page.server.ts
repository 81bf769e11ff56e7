import { fail } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guard.ts';
import { acceptPlanForm, loadPlanPage } from '$lib/server/scheduling/plan-page.ts';
import { DEPENDS } from '$lib/state/dependencies.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url, depends }) => {
  const user = requireUser(locals, url);
  depends(DEPENDS.tasks);
  return loadPlanPage(user, url);
}) satisfies PageServerLoad;

export const actions = {
  accept: async ({ locals, request, url }) => {
    const user = requireUser(locals, url);
    const outcome = await acceptPlanForm(user, await request.formData());
    if (!outcome.ok) return fail(outcome.status, { errors: outcome.errors });
    const tasks = outcome.scheduled === 1 ? '1 task' : `${outcome.scheduled} tasks`;
    return { toast: { message: `Plan accepted: ${tasks} scheduled.` } };
  },
} satisfies Actions;
