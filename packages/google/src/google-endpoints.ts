import type { Env } from '@ordo/config';

/** Where each Google service answers; GOOGLE_API_BASE_URL puts them all on one origin. */
export interface GoogleEndpoints {
  /** The consent screen the browser is sent to. */
  authUrl: string;
  tokenUrl: string;
  revokeUrl: string;
  tokenInfoUrl: string;
  /** Certificates that sign ID tokens (PEM and JWK forms). */
  pemCertsUrl: string;
  jwkCertsUrl: string;
  /** Origin of the REST APIs (googleapis' `rootUrl`; paths such as /calendar/v3 are kept). */
  apiRoot: string;
  /** Issuers an ID token may name. */
  issuers: string[];
}

const GOOGLE: GoogleEndpoints = {
  authUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
  tokenUrl: 'https://oauth2.googleapis.com/token',
  revokeUrl: 'https://oauth2.googleapis.com/revoke',
  tokenInfoUrl: 'https://oauth2.googleapis.com/tokeninfo',
  pemCertsUrl: 'https://www.googleapis.com/oauth2/v1/certs',
  jwkCertsUrl: 'https://www.googleapis.com/oauth2/v3/certs',
  apiRoot: 'https://www.googleapis.com/',
  issuers: ['accounts.google.com', 'https://accounts.google.com'],
};

export function googleEndpoints(env: Pick<Env, 'GOOGLE_API_BASE_URL'>): GoogleEndpoints {
  if (env.GOOGLE_API_BASE_URL === undefined) return GOOGLE;
  const origin = new URL(env.GOOGLE_API_BASE_URL).origin;
  return {
    authUrl: `${origin}/o/oauth2/v2/auth`,
    tokenUrl: `${origin}/token`,
    revokeUrl: `${origin}/revoke`,
    tokenInfoUrl: `${origin}/tokeninfo`,
    pemCertsUrl: `${origin}/oauth2/v1/certs`,
    jwkCertsUrl: `${origin}/oauth2/v3/certs`,
    apiRoot: `${origin}/`,
    issuers: [origin],
  };
}
