import { formatZonedIso } from '@ordo/shared-types';
import type { calendar_v3 } from 'googleapis';
import { z } from 'zod';
import type { DesiredEvent, EventChange } from './task-event-plan.ts';
import { taskEventId } from './task-event-id.ts';

/** What Google answers for an event, as far as Ordo stores it. */
export const googleEventAnswerSchema = z.object({
  id: z.string().min(1).max(1024),
  etag: z.string().max(200),
  updated: z.iso.datetime({ offset: true }),
  status: z.enum(['confirmed', 'tentative', 'cancelled']).optional(),
  summary: z.string().max(2000).nullish(),
  htmlLink: z.string().max(2000).nullish(),
  iCalUID: z.string().max(1024).nullish(),
  start: z.object({ dateTime: z.iso.datetime({ offset: true }) }),
  end: z.object({ dateTime: z.iso.datetime({ offset: true }) }),
});
export type GoogleEventAnswer = z.infer<typeof googleEventAnswerSchema>;

export interface TaskEventContext {
  taskId: string;
  timeZone: string;
  /** The app's public origin: the event's description links back to the task. */
  appOrigin: string;
}

function when(instant: Date, timeZone: string): calendar_v3.Schema$EventDateTime {
  return { dateTime: formatZonedIso(instant, timeZone), timeZone };
}

/** The whole event as Ordo makes it. */
export function taskEventBody(event: DesiredEvent, context: TaskEventContext): calendar_v3.Schema$Event {
  return {
    id: taskEventId(context.taskId, event.blockId),
    summary: event.title,
    description: `${context.appOrigin}/tasks/${context.taskId}`,
    start: when(event.startAt, context.timeZone),
    end: when(event.endAt, context.timeZone),
    transparency: 'opaque',
    status: 'confirmed',
    extendedProperties: {
      private: { ordo_task_id: context.taskId, ...(event.blockId === null ? {} : { ordo_block_id: event.blockId }) },
    },
  };
}

/** Google's HTTP status on a failed call (GaxiosError), if it answered. */
function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown; response?: { status?: unknown } } | null)?.status ?? (error as { response?: { status?: unknown } } | null)?.response?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The event is not there (never was, or deleted and gone). */
export const isGone = (error: unknown) => statusOf(error) === 404 || statusOf(error) === 410;

function answer(data: unknown): GoogleEventAnswer {
  return googleEventAnswerSchema.parse(data);
}

/**
 * Creates the event under its deterministic id. 409 means an event with that id exists in this
 * calendar: made by an earlier attempt whose link was not stored, or deleted since (Google keeps
 * deleted ids). Either way it is brought to the whole desired state, restored if deleted.
 */
export async function insertTaskEvent(
  api: calendar_v3.Calendar,
  calendarId: string,
  event: DesiredEvent,
  context: TaskEventContext,
  signal: AbortSignal,
): Promise<GoogleEventAnswer> {
  const body = taskEventBody(event, context);
  try {
    const { data } = await api.events.insert({ calendarId, requestBody: body }, { signal });
    return answer(data);
  } catch (error) {
    if (statusOf(error) !== 409) throw error;
    const { id, ...rest } = body;
    const { data } = await api.events.patch({ calendarId, eventId: id as string, requestBody: rest }, { signal });
    return answer(data);
  }
}

/**
 * Sends only what changed (and status confirmed, which restores an event deleted in Google since
 * the last sync: this change in Ordo is the later one). An event that is gone is created again.
 */
export async function patchTaskEvent(
  api: calendar_v3.Calendar,
  calendarId: string,
  eventId: string,
  event: DesiredEvent,
  change: EventChange,
  context: TaskEventContext,
  signal: AbortSignal,
): Promise<GoogleEventAnswer> {
  const body: calendar_v3.Schema$Event = { status: 'confirmed' };
  if (change.title !== undefined) body.summary = change.title;
  if (change.times) {
    body.start = when(event.startAt, context.timeZone);
    body.end = when(event.endAt, context.timeZone);
  }
  try {
    const { data } = await api.events.patch({ calendarId, eventId, requestBody: body }, { signal });
    return answer(data);
  } catch (error) {
    if (!isGone(error)) throw error;
    return insertTaskEvent(api, calendarId, event, context, signal);
  }
}

/** Deletes the event; one already gone is fine. */
export async function deleteTaskEvent(api: calendar_v3.Calendar, calendarId: string, eventId: string, signal: AbortSignal): Promise<void> {
  try {
    await api.events.delete({ calendarId, eventId }, { signal });
  } catch (error) {
    if (!isGone(error)) throw error;
  }
}
