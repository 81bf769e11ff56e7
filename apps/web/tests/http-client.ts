import { randomInt, randomUUID } from 'node:crypto';
import { VERIFICATION_SUBJECT, verificationPath, waitForMail } from './outbox.ts';
import { outboxOf } from './web-server.ts';

/** The API's error body. */
export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * A browser-like client for the API: keeps the session cookie and sends this origin's
 * Origin header, as a same-origin fetch would. `bearer` switches to a personal access token.
 */
export class HttpClient {
  readonly origin: string;
  cookie: string | null = null;
  bearer: string | null = null;
  /** The client address the server sees (test servers read X-Forwarded-For), so rate limits per address stay per client. */
  ip = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

  constructor(origin: string) {
    this.origin = origin;
  }

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: { json?: unknown; form?: Record<string, string | string[]>; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { origin: this.origin, 'x-forwarded-for': this.ip, ...options.headers };
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    else if (this.cookie) headers.cookie = this.cookie;
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      // As a browser without JavaScript posts a form (SvelteKit answers JSON to */*).
      headers.accept ??= 'text/html';
      const form = new URLSearchParams();
      for (const [name, value] of Object.entries(options.form)) {
        for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
      }
      body = form.toString();
    }
    const response = await fetch(`${this.origin}${path}`, { method, headers, body, redirect: 'manual' });
    for (const setCookie of response.headers.getSetCookie()) {
      const match = /^ordo_session=([^;]*)/.exec(setCookie);
      if (match) this.cookie = match[1] ? `ordo_session=${match[1]}` : null;
    }
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('json');
    return { status: response.status, headers: response.headers, body: (isJson && text ? JSON.parse(text) : text) as T };
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = Record<string, unknown>>(path: string, json?: unknown) {
    return this.request<T>('POST', path, json === undefined ? {} : { json });
  }
  patch<T = Record<string, unknown>>(path: string, json: unknown) {
    return this.request<T>('PATCH', path, { json });
  }
  delete<T = Record<string, unknown>>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

export const TEST_PASSWORD = 'correct horse battery staple';

/** Follows the verification link mailed to the client's address (to the test server's outbox), which signs it in. */
export async function verifyByMail(client: HttpClient, email: string): Promise<void> {
  const mail = await waitForMail(outboxOf(client.origin), { to: email, subject: VERIFICATION_SUBJECT });
  const verified = await client.request('POST', verificationPath(mail), { form: {} });
  if (verified.status !== 303 || !client.cookie) throw new Error(`verification failed: ${verified.status}`);
}

/**
 * A new account through the API, signed in (and onboarded, unless told otherwise): the server's
 * first account is signed in at once, later ones through the verification link in the outbox.
 */
export async function signedUpClient(origin: string, options: { onboard?: boolean } = {}): Promise<HttpClient & { email: string }> {
  const client = new HttpClient(origin) as HttpClient & { email: string };
  client.email = `user-${randomUUID()}@example.test`;
  const signedUp = await client.post('/api/auth/signup', { email: client.email, password: TEST_PASSWORD });
  if (signedUp.status === 202) await verifyByMail(client, client.email);
  else if (signedUp.status !== 201) throw new Error(`sign-up failed: ${signedUp.status} ${JSON.stringify(signedUp.body)}`);
  if (options.onboard !== false) {
    const onboarded = await client.request('POST', '/onboarding', {
      form: { name: 'Test User', timezone: 'Europe/Paris', start: '09:00', end: '17:00', days: ['1', '2', '3', '4', '5'] },
    });
    if (onboarded.status !== 303) throw new Error(`onboarding failed: ${onboarded.status}`);
  }
  return client;
}
