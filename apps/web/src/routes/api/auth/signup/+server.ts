import { signUpInputSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { ApiError, rateLimited } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { signUpWithPassword } from '$lib/server/auth/sign-up.ts';
import { getProfile } from '$lib/server/users.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async (event) => {
  const input = await readJson(event.request, signUpInputSchema);
  const outcome = await signUpWithPassword(event, input);
  if (!outcome.ok) {
    if (outcome.reason === 'rate_limited') throw rateLimited(outcome.retryAfterSeconds);
    throw new ApiError(409, 'conflict', 'an account with this email already exists', {
      fields: { email: 'already registered' },
    });
  }
  return json({ user: await getProfile(outcome.userId) }, { status: 201 });
});
