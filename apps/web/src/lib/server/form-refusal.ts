import { json, type RequestEvent } from '@sveltejs/kit';
import { ApiError } from './api/errors.ts';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * A refused form submission, answered so each kind of sender can show why: an enhanced form
 * (`use:enhance` sends x-sveltekit-action) gets an `error` ActionResult its fallback displays,
 * the JSON API its error format, and a plain browser post a small page with the explanation.
 */
export function formRefusal(event: RequestEvent, status: number, message: string): Response {
  const headers = { 'cache-control': 'no-store' };
  if (event.request.headers.get('x-sveltekit-action') === 'true') {
    return json({ type: 'error', error: { message } }, { status, headers });
  }
  if (event.url.pathname.startsWith('/api/')) return new ApiError(status, 'forbidden', message).toResponse();
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Form refused · Ordo</title></head><body><main><h1>This form was refused</h1><p>${escapeHtml(message)}</p></main></body></html>`;
  return new Response(page, { status, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
}
