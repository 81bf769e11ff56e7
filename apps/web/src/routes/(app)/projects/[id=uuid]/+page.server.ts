import { calendarDay, TASK_PAGE_MAX } from '@ordo/shared-types';
import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guard.ts';
import { getProject } from '$lib/server/projects.ts';
import { listTasks } from '$lib/server/tasks.ts';
import { DEPENDS } from '$lib/state/dependencies.ts';
import { taskListActions } from '../../tasks/task-actions.server.ts';
import { projectActions } from '../project-actions.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url, depends }) => {
  const user = requireUser(locals, url);
  depends(DEPENDS.projects, DEPENDS.tasks);
  const [project, page] = await Promise.all([
    getProject(user.id, params.id),
    listTasks(user.id, { project_id: params.id, status: ['todo', 'in_progress', 'done'], limit: TASK_PAGE_MAX }),
  ]);
  if (!project) error(404, 'Project not found');
  return {
    project,
    tasks: page.tasks,
    more: page.next_cursor !== null,
    today: calendarDay(new Date(), user.timezone),
  };
}) satisfies PageServerLoad;

export const actions = {
  ...taskListActions,
  updateProject: projectActions.updateProject,
  archiveProject: projectActions.archiveProject,
  deleteProject: projectActions.deleteProject,
} satisfies Actions;
