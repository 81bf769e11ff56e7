import { taskReminderPatchSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { deleteReminder, updateReminder } from '$lib/server/task-reminders.ts';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = api(async ({ locals, params, request }) => {
  const user = requireApiUser(locals);
  const patch = await readJson(request, taskReminderPatchSchema);
  const reminder = await updateReminder(user.id, params.id, params.reminderId, patch);
  if (!reminder) throw notFound('reminder');
  return json({ reminder });
});

export const DELETE: RequestHandler = api(async ({ locals, params }) => {
  const user = requireApiUser(locals);
  if (!(await deleteReminder(user.id, params.id, params.reminderId))) throw notFound('reminder');
  return new Response(null, { status: 204 });
});
