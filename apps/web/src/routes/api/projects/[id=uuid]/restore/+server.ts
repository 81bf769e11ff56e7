import { json } from '@sveltejs/kit';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { getProject, restoreProject } from '$lib/server/projects.ts';
import type { RequestHandler } from './$types';

// Undo for DELETE: brings the project back with the tasks deleted along with it.
export const POST: RequestHandler = api(async ({ locals, params }) => {
  const user = requireApiUser(locals);
  if (!(await restoreProject(user.id, params.id))) throw notFound('deleted project');
  return json({ project: await getProject(user.id, params.id) });
});
