import type { RequestEvent } from '@sveltejs/kit';
import twilio from 'twilio';
import type { z } from 'zod';
import { readLimitedText } from '../api/body.ts';
import { validationFailed } from '../api/errors.ts';
import { config } from '../config.ts';
import { log } from '../logger.ts';
import { fieldErrors } from '../zod-fields.ts';
import { publicRequestUrl } from './public-url.ts';

/** Largest webhook body read: Twilio's parameters with a 1,600-character message fit many times over. */
export const TWILIO_WEBHOOK_MAX_BYTES = 64 * 1024;

const WEBHOOK_PATHS = new Set(['/webhooks/twilio/inbound', '/webhooks/twilio/status']);

/**
 * Twilio's webhooks post forms from Twilio's servers with no Origin and no session: the app's
 * cross-site form check and sign-in do not apply, and the signature is their whole protection.
 */
export function isTwilioWebhook(pathname: string): boolean {
  return WEBHOOK_PATHS.has(pathname);
}

export type TwilioParams = Record<string, string | string[]>;

// A repeated name keeps every value: the signature covers them all.
function formParams(body: string): TwilioParams {
  const params: TwilioParams = {};
  for (const [name, value] of new URLSearchParams(body)) {
    const seen = params[name];
    if (seen === undefined) params[name] = value;
    else params[name] = Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return params;
}

const isForm = (request: Request) =>
  request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';

/**
 * The webhook's parameters when `X-Twilio-Signature` proves Twilio sent exactly this body to
 * exactly this public URL (HMAC-SHA1 with TWILIO_AUTH_TOKEN, checked by the official SDK), else
 * null (the caller answers 403 and does nothing else). Unset TWILIO_AUTH_TOKEN refuses every
 * request. Throws the API's 413 for a body over TWILIO_WEBHOOK_MAX_BYTES.
 */
export async function verifiedTwilioParams(event: RequestEvent): Promise<TwilioParams | null> {
  const refuse = (reason: string) => {
    log().warn({ path: event.url.pathname, requestId: event.locals.requestId, reason }, 'Twilio webhook refused');
    return null;
  };
  const token = config().TWILIO_AUTH_TOKEN;
  if (!token) return refuse('TWILIO_AUTH_TOKEN is not set');
  const signature = event.request.headers.get('x-twilio-signature');
  if (!signature) return refuse('no X-Twilio-Signature header');
  if (!isForm(event.request)) return refuse('not a form post');
  const params = formParams(await readLimitedText(event.request, TWILIO_WEBHOOK_MAX_BYTES));
  if (!twilio.validateRequest(token, signature, publicRequestUrl(event.url), params)) {
    return refuse('the signature does not match the body and public URL (is PUBLIC_APP_URL the address Twilio calls?)');
  }
  return params;
}

/** Signed parameters read through a schema; the API's 400 naming each bad parameter otherwise. */
export function readTwilioParams<S extends z.ZodType>(params: TwilioParams, schema: S): z.output<S> {
  const result = schema.safeParse(params);
  if (!result.success) throw validationFailed(fieldErrors(result.error));
  return result.data;
}

export const forbidden = () => new Response('Forbidden: not a request signed by Twilio for this address\n', {
  status: 403,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
});
