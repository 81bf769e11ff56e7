import { phoneVerifyInputSchema } from '@ordo/shared-types';
import { readJson } from '$lib/server/api/body.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { phoneApiAnswer } from '$lib/server/phones/phone-answer.ts';
import { verifyPhone } from '$lib/server/phones/phones.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const { code } = await readJson(request, phoneVerifyInputSchema);
  return phoneApiAnswer(await verifyPhone(user.id, code));
});
