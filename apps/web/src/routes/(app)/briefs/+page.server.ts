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
  return { briefs: await loadBriefsPage(user, url.searchParams.get('job')) };
}) satisfies PageServerLoad;

export const actions = {
  // The same call as POST /api/me/briefs; the page then follows the job named in ?job=.
  send: async ({ locals, url }) => {
    const user = requireUser(locals, url);
    let jobId: string;
    try {
      jobId = (await sendBriefNow(user)).job_id;
    } catch (error) {
      if (error instanceof ApiError && error.status === 429) {
        const minutes = Math.ceil(Number(error.headers['retry-after'] ?? 60) / 60);
        return fail(429, { sendError: `You have asked for several briefs this hour; try again in ${minutes} min.` });
      }
      throw error;
    }
    redirect(303, `/briefs?job=${jobId}`);
  },
} satisfies Actions;
