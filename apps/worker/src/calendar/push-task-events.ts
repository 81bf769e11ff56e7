import { calendarApi, connectionAuth, type GoogleDeps } from '@ordo/google';
import { deleteTaskEvent, insertTaskEvent, patchTaskEvent, type TaskEventContext } from './google-event-calls.ts';
import { lockTaskEvents } from './task-event-lock.ts';
import { desiredEvents, planEventActions } from './task-event-plan.ts';
import { dropTaskEvent, storeTaskEvent } from './task-event-store.ts';
import { readTaskPushState } from './task-push-state.ts';

export interface PushTaskResult {
  /** Why nothing was sent, when nothing was. */
  skipped?: 'no_task' | 'not_connected' | 'disconnected' | 'finished';
  inserted: number;
  patched: number;
  deleted: number;
}

/**
 * Makes Google's events for one task match the task as it is now (see planEventActions), in one
 * transaction that holds the task's event lock across the calls to Google: pushes of one task never
 * overlap, and each answer is stored (link and synced copy) before the lock is let go. A retry
 * after a crash finds the same links, or none and a 409 for the id it already used.
 * GoogleDisconnectedError passes through: the caller decides what a lost connection means.
 */
export async function pushTaskEvents(google: GoogleDeps, appOrigin: string, taskId: string, signal: AbortSignal): Promise<PushTaskResult> {
  return google.db.asService(async (tx) => {
    await lockTaskEvents(tx, taskId);
    const state = await readTaskPushState(tx, taskId);
    const result: PushTaskResult = { inserted: 0, patched: 0, deleted: 0 };
    if (state.userId === null) return { ...result, skipped: 'no_task' };
    if (!state.connection) return { ...result, skipped: 'not_connected' };
    if (!state.connection.active) return { ...result, skipped: 'disconnected' };
    const desired = desiredEvents(state);
    if (desired === 'keep') return { ...result, skipped: 'finished' };
    const actions = planEventActions(state, desired);
    if (actions.length === 0) return result;

    const { auth } = await connectionAuth(google, state.connection.id);
    const api = await calendarApi(google.config, auth);
    const userId = state.userId;
    const context: TaskEventContext = { taskId, timeZone: state.task?.timezone ?? 'UTC', appOrigin };
    for (const action of actions) {
      signal.throwIfAborted();
      if (action.kind === 'delete') {
        await deleteTaskEvent(api, action.link.google_calendar_id, action.link.google_event_id, signal);
        await dropTaskEvent(tx, action.link);
        result.deleted += 1;
      } else if (action.kind === 'insert') {
        const answer = await insertTaskEvent(api, action.calendar.google_calendar_id, action.desired, context, signal);
        await storeTaskEvent(tx, { userId, taskId, calendar: action.calendar, desired: action.desired, answer, timeZone: context.timeZone });
        result.inserted += 1;
      } else {
        const { link } = action;
        const answer = await patchTaskEvent(api, link.google_calendar_id, link.google_event_id, action.desired, action.change, context, signal);
        const calendar = { id: link.calendar_id, google_calendar_id: link.google_calendar_id };
        await storeTaskEvent(tx, { userId, taskId, calendar, desired: action.desired, answer, timeZone: context.timeZone });
        result.patched += 1;
      }
    }
    return result;
  });
}
