import { signInInputSchema } from '@ordo/shared-types';
import { fail, redirect } from '@sveltejs/kit';
import { tooManyAttempts } from '$lib/server/auth/rate-limits.ts';
import { safeNext } from '$lib/server/auth/safe-next.ts';
import { signInWithPassword } from '$lib/server/auth/sign-in.ts';
import { googleEnabled } from '$lib/server/google/google.ts';
import { googleMessage, SIGN_IN_MESSAGES } from '$lib/server/google/google-messages.ts';
import { fieldErrors } from '$lib/server/zod-fields.ts';
import type { Actions, PageServerLoad } from './$types';

const noErrors: Record<string, string> = {};

export const load = (({ locals, url }) => {
  if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), url.origin));
  return {
    reset: url.searchParams.get('reset') === 'done',
    google: googleEnabled() ? { message: googleMessage(SIGN_IN_MESSAGES, url.searchParams.get('google'))?.text ?? null } : null,
  };
}) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const email = String(data.get('email') ?? '');
    const parsed = signInInputSchema.safeParse({ email, password: String(data.get('password') ?? '') });
    if (!parsed.success) return fail(400, { email, errors: fieldErrors(parsed.error), message: null });
    const outcome = await signInWithPassword(event, parsed.data);
    if (!outcome.ok) {
      if (outcome.reason === 'unverified') {
        const message = 'Verify your email address first: follow the link mailed to you when you signed up.';
        return fail(403, { email, errors: noErrors, message, unverified: true });
      }
      const message =
        outcome.reason === 'rate_limited'
          ? tooManyAttempts(outcome.retryAfterSeconds)
          : 'Email or password is incorrect.';
      return fail(outcome.reason === 'rate_limited' ? 429 : 400, { email, errors: noErrors, message });
    }
    redirect(303, safeNext(event.url.searchParams.get('next'), event.url.origin));
  },
} satisfies Actions;
