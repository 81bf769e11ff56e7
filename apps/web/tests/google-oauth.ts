import { randomBytes } from 'node:crypto';
import type { GoogleFake } from '@ordo/google/testing';
import { HttpClient } from './http-client.ts';

/** A fixed ENCRYPTION_KEY for the test server, so tests can open what it sealed. */
export const TEST_ENCRYPTION_KEY = randomBytes(32).toString('hex');

/** Env pointing the built app at a Google fake (add PER_CLIENT_ADDRESS for HttpClient tests). */
export function googleEnv(fake: GoogleFake): Record<string, string> {
  return {
    ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
    GOOGLE_API_BASE_URL: fake.url,
    PUBLIC_GOOGLE_CLIENT_ID: fake.clientId,
    GOOGLE_CLIENT_SECRET: fake.clientSecret,
  };
}

export interface Answer {
  status: number;
  location: string | null;
  body: string;
}

/**
 * A browser for OAuth round trips: the HttpClient's session cookie plus the Google flow cookies
 * the app sets (HttpClient keeps only the session), and redirects followed by hand so each hop can
 * be checked.
 */
export class OAuthBrowser {
  readonly client: HttpClient;
  readonly flowCookies = new Map<string, string>();

  constructor(client: HttpClient) {
    this.client = client;
  }

  static fresh(origin: string): OAuthBrowser {
    return new OAuthBrowser(new HttpClient(origin));
  }

  async request(method: 'GET' | 'POST', path: string, form?: Record<string, string | string[]>): Promise<Answer> {
    const cookies = [this.client.cookie, ...[...this.flowCookies].map(([name, value]) => `${name}=${value}`)].filter(Boolean);
    const headers: Record<string, string> = { origin: this.client.origin, 'x-forwarded-for': this.client.ip, accept: 'text/html' };
    if (cookies.length > 0) headers.cookie = cookies.join('; ');
    let body: string | undefined;
    if (form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      const data = new URLSearchParams();
      for (const [name, value] of Object.entries(form)) for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
      body = data.toString();
    }
    const response = await fetch(`${this.client.origin}${path}`, { method, headers, body, redirect: 'manual' });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = setCookie.split(';');
      const [name = '', value = ''] = pair.split('=');
      const gone = value === '' || attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (name === 'ordo_session') this.client.cookie = gone ? null : `ordo_session=${value}`;
      else if (gone) this.flowCookies.delete(name);
      else this.flowCookies.set(name, value);
    }
    return { status: response.status, location: response.headers.get('location'), body: await response.text() };
  }

  /** Follows Google's consent (the fake consents at once) to the callback URL it redirects to. */
  static async consent(authorizationUrl: string): Promise<string> {
    const answer = await fetch(authorizationUrl, { redirect: 'manual' });
    const location = answer.headers.get('location');
    if (answer.status !== 302 || !location) throw new Error(`the fake did not consent: ${answer.status} ${await answer.text()}`);
    return location;
  }

  /** Calls the app's callback with the URL Google redirected to. */
  callback(callbackUrl: string): Promise<Answer> {
    const url = new URL(callbackUrl);
    return this.request('GET', `${url.pathname}${url.search}`);
  }

  /** Starts a flow (`/auth/google/sign-in` or `/auth/google/connect`) and returns the authorization URL. */
  async start(path: '/auth/google/sign-in' | '/auth/google/connect', form: Record<string, string> = {}): Promise<string> {
    const started = await this.request('POST', path, form);
    if (started.status !== 303 || !started.location) throw new Error(`start failed: ${started.status} ${started.body.slice(0, 300)}`);
    return started.location;
  }

  /** A whole round trip: start, consent, callback; returns the callback's answer and the URL used. */
  async roundTrip(path: '/auth/google/sign-in' | '/auth/google/connect', form: Record<string, string> = {}): Promise<Answer & { callbackUrl: string }> {
    const callbackUrl = await OAuthBrowser.consent(await this.start(path, form));
    return { ...(await this.callback(callbackUrl)), callbackUrl };
  }
}
