import { redirect } from '@sveltejs/kit';
import { ApiError } from '../api/errors.ts';
import type { SessionUser } from './session-user.ts';

/**
 * For page loads and actions: the signed-in user, or a 303 to /login (back to `returnTo`
 * afterwards when given). Layouts do not guard child loads, actions or endpoints, so each calls this.
 */
export function requireUser(locals: App.Locals, returnTo?: URL): SessionUser {
  if (locals.user) return locals.user;
  const next = returnTo ? `?next=${encodeURIComponent(returnTo.pathname + returnTo.search)}` : '';
  redirect(303, `/login${next}`);
}

/** For JSON endpoints: the signed-in user, or the API's 401 (an ApiError; wrap the handler with api()). */
export function requireApiUser(locals: App.Locals): SessionUser {
  if (locals.user) return locals.user;
  throw new ApiError(401, 'unauthorized', 'sign in or send Authorization: Bearer <personal access token>');
}
