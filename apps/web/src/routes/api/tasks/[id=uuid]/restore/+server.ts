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
  return json({ task: await getTask(user.id, params.id) });
});
