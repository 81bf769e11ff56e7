import { taskBulkInputSchema, toTaskResource } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { bulkUpdateTasks } from '$lib/server/tasks.ts';
import type { RequestHandler } from './$types';

// One 404 for the whole batch, never which id: that would tell whether someone else's exists.
export const POST: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const input = await readJson(request, taskBulkInputSchema);
  const tasks = await bulkUpdateTasks(user.id, input);
  if (!tasks) throw notFound('one or more tasks');
  return json({ tasks: tasks.map(toTaskResource) });
});
