import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { phoneApiAnswer } from '$lib/server/phones/phone-answer.ts';
import { resendPhoneCode } from '$lib/server/phones/phones.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async ({ locals }) => {
  const user = requireApiUser(locals);
  return phoneApiAnswer(await resendPhoneCode(user.id));
});
