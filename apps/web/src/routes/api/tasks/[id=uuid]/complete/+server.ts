import { json } from '@sveltejs/kit';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { closeTask, nextOccurrenceJson } from '$lib/server/tasks.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, params }) => {
  const user = requireApiUser(locals);
  const closed = await closeTask(user.id, params.id, 'done');
  if (!closed) throw notFound('task');
  return json(nextOccurrenceJson(closed));
});
