import { ApiError } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { SSE_HEADERS, changeStream } from '$lib/server/events/change-stream.ts';
import { changeHub } from '$lib/server/events/index.ts';
import type { RequestHandler } from './$types';

// Each stream holds a socket; a user with more tabs than this is more likely a runaway script.
const MAX_STREAMS_PER_USER = 20;

// Server-Sent Events: the signed-in user's changes to projects, tasks and jobs, as row ids
// (the page refetches through RLS). EventSource resends the last id it saw on reconnect.
export const GET = api(async ({ locals, request }) => {
  const user = requireApiUser(locals);
  const hub = await changeHub();
  if (hub.streamCount(user.id) >= MAX_STREAMS_PER_USER) {
    throw new ApiError(429, 'rate_limited', `at most ${MAX_STREAMS_PER_USER} live streams per user`, {
      headers: { 'retry-after': '30' },
    });
  }
  const credentialId = locals.session?.id;
  const stream = changeStream(hub, user.id, request.headers.get('last-event-id'), credentialId ? { credentialId } : {});
  return new Response(stream, { headers: SSE_HEADERS });
}) satisfies RequestHandler;
