import type { SignUpInput, VerificationSent } from '@ordo/shared-types';
import type { RequestEvent } from '@sveltejs/kit';
import { log } from '../logger.ts';
import { mailer, outboxDirectory } from '../mail/mailer.ts';
import { linkOrigin } from '../request-origin.ts';
import { signUpAttemptMail } from '../mail/sign-up-attempt-mail.ts';
import { signUp } from './accounts.ts';
import { mailVerificationLink } from './email-verification.ts';
import { limitAuthAttempt } from './rate-limits.ts';
import { startSession } from './sign-in.ts';

export type SignUpOutcome =
  /** The owner's account on a local install: verified at once and signed in. */
  | { ok: true; signedIn: true; userId: string }
  /**
   * "Check your email", for a new address and a taken one alike, so the answer does not tell
   * which addresses have accounts. outbox is where the mail is when it is not delivered.
   */
  | { ok: true; signedIn: false; outbox: string | null }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/** The API's "check your email" answer (sign-up and re-sending a link). */
export function verificationSentBody(outbox: string | null): VerificationSent {
  const message = 'Check your email: follow the link in it to verify the address and sign in.';
  return outbox
    ? { status: 'verification_sent', message: `${message} This server sends no mail: the message is an .eml file in ${outbox}.`, outbox }
    : { status: 'verification_sent', message };
}

function mailSignUpAttempt(email: string, appUrl: string): void {
  const links = { signIn: new URL('/login', appUrl).href, resetPassword: new URL('/reset-password', appUrl).href };
  mailer()
    .send(signUpAttemptMail(email, links))
    .catch((error: unknown) => log().error({ err: error }, 'sign-up attempt mail failed'));
}

/**
 * Creates the account and mails a link to verify its address (or, for a taken address, tells
 * its owner that someone tried); the owner's first account on a local install is signed in at
 * once. Pages and the API share this.
 */
export async function signUpWithPassword(event: RequestEvent, input: SignUpInput): Promise<SignUpOutcome> {
  const retryAfterSeconds = await limitAuthAttempt('sign_up', { address: event.getClientAddress(), account: input.email });
  if (retryAfterSeconds !== null) return { ok: false, reason: 'rate_limited', retryAfterSeconds };
  const outbox = outboxDirectory();
  const appOrigin = linkOrigin(event);
  const result = await signUp(input, { mailIsDelivered: outbox === null });
  if (!result.created) {
    mailSignUpAttempt(result.email, appOrigin);
  } else if (result.verificationToken === null) {
    await startSession(event, result.userId);
    return { ok: true, signedIn: true, userId: result.userId };
  } else {
    mailVerificationLink(result.email, result.verificationToken, appOrigin);
  }
  return { ok: true, signedIn: false, outbox };
}
