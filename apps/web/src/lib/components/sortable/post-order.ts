import { applyAction, deserialize } from '$app/forms';
import { invalidateAll } from '$app/navigation';
import { failureMessage } from '$lib/forms/failure-message.ts';
import { formError } from '$lib/state/form-error.svelte.ts';

/**
 * Posts `ids` (in their new order) to a form action of the current page, the same action the
 * no-JavaScript move buttons use. True once saved and the page data refetched; on a refusal the
 * action's result is applied (its toast shows, a lapsed session goes to sign-in) and it is false;
 * an error (refused, server error, network) shows in the page alert, as for enhanced forms.
 */
export async function postOrder(action: string, ids: string[]): Promise<boolean> {
  const body = new FormData();
  for (const id of ids) body.append('ids', id);
  try {
    const response = await fetch(`?/${action}`, {
      method: 'POST',
      body,
      headers: { accept: 'application/json', 'x-sveltekit-action': 'true' },
    });
    const result = deserialize(await response.text());
    if (result.type === 'success') {
      await invalidateAll();
      return true;
    }
    if (result.type === 'failure' || result.type === 'redirect') await applyAction(result);
    if (result.type === 'error') formError.message = failureMessage({ ...result, status: response.status });
    return false;
  } catch (error) {
    formError.message = failureMessage({ type: 'error', error });
    return false;
  }
}
