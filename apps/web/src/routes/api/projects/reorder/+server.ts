import { reorderInputSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { reorderProjects } from '$lib/server/projects.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const { ids } = await readJson(request, reorderInputSchema);
  const projects = await reorderProjects(user.id, ids);
  if (!projects) throw notFound('one or more projects');
  return json({ projects });
});
