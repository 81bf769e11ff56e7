import { taskCompleteInputSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readOptionalJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { closeTask, nextOccurrenceJson } from '$lib/server/tasks.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
  const user = requireApiUser(locals);
  const input = await readOptionalJson(request, taskCompleteInputSchema);
  const closed = await closeTask(user.id, params.id, 'done', { completeSubtasks: input.complete_subtasks });
  if (!closed) throw notFound('task');
  return json(nextOccurrenceJson(closed));
});
