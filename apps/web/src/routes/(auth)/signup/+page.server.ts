import { signUpInputSchema } from '@ordo/shared-types';
import { fail, redirect } from '@sveltejs/kit';
import { signUpWithPassword } from '$lib/server/auth/sign-up.ts';
import { fieldErrors } from '$lib/server/zod-fields.ts';
import type { Actions, PageServerLoad } from './$types';

const noErrors: Record<string, string> = {};

export const load = (({ locals }) => {
  if (locals.user) redirect(303, '/dashboard');
}) satisfies PageServerLoad;

export const actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const email = String(data.get('email') ?? '');
    const name = String(data.get('name') ?? '').trim();
    const parsed = signUpInputSchema.safeParse({
      email,
      password: String(data.get('password') ?? ''),
      ...(name ? { name } : {}),
    });
    if (!parsed.success) return fail(400, { email, name, errors: fieldErrors(parsed.error), message: null });
    const outcome = await signUpWithPassword(event, parsed.data);
    if (!outcome.ok) {
      if (outcome.reason === 'rate_limited') {
        const message = `Too many sign-ups from here. Try again in ${Math.ceil(outcome.retryAfterSeconds / 60)} min.`;
        return fail(429, { email, name, errors: noErrors, message });
      }
      const errors: Record<string, string> = { email: 'An account with this email already exists. Sign in instead?' };
      return fail(409, { email, name, errors, message: null });
    }
    redirect(303, '/onboarding');
  },
} satisfies Actions;
