import { redirect } from '@sveltejs/kit';
import { signOut } from '$lib/server/auth/sign-out.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals }) => {
  if (!locals.user) redirect(303, '/login');
}) satisfies PageServerLoad;

// POST only (a GET must never sign anyone out: links and prefetching would).
export const actions = {
  default: async (event) => {
    await signOut(event);
    redirect(303, '/login');
  },
} satisfies Actions;
