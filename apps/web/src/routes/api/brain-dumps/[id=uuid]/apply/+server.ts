import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { applyBrainDump, applyInputSchema } from '$lib/server/brain-dumps/index.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, params, request }) => {
  const user = requireApiUser(locals);
  const { operations } = await readJson(request, applyInputSchema);
  const applied = await applyBrainDump(user.id, params.id, operations);
  if (!applied) throw notFound('brain dump');
  return json({ brain_dump: applied.dump, changes: applied.changes });
});
