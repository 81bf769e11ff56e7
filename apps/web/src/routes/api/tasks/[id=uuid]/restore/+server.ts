import { toTaskResource } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { getTask, restoreTask } from '$lib/server/tasks.ts';
import type { RequestHandler } from './$types';

// Undo for DELETE.
export const POST: RequestHandler = api(async ({ locals, params }) => {
  const user = requireApiUser(locals);
  if (!(await restoreTask(user.id, params.id))) throw notFound('deleted task');
  const task = await getTask(user.id, params.id);
  if (!task) throw notFound('task');
  return json({ task: toTaskResource(task) });
});
