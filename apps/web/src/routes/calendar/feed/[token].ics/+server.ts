import { calendarFeedResponse } from '$lib/server/calendar-feed/feed-response.ts';
import { config } from '$lib/server/config.ts';
import { linkOrigin } from '$lib/server/request-origin.ts';
import type { RequestHandler } from './$types';

// Public: calendar apps fetch it with no session; the secret token in the path is the credential.
export const GET: RequestHandler = async (event) =>
  calendarFeedResponse(event.request, event.params.token, event.getClientAddress(), {
    uidHost: new URL(config().PUBLIC_APP_URL).hostname,
    origin: linkOrigin(event),
  });
