import { signInInputSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { ApiError, rateLimited } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { signInWithPassword } from '$lib/server/auth/sign-in.ts';
import { getProfile } from '$lib/server/users.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async (event) => {
  const input = await readJson(event.request, signInInputSchema);
  const outcome = await signInWithPassword(event, input);
  if (!outcome.ok) {
    if (outcome.reason === 'rate_limited') throw rateLimited(outcome.retryAfterSeconds);
    if (outcome.reason === 'unverified') {
      throw new ApiError(403, 'forbidden', 'verify your email address first: follow the mailed link, or ask for a new one with POST /api/auth/verification', {
        fields: { email: 'not verified yet' },
      });
    }
    throw new ApiError(401, 'unauthorized', 'email or password is incorrect');
  }
  return json({ user: await getProfile(outcome.userId) });
});
