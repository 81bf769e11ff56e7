import { PASSWORD_MAX } from '@ordo/shared-types';
import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { tooManyAttempts } from '$lib/server/auth/rate-limits.ts';
import { confirmGoogleLink, pendingGoogleLink } from '$lib/server/google/google-link.ts';
import { requireGoogle } from '$lib/server/google/google.ts';
import { fieldErrors } from '$lib/server/zod-fields.ts';
import type { Actions, PageServerLoad } from './$types';

const passwordSchema = z.object({ password: z.string().min(1, 'Enter your password').max(PASSWORD_MAX) });

export const load = (async (event) => {
  requireGoogle();
  const pending = await pendingGoogleLink(event);
  return { email: pending?.email ?? null };
}) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    requireGoogle();
    const parsed = passwordSchema.safeParse({ password: String((await event.request.formData()).get('password') ?? '') });
    if (!parsed.success) return fail(400, { errors: fieldErrors(parsed.error), message: null });
    const outcome = await confirmGoogleLink(event, parsed.data.password);
    if (outcome.ok) redirect(303, outcome.nextPath);
    if (outcome.reason === 'expired') redirect(303, '/login?google=link_expired');
    switch (outcome.reason) {
      case 'wrong_password':
        return fail(400, { errors: { password: 'Password is incorrect.' }, message: null });
      case 'rate_limited':
        return fail(429, { errors: {}, message: tooManyAttempts(outcome.retryAfterSeconds) });
      case 'already_linked':
        return fail(409, { errors: {}, message: 'This Ordo account is already linked to another Google account, or this Google account to another Ordo account.' });
    }
  },
} satisfies Actions;
