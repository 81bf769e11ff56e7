import { redirect } from '@sveltejs/kit';
import { googleConnectionBroken } from '$lib/server/google/calendar-settings.ts';
import { googleEnabled } from '$lib/server/google/google.ts';
import { parseTheme, THEME_COOKIE } from '$lib/state/theme.svelte.ts';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals, url, cookies }) => {
  const user = locals.user;
  if (!user) redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  const onboarded = user.onboarding_completed_at !== null;
  if (!onboarded && !url.pathname.startsWith('/onboarding')) redirect(303, '/onboarding');
  return {
    user: { id: user.id, email: user.email, name: user.name, timezone: user.timezone },
    onboarded,
    theme: parseTheme(cookies.get(THEME_COOKIE)),
    googleDisconnected: onboarded && googleEnabled() ? await googleConnectionBroken(user.id) : false,
  };
}) satisfies LayoutServerLoad;
