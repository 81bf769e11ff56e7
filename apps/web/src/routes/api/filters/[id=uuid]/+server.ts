import { savedFilterPatchSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { deleteSavedFilter, getSavedFilter, updateSavedFilter } from '$lib/server/saved-filters.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params }) => {
  const user = requireApiUser(locals);
  const filter = await getSavedFilter(user.id, params.id);
  if (!filter) throw notFound('filter');
  return json({ filter });
});

export const PATCH: RequestHandler = api(async ({ locals, params, request }) => {
  const user = requireApiUser(locals);
  const patch = await readJson(request, savedFilterPatchSchema);
  const filter = await updateSavedFilter(user.id, params.id, patch);
  if (!filter) throw notFound('filter');
  return json({ filter });
});

export const DELETE: RequestHandler = api(async ({ locals, params }) => {
  const user = requireApiUser(locals);
  if (!(await deleteSavedFilter(user.id, params.id))) throw notFound('filter');
  return new Response(null, { status: 204 });
});
