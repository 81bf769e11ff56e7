import { projectInputSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { api } from '$lib/server/api/handler.ts';
import { parseQuery } from '$lib/server/api/query.ts';
import { projectListQuerySchema } from '$lib/server/api/schemas.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { createProject, listProjects } from '$lib/server/projects.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, url }) => {
  const user = requireApiUser(locals);
  const query = parseQuery(url, projectListQuerySchema);
  return json({ projects: await listProjects(user.id, { includeArchived: query.include_archived === 'true' }) });
});

export const POST: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const input = await readJson(request, projectInputSchema);
  return json({ project: await createProject(user.id, input) }, { status: 201 });
});
