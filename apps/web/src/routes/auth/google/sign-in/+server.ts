import { redirect } from '@sveltejs/kit';
import { requireGoogle } from '$lib/server/google/google.ts';
import { startGoogleSignIn } from '$lib/server/google/oauth-start.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
  const deps = requireGoogle();
  const next = (await event.request.formData()).get('next');
  const outcome = await startGoogleSignIn(deps, event, typeof next === 'string' ? next : null);
  redirect(303, outcome.ok ? outcome.location : '/login?google=rate_limited');
};
