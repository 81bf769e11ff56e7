import { quickAddRequestSchema, toTaskResource } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { quickAddTask } from '$lib/server/quick-add.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const { task, spans } = await quickAddTask(user.id, await readJson(request, quickAddRequestSchema));
  return json({ task: toTaskResource(task), spans }, { status: 201 });
});
