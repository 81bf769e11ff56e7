import { requireUser } from '$lib/server/auth/guard.ts';
import { loadDashboard } from '$lib/server/dashboard.ts';
import { database } from '$lib/server/db.ts';
import { DEPENDS } from '$lib/state/dependencies.ts';
import { taskListActions } from '../tasks/task-actions.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url, depends }) => {
  const user = requireUser(locals, url);
  depends(DEPENDS.tasks, DEPENDS.projects);
  return { dashboard: await loadDashboard(database(), user) };
}) satisfies PageServerLoad;

export const actions = { ...taskListActions } satisfies Actions;
