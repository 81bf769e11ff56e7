import { config } from './config.ts';

/**
 * Whether people reach the app over https, judged from the configured PUBLIC_APP_URL (not
 * NODE_ENV, which deployments often leave unset). The session cookie's Secure flag and HSTS
 * follow it; a plain-http LAN install gets neither, or its browsers could not keep the cookie.
 */
export function servedOverHttps(): boolean {
  return new URL(config().PUBLIC_APP_URL).protocol === 'https:';
}
