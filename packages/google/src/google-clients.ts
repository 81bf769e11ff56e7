import type { Env } from '@ordo/config';
import type { OAuth2Client } from 'google-auth-library';
import type { calendar_v3 } from 'googleapis';
import { type GoogleEndpoints, googleEndpoints } from './google-endpoints.ts';

/** The OAuth client Ordo is registered as, and where Google answers. */
export interface GoogleConfig {
  clientId: string;
  clientSecret: string;
  endpoints: GoogleEndpoints;
}

/** Undefined when Google is not configured: callers then show and do nothing Google. */
export function googleConfig(
  env: Pick<Env, 'PUBLIC_GOOGLE_CLIENT_ID' | 'GOOGLE_CLIENT_SECRET' | 'GOOGLE_API_BASE_URL'>,
): GoogleConfig | undefined {
  if (env.PUBLIC_GOOGLE_CLIENT_ID === undefined || env.GOOGLE_CLIENT_SECRET === undefined) return undefined;
  return { clientId: env.PUBLIC_GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET, endpoints: googleEndpoints(env) };
}

// googleapis takes about a second to load: only processes that talk to Google pay for it, once.
let googleapis: Promise<typeof import('googleapis')> | undefined;
function loadGoogleapis(): Promise<typeof import('googleapis')> {
  googleapis ??= import('googleapis');
  return googleapis;
}

export async function createOAuthClient(config: GoogleConfig, redirectUri?: string): Promise<OAuth2Client> {
  const { google } = await loadGoogleapis();
  const { endpoints } = config;
  return new google.auth.OAuth2({
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    ...(redirectUri === undefined ? {} : { redirectUri }),
    endpoints: {
      oauth2AuthBaseUrl: endpoints.authUrl,
      oauth2TokenUrl: endpoints.tokenUrl,
      oauth2RevokeUrl: endpoints.revokeUrl,
      tokenInfoUrl: endpoints.tokenInfoUrl,
      oauth2FederatedSignonPemCertsUrl: endpoints.pemCertsUrl,
      oauth2FederatedSignonJwkCertsUrl: endpoints.jwkCertsUrl,
    },
    issuers: endpoints.issuers,
  });
}

/** Calendar v3 over an authorised client. */
export async function calendarApi(config: GoogleConfig, auth: OAuth2Client): Promise<calendar_v3.Calendar> {
  const { google } = await loadGoogleapis();
  return google.calendar({ version: 'v3', auth, rootUrl: config.endpoints.apiRoot });
}
