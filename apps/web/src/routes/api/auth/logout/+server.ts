import { api } from '$lib/server/api/handler.ts';
import { signOut } from '$lib/server/auth/sign-out.ts';
import type { RequestHandler } from './$types';

// Idempotent: signing out without a session is not an error.
export const POST: RequestHandler = api(async (event) => {
  await signOut(event);
  return new Response(null, { status: 204 });
});
