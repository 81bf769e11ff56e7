import { requireUser } from '$lib/server/auth/guard.ts';
import { loadCalendarPage } from '$lib/server/calendar/calendar-page.ts';
import { database } from '$lib/server/db.ts';
import { DEPENDS } from '$lib/state/dependencies.ts';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url, depends }) => {
  const user = requireUser(locals, url);
  depends(DEPENDS.tasks);
  return { calendar: await loadCalendarPage(database(), user, url.searchParams, new Date()) };
}) satisfies PageServerLoad;
