import { error, redirect } from '@sveltejs/kit';
import { requireGoogle } from '$lib/server/google/google.ts';
import { finishGoogleOAuth } from '$lib/server/google/oauth-callback.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
  const outcome = await finishGoogleOAuth(requireGoogle(), event);
  if (outcome.ok) redirect(303, outcome.location);
  if (outcome.status === 429) {
    event.setHeaders({ 'retry-after': String(outcome.retryAfterSeconds) });
    error(429, 'Too many attempts. Try again in a minute.');
  }
  error(400, outcome.message);
};
