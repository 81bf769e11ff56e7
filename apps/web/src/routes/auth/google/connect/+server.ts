import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guard.ts';
import { requireGoogle } from '$lib/server/google/google.ts';
import { startGoogleConnect } from '$lib/server/google/oauth-start.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
  const deps = requireGoogle();
  const user = requireUser(event.locals, new URL('/settings', event.url));
  const outcome = await startGoogleConnect(deps, event, user, event.locals.session?.id as string);
  redirect(303, outcome.ok ? outcome.location : '/settings?google=rate_limited#google-calendar');
};
