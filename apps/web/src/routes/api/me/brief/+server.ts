import { briefPreferencesSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { getBriefSettings, saveBriefPreferences } from '$lib/server/brief-preferences.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) => {
  const user = requireApiUser(locals);
  const settings = await getBriefSettings(user.id);
  if (!settings) throw notFound('brief preferences');
  return json(settings.preferences);
});

export const PUT: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const input = await readJson(request, briefPreferencesSchema);
  const settings = await saveBriefPreferences(user.id, input);
  if (!settings) throw notFound('brief preferences');
  return json(settings.preferences);
});
