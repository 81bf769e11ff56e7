import { redirect } from '@sveltejs/kit';
import { parseTheme, THEME_COOKIE } from '$lib/state/theme.svelte.ts';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals, url, cookies }) => {
  const user = locals.user;
  if (!user) redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  const onboarded = user.onboarding_completed_at !== null;
  if (!onboarded && !url.pathname.startsWith('/onboarding')) redirect(303, '/onboarding');
  return {
    user: { id: user.id, email: user.email, name: user.name, timezone: user.timezone },
    onboarded,
    theme: parseTheme(cookies.get(THEME_COOKIE)),
  };
}) satisfies LayoutServerLoad;
