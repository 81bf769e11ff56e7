import type { RequestEvent } from '@sveltejs/kit';
import { isFormSubmission } from './request-origin.ts';

/**
 * Why a page's form post is refused for holding U+0000, or null. PostgreSQL text cannot store it,
 * so it would reach the database as a 500 from whichever action read the field; checked once here
 * for every form action (the JSON API checks its bodies itself). Reads a clone: the action still
 * gets the body.
 */
export async function formNulProblem(event: RequestEvent): Promise<string | null> {
  if (event.url.pathname.startsWith('/api/') || !isFormSubmission(event.request)) return null;
  const form = await event.request
    .clone()
    .formData()
    .catch(() => null);
  if (!form) return null;
  const fields = new Set<string>();
  for (const [name, value] of form) {
    if (name.includes('\u0000') || (typeof value === 'string' && value.includes('\u0000'))) fields.add(name.replaceAll('\u0000', ''));
  }
  if (fields.size === 0) return null;
  return `Remove the invisible NUL character from ${[...fields].join(', ')}: it cannot be saved.`;
}
