import { z } from 'zod';
import type { Toast } from '$lib/components/feedback/toast.ts';
import { requireUser } from '$lib/server/auth/guard.ts';
import { loadProjectProgress } from '$lib/server/dashboard.ts';
import { database } from '$lib/server/db.ts';
import { listProjects } from '$lib/server/projects.ts';
import { DEPENDS } from '$lib/state/dependencies.ts';
import { projectActions } from './project-actions.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url, depends }) => {
  const user = requireUser(locals, url);
  depends(DEPENDS.projects, DEPENDS.tasks);
  const [projects, progress] = await Promise.all([
    listProjects(user.id, { includeArchived: true }),
    loadProjectProgress(database(), user.id),
  ]);
  // A project deleted from its own page lands here, with the undo offered.
  const deleted = z.uuid().safeParse(url.searchParams.get('deleted'));
  const toast: Toast | undefined = deleted.success
    ? { message: 'Project deleted with its tasks', undo: { action: 'restoreProject', ids: [deleted.data] } }
    : undefined;
  return {
    projects: projects.map((project) => ({ ...project, ...(progress.get(project.id) ?? { total: 0, done: 0 }) })),
    toast,
  };
}) satisfies PageServerLoad;

export const actions = { ...projectActions } satisfies Actions;
