import { json } from '@sveltejs/kit';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { getBrainDump } from '$lib/server/brain-dumps/index.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals, params }) => {
  const user = requireApiUser(locals);
  const dump = await getBrainDump(user.id, params.id);
  if (!dump) throw notFound('brain dump');
  return json({ brain_dump: dump });
});
