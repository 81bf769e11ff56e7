import { signUpInputSchema } from '@ordo/shared-types';
import { fail, redirect } from '@sveltejs/kit';
import { VERIFICATION_VALID_HOURS } from '$lib/server/auth/email-verification.ts';
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
      const message = `Too many sign-ups from here. Try again in ${Math.ceil(outcome.retryAfterSeconds / 60)} min.`;
      return fail(429, { email, name, errors: noErrors, message });
    }
    if (outcome.signedIn) redirect(303, '/onboarding');
    // The same page for a new address and a taken one (whose owner is mailed instead).
    return { sent: { email: parsed.data.email, outbox: outcome.outbox, validHours: VERIFICATION_VALID_HOURS } };
  },
} satisfies Actions;
