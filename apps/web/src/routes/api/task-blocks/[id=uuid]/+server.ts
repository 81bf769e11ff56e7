import { taskBlockPatchSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { updateTaskBlock } from '$lib/server/calendar/task-blocks.ts';
import type { RequestHandler } from './$types';

export const PATCH: RequestHandler = api(async ({ locals, params, request }) => {
  const user = requireApiUser(locals);
  const patch = await readJson(request, taskBlockPatchSchema);
  const block = await updateTaskBlock(user.id, params.id, patch);
  if (!block) throw notFound('task block');
  return json({ task_block: block });
});
