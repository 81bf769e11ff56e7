import type { RequestEvent } from '@sveltejs/kit';
import { config } from './config.ts';
import { log } from './logger.ts';
import { isThisMachine, thisMachineOrigin } from './this-machine.ts';

const FORM_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function parseOrigin(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Whether a browser request sent with this `Origin` comes from the app itself. With PUBLIC_APP_URL
 * set, only that origin (or adapter-node's ORIGIN) is the app. Without it, the app is wherever the
 * person reached it (localhost, a LAN address, a hostname, any port): the Origin must name the
 * same host and port the request was sent to. A page on another site has another origin either way.
 */
export function isOwnOrigin(event: RequestEvent, origin: string): boolean {
  if (origin === event.url.origin) return true;
  const env = config();
  if (env.PUBLIC_APP_URL_IS_SET) return origin === new URL(env.PUBLIC_APP_URL).origin;
  return parseOrigin(origin)?.host === event.url.host;
}

/**
 * The origin absolute links to this app should use: PUBLIC_APP_URL when set, else the address the
 * request was sent to, with the browser's scheme (adapter-node itself serves plain http), provided
 * it names this machine. A request can claim any Host: a reset asked for with `Host: evil.example`
 * must not mail the account's owner a link that hands the token to evil.example.
 */
export function linkOrigin(event: RequestEvent): string {
  const env = config();
  if (env.PUBLIC_APP_URL_IS_SET) return new URL(env.PUBLIC_APP_URL).origin;
  if (!isThisMachine(event.url.hostname)) {
    log().warn({ host: event.url.host }, 'a request named a host that is not this machine; links use its own address (set PUBLIC_APP_URL)');
    return thisMachineOrigin(env.PORT);
  }
  const sent = parseOrigin(event.request.headers.get('origin') ?? '');
  const scheme = sent && sent.host === event.url.host ? sent.protocol : 'http:';
  return `${scheme}//${event.url.host}`;
}

/** The address people must use when the operator set one; for the page to point them there. */
export function configuredAppUrl(): string | null {
  const env = config();
  return env.PUBLIC_APP_URL_IS_SET ? new URL(env.PUBLIC_APP_URL).origin : null;
}

export function isFormSubmission(request: Request): boolean {
  if (!UNSAFE_METHODS.has(request.method)) return false;
  const type = request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return FORM_CONTENT_TYPES.includes(type);
}

/**
 * Why a form submission is refused as cross-site, in words for the person, or null when it is
 * accepted. Replaces SvelteKit's own origin check (turned off in svelte.config.js), which only
 * knew one fixed origin and so refused the app's own forms reached by 127.0.0.1 or a LAN address.
 */
export function formOriginProblem(event: RequestEvent): string | null {
  if (!isFormSubmission(event.request)) return null;
  const origin = event.request.headers.get('origin');
  if (origin !== null && isOwnOrigin(event, origin)) return null;
  const configured = configuredAppUrl();
  if (configured) {
    return `This Ordo server is configured for ${configured} (PUBLIC_APP_URL), but this page was opened at ${origin ?? 'another address'}. Open ${configured} instead, or change PUBLIC_APP_URL.`;
  }
  return `This form was sent from ${origin ?? 'an unknown page'}, not from this server (${event.url.host}), and was refused. If Ordo runs behind a proxy that changes the Host header, set PUBLIC_APP_URL to its public address.`;
}
