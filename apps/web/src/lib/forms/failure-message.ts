import type { ActionResult } from '@sveltejs/kit';

type ErrorResult = Extract<ActionResult, { type: 'error' }>;

/**
 * What to tell the person when a form post ended in an `error` result. SvelteKit makes one both
 * from an error answer (it then sets `status`) and from a fetch that threw (network down, or an
 * answer that was not an ActionResult, such as a proxy's error page).
 */
export function failureMessage(result: ErrorResult): string {
  const { status, error } = result as ErrorResult & { status?: number };
  if (status === undefined) {
    return error instanceof TypeError
      ? 'Could not reach the server. Check the connection and try again; what you entered is still here.'
      : 'The server sent an answer this page cannot read. Try again, or reload the page.';
  }
  if (status >= 500) return `The server could not complete this (error ${status}). Try again in a moment; what you entered is still here.`;
  const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : '';
  return message || `The server refused this (error ${status}).`;
}
