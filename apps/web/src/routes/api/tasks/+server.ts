import { taskInputSchema, toTaskResource } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { jsonResponse, withIsoTimestamps } from '$lib/server/api/json-response.ts';
import { api } from '$lib/server/api/handler.ts';
import { parseQuery } from '$lib/server/api/query.ts';
import { taskListQuerySchema } from '$lib/server/api/schemas.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { getProject } from '$lib/server/projects.ts';
import { createTask, getTask, listTasks } from '$lib/server/tasks.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, url }) => {
  const user = requireApiUser(locals);
  const filter = parseQuery(url, taskListQuerySchema);
  // Filtering by someone else's project is a 404, like reading it, not an empty list.
  if (filter.project_id && filter.project_id !== 'inbox' && !(await getProject(user.id, filter.project_id))) {
    throw notFound('project');
  }
  // Likewise a parent that is not one of the person's tasks.
  if (filter.parent_id && filter.parent_id !== 'none' && !(await getTask(user.id, filter.parent_id))) throw notFound('parent task');
  const page = await listTasks(user.id, filter);
  return jsonResponse({ tasks: page.tasks.map((task) => withIsoTimestamps(toTaskResource(task))), next_cursor: page.next_cursor });
});

export const POST: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const input = await readJson(request, taskInputSchema);
  return json({ task: toTaskResource(await createTask(user.id, input)) }, { status: 201 });
});
