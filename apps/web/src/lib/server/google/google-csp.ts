import { googleEndpoints } from '@ordo/google';
import { config } from '../config.ts';

let consentOrigin: string | null | undefined;

/**
 * "Sign in with Google" and "Connect Google Calendar" post to Ordo, which answers with a redirect
 * to Google's consent screen. Browsers hold that redirect to the page's CSP `form-action`, so with
 * Google configured its authorization origin (and only that) is added there.
 */
export function allowGoogleConsentRedirect(response: Response): void {
  if (consentOrigin === undefined) {
    const env = config();
    consentOrigin = env.GOOGLE_ENABLED ? new URL(googleEndpoints(env).authUrl).origin : null;
  }
  const csp = response.headers.get('content-security-policy');
  if (!consentOrigin || !csp?.includes("form-action 'self'")) return;
  response.headers.set('content-security-policy', csp.replace("form-action 'self'", `form-action 'self' ${consentOrigin}`));
}
