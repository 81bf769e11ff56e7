import { enhance as kitEnhance } from '$app/forms';
import type { SubmitFunction } from '@sveltejs/kit';
import { formError } from '$lib/state/form-error.svelte.ts';
import { failureMessage } from './failure-message.ts';

/**
 * SvelteKit's `use:enhance` with one fallback for every form: an `error` result (refused post,
 * server error, network failure) shows its message in the page's alert instead of replacing the
 * page with an error page, so the form and what was typed stay. Use it in place of $app/forms'.
 */
export function enhance(form: HTMLFormElement, submit: SubmitFunction = () => {}) {
  return kitEnhance(form, async (input) => {
    formError.message = null;
    const after = await submit(input);
    return async (options) => {
      if (options.result.type === 'error') {
        formError.message = failureMessage(options.result);
        // The form's own callback still learns the post is over (to re-enable its button),
        // but its update() must not render SvelteKit's error page.
        await after?.({ ...options, update: async () => {} });
        return;
      }
      if (after) await after(options);
      else await options.update();
    };
  });
}
