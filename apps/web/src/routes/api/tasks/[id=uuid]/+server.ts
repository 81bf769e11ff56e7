import { taskPatchSchema, toTaskResource } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { listReminders } from '$lib/server/task-reminders.ts';
import { deleteTask, getTask, nextOccurrenceJson, updateTask } from '$lib/server/tasks.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params }) => {
  const user = requireApiUser(locals);
  const [task, reminders] = await Promise.all([getTask(user.id, params.id), listReminders(user.id, params.id)]);
  if (!task) throw notFound('task');
  return json({ task: toTaskResource(task), reminders: reminders ?? [] });
});

export const PATCH: RequestHandler = api(async ({ locals, params, request }) => {
  const user = requireApiUser(locals);
  const patch = await readJson(request, taskPatchSchema);
  const updated = await updateTask(user.id, params.id, patch);
  if (!updated) throw notFound('task');
  return json(nextOccurrenceJson(updated));
});

export const DELETE: RequestHandler = api(async ({ locals, params }) => {
  const user = requireApiUser(locals);
  if (!(await deleteTask(user.id, params.id))) throw notFound('task');
  return new Response(null, { status: 204 });
});
