import { fail, redirect } from '@sveltejs/kit';
import { ApiError } from '$lib/server/api/errors.ts';
import { requireUser } from '$lib/server/auth/guard.ts';
import { loadBriefsPage } from '$lib/server/briefs/briefs-page.ts';
import { sendBriefNow } from '$lib/server/briefs/send-now.ts';
import { DEPENDS } from '$lib/state/dependencies.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url, depends }) => {
  const user = requireUser(locals, url);
  // Job progress and new briefs arrive on the live event stream, which invalidates these.
  depends(DEPENDS.jobs, DEPENDS.briefs);
  return { briefs: await loadBriefsPage(user) };
}) satisfies PageServerLoad;

export const actions = {
  // The same call as POST /api/me/briefs; back on the page, it follows the job it queued (the newest).
  send: async ({ locals, url }) => {
    const user = requireUser(locals, url);
    try {
      await sendBriefNow(user);
    } catch (error) {
      if (error instanceof ApiError && error.status === 429) {
        const minutes = Math.ceil(Number(error.headers['retry-after'] ?? 60) / 60);
        return fail(429, { sendError: `You have asked for several briefs this hour; try again in ${minutes} min.` });
      }
      throw error;
    }
    // To the page itself, not to a URL naming the job: a live update landing during a navigation
    // to another URL would abandon that navigation (SvelteKit keeps the later of the two loads).
    redirect(303, '/briefs');
  },
} satisfies Actions;
