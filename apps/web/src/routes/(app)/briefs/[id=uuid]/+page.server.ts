import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guard.ts';
import { withHtml } from '$lib/server/briefs/briefs-page.ts';
import { getBrief } from '$lib/server/briefs/store.ts';
import { DEPENDS } from '$lib/state/dependencies.ts';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params, url, depends }) => {
  const user = requireUser(locals, url);
  depends(DEPENDS.briefs);
  const brief = await getBrief(user.id, params.id);
  if (!brief) error(404, 'Brief not found');
  return { brief: withHtml(brief) };
}) satisfies PageServerLoad;
