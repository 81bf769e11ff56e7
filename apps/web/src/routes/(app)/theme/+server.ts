import { redirect } from '@sveltejs/kit';
import { THEME_COOKIE, parseTheme } from '$lib/state/theme.svelte.ts';
import type { RequestHandler } from './$types';

// The theme picker's form without JavaScript: remember the choice, go back where it was made.
// SvelteKit's origin check refuses this POST from another site.
export const POST: RequestHandler = async ({ request, cookies }) => {
  const data = await request.formData();
  cookies.set(THEME_COOKIE, parseTheme(String(data.get('theme'))), {
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    httpOnly: false,
    sameSite: 'lax',
  });
  const back = String(data.get('back') ?? '');
  redirect(303, back.startsWith('/') && !back.startsWith('//') ? back : '/dashboard');
};
