import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { projectUpdateSchema } from '$lib/server/api/schemas.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { archiveProject, deleteProject, getProject, updateProject } from '$lib/server/projects.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params }) => {
  const user = requireApiUser(locals);
  const project = await getProject(user.id, params.id);
  if (!project) throw notFound('project');
  return json({ project });
});

export const PATCH: RequestHandler = api(async ({ locals, params, request }) => {
  const user = requireApiUser(locals);
  const { archived, ...patch } = await readJson(request, projectUpdateSchema);
  let project = await updateProject(user.id, params.id, patch);
  if (project && archived !== undefined) project = await archiveProject(user.id, params.id, archived);
  if (!project) throw notFound('project');
  return json({ project });
});

export const DELETE: RequestHandler = api(async ({ locals, params }) => {
  const user = requireApiUser(locals);
  if (!(await deleteProject(user.id, params.id))) throw notFound('project');
  return new Response(null, { status: 204 });
});
