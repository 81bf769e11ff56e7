import { localDateTimeAt } from '@ordo/shared-types';
import { error } from '@sveltejs/kit';
import { renderNotes } from '$lib/markdown/render-notes.server.ts';
import { requireUser } from '$lib/server/auth/guard.ts';
import { listProjects } from '$lib/server/projects.ts';
import { getTask } from '$lib/server/tasks.ts';
import { DEPENDS } from '$lib/state/dependencies.ts';
import { taskListActions, updateTaskAction } from '../task-actions.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url, depends }) => {
  const user = requireUser(locals, url);
  depends(DEPENDS.tasks, DEPENDS.projects);
  const [task, projects] = await Promise.all([getTask(user.id, params.id), listProjects(user.id, { includeArchived: true })]);
  if (!task) error(404, 'Task not found');
  return {
    task,
    notesHtml: task.notes ? renderNotes(task.notes) : null,
    startAtLocal: task.start_at ? localDateTimeAt(task.start_at, user.timezone) : '',
    projects: projects.map((project) => ({ id: project.id, name: project.name, archived: project.archived_at !== null })),
  };
}) satisfies PageServerLoad;

export const actions = {
  updateTask: updateTaskAction,
  toggleTask: taskListActions.toggleTask,
  deleteTask: taskListActions.deleteTask,
} satisfies Actions;
