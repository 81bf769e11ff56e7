import { passwordSchema } from '@ordo/shared-types';
import { fail, redirect } from '@sveltejs/kit';
import { resetPassword, resetTokenIsValid } from '$lib/server/auth/password-reset.ts';
import { tooManyAttempts } from '$lib/server/auth/rate-limits.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ params }) => ({ valid: await resetTokenIsValid(params.token) })) satisfies PageServerLoad;

export const actions = {
  default: async ({ params, request, getClientAddress }) => {
    const data = await request.formData();
    const password = String(data.get('password') ?? '');
    const parsed = passwordSchema.safeParse(password);
    if (!parsed.success) return fail(400, { errors: { password: parsed.error.issues[0]?.message ?? 'Choose another password' } });
    if (password !== String(data.get('confirm_password') ?? '')) {
      return fail(400, { errors: { confirm_password: 'Does not match the new password' } });
    }
    const outcome = await resetPassword(params.token, parsed.data, getClientAddress());
    if (!outcome.ok) {
      if (outcome.reason === 'rate_limited') {
        return fail(429, { errors: { password: tooManyAttempts(outcome.retryAfterSeconds) } });
      }
      return fail(410, { errors: { password: 'This link has expired or was already used. Ask for a new one.' } });
    }
    redirect(303, '/login?reset=done');
  },
} satisfies Actions;
