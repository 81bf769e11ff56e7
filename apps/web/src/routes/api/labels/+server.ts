import { labelInputSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { createLabel, listLabels } from '$lib/server/labels.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) => {
  const user = requireApiUser(locals);
  return json({ labels: await listLabels(user.id) });
});

export const POST: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const input = await readJson(request, labelInputSchema);
  return json({ label: await createLabel(user.id, input) }, { status: 201 });
});
