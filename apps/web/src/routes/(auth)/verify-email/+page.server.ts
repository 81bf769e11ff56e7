import { linkOrigin } from '$lib/server/request-origin.ts';
import { verificationResendInputSchema } from '@ordo/shared-types';
import { fail } from '@sveltejs/kit';
import { resendVerification } from '$lib/server/auth/email-verification.ts';
import { fieldErrors } from '$lib/server/zod-fields.ts';
import type { Actions } from './$types';

const noErrors: Record<string, string> = {};

// Sends a new verification link; the answer is the same whether or not the address has an unverified account.
export const actions = {
  default: async (event) => {
    const email = String((await event.request.formData()).get('email') ?? '');
    const parsed = verificationResendInputSchema.safeParse({ email });
    if (!parsed.success) return fail(400, { email, errors: fieldErrors(parsed.error), message: null });
    const outcome = await resendVerification(parsed.data.email, event.getClientAddress(), linkOrigin(event));
    if (!outcome.ok) {
      const message = `Too many links asked for. Try again in ${Math.ceil(outcome.retryAfterSeconds / 60)} min.`;
      return fail(429, { email, errors: noErrors, message });
    }
    return { email: parsed.data.email, resent: true };
  },
} satisfies Actions;
