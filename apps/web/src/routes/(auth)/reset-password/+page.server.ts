import { emailSchema } from '@ordo/shared-types';
import { fail } from '@sveltejs/kit';
import { requestPasswordReset } from '$lib/server/auth/password-reset.ts';
import { linkOrigin } from '$lib/server/request-origin.ts';
import type { Actions } from './$types';

export const actions = {
  default: async (event) => {
    const email = String((await event.request.formData()).get('email') ?? '');
    const parsed = emailSchema.safeParse(email);
    if (!parsed.success) return fail(400, { email, error: 'Enter the email address of your account.', sent: false });
    const outcome = await requestPasswordReset(parsed.data, event.getClientAddress(), linkOrigin(event));
    if (!outcome.ok) {
      const error = `Too many requests. Try again in ${Math.ceil(outcome.retryAfterSeconds / 60)} min.`;
      return fail(429, { email, error, sent: false });
    }
    return { email: parsed.data, error: null, sent: true };
  },
} satisfies Actions;
