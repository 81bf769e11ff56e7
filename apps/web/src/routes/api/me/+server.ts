import { profilePatchSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { getProfile, patchProfile } from '$lib/server/users.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) => {
  const user = requireApiUser(locals);
  const profile = await getProfile(user.id);
  if (!profile) throw notFound('user');
  return json({ user: profile });
});

export const PATCH: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const patch = await readJson(request, profilePatchSchema);
  return json({ user: await patchProfile(user.id, patch) });
});
