import { redirect } from '@sveltejs/kit';
import { googleConnectionBroken } from '$lib/server/google/calendar-settings.ts';
import { googleEnabled } from '$lib/server/google/google.ts';
import { database } from '$lib/server/db.ts';
import { noQuickAddNames, quickAddNamesQuery } from '$lib/server/quick-add.ts';
import { savedFiltersQuery } from '$lib/server/saved-filters.ts';
import { DEPENDS } from '$lib/state/dependencies.ts';
import { parseTheme, THEME_COOKIE } from '$lib/state/theme.svelte.ts';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals, url, cookies, depends }) => {
  const user = locals.user;
  if (!user) redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  const onboarded = user.onboarding_completed_at !== null;
  if (!onboarded && !url.pathname.startsWith('/onboarding')) redirect(303, '/onboarding');
  depends(DEPENDS.filters);
  const [googleDisconnected, [[quickAdd], savedFilters]] = await Promise.all([
    onboarded && googleEnabled() ? googleConnectionBroken(user.id) : false,
    // Quick add reads #Project and @label against these names as the person types; the sidebar
    // lists the saved filters. Read on every navigation, so both in one pipelined read.
    onboarded ? database().readAsUser(user.id, (tx) => [quickAddNamesQuery(tx), savedFiltersQuery(tx)] as const) : [[], []],
  ]);
  return {
    user: { id: user.id, email: user.email, name: user.name, timezone: user.timezone },
    onboarded,
    theme: parseTheme(cookies.get(THEME_COOKIE)),
    googleDisconnected,
    quickAdd: quickAdd ?? noQuickAddNames,
    // The sidebar's list: names and ids only.
    savedFilters: savedFilters.map(({ id, name }) => ({ id, name })),
  };
}) satisfies LayoutServerLoad;
