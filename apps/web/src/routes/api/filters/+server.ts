import { savedFilterInputSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { createSavedFilter, listSavedFilters } from '$lib/server/saved-filters.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) => {
  const user = requireApiUser(locals);
  return json({ filters: await listSavedFilters(user.id) });
});

export const POST: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const input = await readJson(request, savedFilterInputSchema);
  return json({ filter: await createSavedFilter(user.id, input) }, { status: 201 });
});
