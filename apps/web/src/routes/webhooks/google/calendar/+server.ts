import { api } from '$lib/server/api/handler.ts';
import { handleCalendarPush } from '$lib/server/google/calendar-push.ts';
import type { RequestHandler } from './$types';

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

// Google Calendar push notifications (events.watch channels): verify the channel, enqueue a sync, answer.
export const POST: RequestHandler = api(async (event) => {
  const outcome = await handleCalendarPush(event.request.headers, event.locals.requestId);
  if (outcome === 'refused') return plain(403, 'Forbidden: not a live channel of this server');
  if (outcome === 'limited') return plain(429, 'Too many notifications for this channel');
  return plain(200, 'OK');
});
