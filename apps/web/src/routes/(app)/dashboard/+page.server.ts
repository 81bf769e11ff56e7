import { requireUser } from '$lib/server/auth/guard.ts';
import { loadDashboard } from '$lib/server/dashboard.ts';
import { database } from '$lib/server/db.ts';
import { countMissedBlocks } from '$lib/server/scheduling/missed-count.ts';
import { DEPENDS } from '$lib/state/dependencies.ts';
import { taskListActions } from '../tasks/task-actions.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url, depends }) => {
  const user = requireUser(locals, url);
  depends(DEPENDS.tasks, DEPENDS.projects);
  const [dashboard, missedBlocks] = await Promise.all([loadDashboard(database(), user), countMissedBlocks(user.id, new Date())]);
  return { dashboard, missedBlocks };
}) satisfies PageServerLoad;

export const actions = { ...taskListActions } satisfies Actions;
