import { taskReminderInputSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { addReminder, listReminders } from '$lib/server/task-reminders.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params }) => {
  const user = requireApiUser(locals);
  const reminders = await listReminders(user.id, params.id);
  if (!reminders) throw notFound('task');
  return json({ reminders });
});

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
  const user = requireApiUser(locals);
  const input = await readJson(request, taskReminderInputSchema);
  const reminder = await addReminder(user.id, params.id, input);
  if (!reminder) throw notFound('task');
  return json({ reminder }, { status: 201 });
});
