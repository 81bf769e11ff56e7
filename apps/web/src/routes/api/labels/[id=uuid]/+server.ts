import { labelPatchSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { deleteLabel, updateLabel } from '$lib/server/labels.ts';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = api(async ({ locals, params, request }) => {
  const user = requireApiUser(locals);
  const patch = await readJson(request, labelPatchSchema);
  const label = await updateLabel(user.id, params.id, patch);
  if (!label) throw notFound('label');
  return json({ label });
});

export const DELETE: RequestHandler = api(async ({ locals, params }) => {
  const user = requireApiUser(locals);
  if (!(await deleteLabel(user.id, params.id))) throw notFound('label');
  return new Response(null, { status: 204 });
});
