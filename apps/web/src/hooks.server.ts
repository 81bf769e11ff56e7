import { randomUUID } from 'node:crypto';
import { parserNodeOptionWarning, prepareOfflineParser } from '@ordo/ai-pipeline';
import { whenParentExits } from '@ordo/config';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { apiRequestProblem } from '$lib/server/api/request-guards.ts';
import { authenticate } from '$lib/server/auth/authenticate.ts';
import { isUnsubscribePost } from '$lib/server/auth/unsubscribe.ts';
import { allowStripeHostedRedirect } from '$lib/server/billing/stripe-csp.ts';
import { isStripeWebhook } from '$lib/server/billing/stripe-webhook.ts';
import { draftProvider } from '$lib/server/brain-dumps/draft-run.ts';
import { config } from '$lib/server/config.ts';
import { servedOverHttps } from '$lib/server/https.ts';
import { log } from '$lib/server/logger.ts';
import { formNulProblem } from '$lib/server/form-nul.ts';
import { isCalendarPush } from '$lib/server/google/calendar-push.ts';
import { formRefusal } from '$lib/server/form-refusal.ts';
import { allowGoogleConsentRedirect } from '$lib/server/google/google-csp.ts';
import { redactPath } from '$lib/server/redact-path.ts';
import { formOriginProblem } from '$lib/server/request-origin.ts';
import { securityHeaders } from '$lib/server/security-headers.ts';
import { stopInOrderOnShutdown } from '$lib/server/shutdown.ts';
import { isTwilioWebhook } from '$lib/server/twilio/webhook-request.ts';

export const init: ServerInit = async () => {
  // Fail at boot, with every problem listed, rather than on the first request.
  const env = config();
  log().info({ port: env.PORT }, 'web server starting');
  stopInOrderOnShutdown();
  // adapter-node shuts down gracefully on SIGTERM.
  whenParentExits(env.ORDO_PARENT_PID, () => process.kill(process.pid, 'SIGTERM'));
  // The offline parser drafts on this thread: its word lists and date readers load before the first request, not in it.
  if (draftProvider() === 'offline') {
    prepareOfflineParser();
    const warning = parserNodeOptionWarning(process.execArgv);
    if (warning && env.NODE_ENV === 'production') log().warn(warning);
  }
};

// The same for every response, so built once (config() is validated at boot by init).
let responseHeaders: [string, string][] | undefined;

function finish(response: Response, requestId: string): Response {
  responseHeaders ??= securityHeaders(servedOverHttps());
  for (const [name, value] of responseHeaders) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  response.headers.set('x-request-id', requestId);
  allowGoogleConsentRedirect(response);
  allowStripeHostedRedirect(response);
  return response;
}

export const handle: Handle = async ({ event, resolve }) => {
  const incoming = event.request.headers.get('x-request-id');
  event.locals.requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();

  // Twilio posts forms from its servers with no Origin and no session: the route checks the
  // signature before anything else, and nothing here (origin, sign-in, form checks) applies.
  if (isTwilioWebhook(event.url.pathname)) return finish(await resolve(event), event.locals.requestId);
  // Google's calendar push likewise: no session, no Origin; the route checks the channel token first.
  if (isCalendarPush(event.url.pathname)) return finish(await resolve(event), event.locals.requestId);
  // Stripe's webhook likewise: JSON from Stripe's servers; the route verifies the signature first.
  if (isStripeWebhook(event.url.pathname)) return finish(await resolve(event), event.locals.requestId);

  // An unsubscribe link's POST comes from mail providers too (RFC 8058), with no Origin: its token authenticates it.
  const crossSite = isUnsubscribePost(event.request, event.url.pathname) ? null : formOriginProblem(event);
  if (crossSite) return finish(formRefusal(event, 403, crossSite), event.locals.requestId);

  const refused = await authenticate(event);
  if (refused) return finish(refused.toResponse(), event.locals.requestId);

  const nul = await formNulProblem(event);
  if (nul) return finish(formRefusal(event, 400, nul), event.locals.requestId);

  if (event.url.pathname.startsWith('/api/')) {
    const problem = apiRequestProblem(event);
    if (problem) return finish(problem.toResponse(), event.locals.requestId);
  }

  return finish(await resolve(event), event.locals.requestId);
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status >= 500) log().error({ err: error, requestId: event.locals.requestId, path: redactPath(event.url.pathname) }, 'request failed');
  return { message, requestId: event.locals.requestId };
};
