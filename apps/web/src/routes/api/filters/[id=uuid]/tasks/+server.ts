import { filterTasksQuerySchema, toTaskResource } from '@ordo/shared-types';
import { notFound } from '$lib/server/api/errors.ts';
import { jsonResponse, withIsoTimestamps } from '$lib/server/api/json-response.ts';
import { api } from '$lib/server/api/handler.ts';
import { parseQuery } from '$lib/server/api/query.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { filterTasks, getSavedFilter } from '$lib/server/saved-filters.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params, url }) => {
  const user = requireApiUser(locals);
  const options = parseQuery(url, filterTasksQuerySchema);
  const filter = await getSavedFilter(user.id, params.id);
  if (!filter) throw notFound('filter');
  const page = await filterTasks(user, filter.query, options);
  return jsonResponse({ tasks: page.tasks.map((task) => withIsoTimestamps(toTaskResource(task))), next_cursor: page.next_cursor });
});
