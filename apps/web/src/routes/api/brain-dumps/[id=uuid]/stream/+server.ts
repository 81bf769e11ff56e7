import { notFound } from '$lib/server/api/errors.ts';
import { api } from '$lib/server/api/handler.ts';
import { requireApiUser } from '$lib/server/auth/guard.ts';
import { openDraftStream, SSE_HEADERS } from '$lib/server/brain-dumps/index.ts';
import type { RequestHandler } from './$types';

// Server-Sent Events of the dump's draft: status, operation, usage, then done or error. The draft
// runs while a stream watches it; closing the last stream aborts it (and the model call).
export const GET: RequestHandler = api(async ({ locals, params, request }) => {
  const user = requireApiUser(locals);
  const stream = await openDraftStream(user, params.id, request.headers.get('last-event-id'));
  if (!stream) throw notFound('brain dump');
  return new Response(stream, { headers: SSE_HEADERS });
});
