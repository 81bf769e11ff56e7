import { isOpenStatus } from '@ordo/supabase-client';
import { json } from '@sveltejs/kit';
import { ApiError, notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { closeTask, getTask, nextOccurrenceJson } from '$lib/server/tasks.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, params }) => {
  const user = requireApiUser(locals);
  const task = await getTask(user.id, params.id);
  if (!task) throw notFound('task');
  if (task.recurrence_rule === null) throw new ApiError(409, 'conflict', 'only an occurrence of a repeating task can be skipped');
  if (!isOpenStatus(task.status)) throw new ApiError(409, 'conflict', `this occurrence is ${task.status} already`);
  const skipped = await closeTask(user.id, params.id, 'cancelled');
  if (!skipped) throw notFound('task');
  return json(nextOccurrenceJson(skipped));
});
