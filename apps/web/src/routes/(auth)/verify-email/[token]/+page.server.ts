import { fail, redirect } from '@sveltejs/kit';
import { verificationTokenIsValid, verifyEmail } from '$lib/server/auth/email-verification.ts';
import { startSession } from '$lib/server/auth/sign-in.ts';
import type { Actions, PageServerLoad } from './$types';

// The link only shows a button: mail scanners that open links must not use it up.
export const load = (async ({ params }) => ({ valid: await verificationTokenIsValid(params.token) })) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    const userId = await verifyEmail(event.params.token);
    if (!userId) return fail(410, { message: 'This link has expired or was already used. Sign in to have a new one sent.' });
    await startSession(event, userId);
    redirect(303, '/dashboard');
  },
} satisfies Actions;
