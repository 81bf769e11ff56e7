import { notificationPreferencesSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { getNotificationPreferences, saveNotificationPreferences } from '$lib/server/notification-preferences.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) => {
  const user = requireApiUser(locals);
  const preferences = await getNotificationPreferences(user.id);
  if (!preferences) throw notFound('notification preferences');
  return json(preferences);
});

export const PUT: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const input = await readJson(request, notificationPreferencesSchema);
  const preferences = await saveNotificationPreferences(user.id, input);
  if (!preferences) throw notFound('notification preferences');
  return json(preferences);
});
