import type { TaskReminderPatch } from '@ordo/shared-types';
import { editFieldOf } from './reminder-patch.ts';

export type SaveReminderResult = { ok: true } | { ok: false; errors: Record<string, string>; message: string | null };

/**
 * Changes a reminder through the JSON API as the signed-in person (PATCH
 * /api/tasks/:id/reminders/:reminderId). A refusal comes back with each problem at the edit
 * form's field, and the message for what no field explains.
 */
export async function saveReminder(taskId: string, reminderId: string, patch: TaskReminderPatch, fetcher: typeof fetch = fetch): Promise<SaveReminderResult> {
  let response: Response;
  try {
    response = await fetcher(`/api/tasks/${taskId}/reminders/${reminderId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(patch),
    });
  } catch {
    return { ok: false, errors: {}, message: 'The reminder could not be saved: check your connection' };
  }
  if (response.ok) return { ok: true };
  const answer = (await response.json().catch(() => null)) as { error?: { message?: string; fields?: Record<string, string> } } | null;
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(answer?.error?.fields ?? {})) errors[editFieldOf(field)] ??= message;
  if (Object.keys(errors).length > 0) return { ok: false, errors, message: null };
  if (response.status === 404) return { ok: false, errors, message: 'That reminder no longer exists.' };
  return { ok: false, errors, message: answer?.error?.message ?? `The reminder could not be saved (the server answered ${response.status})` };
}
