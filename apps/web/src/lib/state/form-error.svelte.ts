/**
 * The message of the last form submission that failed without an answer the form itself shows
 * (refused, server error, network down). Only ever set in the browser, by $lib/forms/enhance.ts.
 */
class FormErrorState {
  message = $state<string | null>(null);
}

export const formError = new FormErrorState();
