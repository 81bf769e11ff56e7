import { error } from '@sveltejs/kit';
import { checkUnsubscribeLink, unsubscribeFromBriefEmails } from '$lib/server/auth/unsubscribe.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ params }) => {
  const check = checkUnsubscribeLink(params.token);
  if (!check.ok) error(400, check.message);
  return {};
}) satisfies PageServerLoad;

export const actions = {
  // The page's button and a mail provider's RFC 8058 one-click POST (body List-Unsubscribe=One-Click) alike.
  // A bad token is an error, not a form failure: SvelteKit answers a JSON-accepting client's failure with HTTP 200.
  default: async ({ params }) => {
    const outcome = await unsubscribeFromBriefEmails(params.token);
    if (!outcome.ok) error(400, outcome.message);
    return { unsubscribed: true };
  },
} satisfies Actions;
