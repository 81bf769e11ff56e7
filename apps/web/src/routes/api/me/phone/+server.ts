import { phoneInputSchema } from '@ordo/shared-types/phone-number';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { phoneApiAnswer } from '$lib/server/phones/phone-answer.ts';
import { enterPhone, getPhone, removePhone } from '$lib/server/phones/phones.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = api(async ({ locals }) => {
  const user = requireApiUser(locals);
  return json({ phone: await getPhone(user.id) });
});

export const PUT: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const input = await readJson(request, phoneInputSchema);
  return phoneApiAnswer(await enterPhone(user, input));
});

export const DELETE: RequestHandler = api(async ({ locals }) => {
  const user = requireApiUser(locals);
  if (!(await removePhone(user.id))) throw notFound('phone');
  return new Response(null, { status: 204 });
});
