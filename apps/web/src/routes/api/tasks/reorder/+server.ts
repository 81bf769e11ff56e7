import { reorderInputSchema, toTaskResource } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { reorderTasks } from '$lib/server/tasks.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const { ids } = await readJson(request, reorderInputSchema);
  const tasks = await reorderTasks(user.id, ids);
  if (!tasks) throw notFound('one or more tasks');
  return json({ tasks: tasks.map(toTaskResource) });
});
