import type { SubmitFunction } from '@sveltejs/kit';

/**
 * An enhance callback that reports the submission in flight through `setPending` (to disable the
 * submit button) and keeps the form's values when the action answers, as a failed sign-in should.
 */
export function pendingSubmit(setPending: (pending: boolean) => void): SubmitFunction {
  return () => {
    setPending(true);
    return async ({ update }) => {
      await update({ reset: false });
      setPending(false);
    };
  };
}
