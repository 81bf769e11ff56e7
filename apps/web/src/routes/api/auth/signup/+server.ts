import { signUpInputSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { rateLimited } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { signUpWithPassword, verificationSentBody } from '$lib/server/auth/sign-up.ts';
import { getProfile } from '$lib/server/users.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = api(async (event) => {
  const input = await readJson(event.request, signUpInputSchema);
  const outcome = await signUpWithPassword(event, input);
  if (!outcome.ok) throw rateLimited(outcome.retryAfterSeconds);
  if (outcome.signedIn) return json({ user: await getProfile(outcome.userId) }, { status: 201 });
  // The same answer for a new address and a taken one (whose owner is mailed instead).
  return json(verificationSentBody(outcome.outbox), { status: 202 });
});
