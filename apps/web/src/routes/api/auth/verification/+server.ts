import { linkOrigin } from '$lib/server/request-origin.ts';
import { verificationResendInputSchema } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import { readJson } from '$lib/server/api/body.ts';
import { rateLimited } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { resendVerification } from '$lib/server/auth/email-verification.ts';
import { verificationSentBody } from '$lib/server/auth/sign-up.ts';
import { outboxDirectory } from '$lib/server/mail/mailer.ts';
import type { RequestHandler } from './$types';

// Sends a new verification link when the address has an unverified account; answers the same either way.
export const POST: RequestHandler = api(async (event) => {
  const { email } = await readJson(event.request, verificationResendInputSchema);
  const outcome = await resendVerification(email, event.getClientAddress(), linkOrigin(event));
  if (!outcome.ok) throw rateLimited(outcome.retryAfterSeconds);
  return json(verificationSentBody(outboxDirectory()), { status: 202 });
});
