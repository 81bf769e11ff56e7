import { redirect } from '@sveltejs/kit';
import { safeNext } from '$lib/server/auth/safe-next.ts';
import { THEME_COOKIE, parseTheme } from '$lib/state/theme.svelte.ts';
import type { RequestHandler } from './$types';

// The theme picker's form without JavaScript: remember the choice, go back where it was made.
// SvelteKit's origin check refuses this POST from another site.
export const POST: RequestHandler = async ({ request, cookies, url }) => {
  const data = await request.formData();
  cookies.set(THEME_COOKIE, parseTheme(String(data.get('theme'))), {
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    httpOnly: false,
    sameSite: 'lax',
  });
  redirect(303, safeNext(String(data.get('back') ?? ''), url.origin));
};
