import { z } from 'zod';
import { timestampSchema } from '../timestamp.ts';
import { type NotificationChannel, notificationChannelSchema } from './notification.ts';

/** At most this many reminders on one task. */
export const TASK_REMINDERS_PER_TASK_MAX = 10;
/** offset_minutes reaches four weeks back; days_before as far (task_reminders' checks). */
export const REMINDER_OFFSET_MINUTES_MAX = 40_320;
export const REMINDER_DAYS_BEFORE_MAX = 28;

/**
 * What a reminder is anchored to: 'start' fires offset_minutes before the task's start; 'due'
 * offset_minutes before the end of its due day (the local midnight after it); 'due_day' at
 * local_time on the due date, days_before days earlier; 'absolute' at `at`.
 */
export const TASK_REMINDER_ANCHORS = ['start', 'due', 'due_day', 'absolute'] as const;
export const taskReminderAnchorSchema = z.enum(TASK_REMINDER_ANCHORS);
export type TaskReminderAnchor = z.infer<typeof taskReminderAnchorSchema>;

const ANCHOR_FIELDS: Record<TaskReminderAnchor, readonly string[]> = {
  start: ['offset_minutes'],
  due: ['offset_minutes'],
  due_day: ['local_time', 'days_before'],
  absolute: ['at'],
};

const channelsSchema = z
  .array(notificationChannelSchema)
  .min(1, 'Choose at least one channel')
  .max(3)
  .refine((channels) => new Set(channels).size === channels.length, 'List each channel once');

const definitionFields = {
  offset_minutes: z
    .int('Enter whole minutes')
    .min(0, 'Enter 0 or more minutes')
    .max(REMINDER_OFFSET_MINUTES_MAX, `Enter at most ${REMINDER_OFFSET_MINUTES_MAX} minutes (four weeks)`),
  days_before: z
    .int('Enter whole days')
    .min(0, 'Enter 0 or more days')
    .max(REMINDER_DAYS_BEFORE_MAX, `Enter at most ${REMINDER_DAYS_BEFORE_MAX} days`),
  local_time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time, like 09:00'),
  at: timestampSchema,
  channels: channelsSchema,
};

/**
 * A new reminder (POST /api/tasks/{id}/reminders): `{anchor: 'start', offset_minutes: 30,
 * channels: ['push', 'sms']}`, `{anchor: 'due_day', local_time: '09:00'}`, `{anchor: 'absolute',
 * at: '…Z'}`. Each anchor takes its own fields only; channels default to push.
 */
export const taskReminderInputSchema = z
  .strictObject({
    anchor: taskReminderAnchorSchema,
    offset_minutes: definitionFields.offset_minutes.optional(),
    days_before: definitionFields.days_before.optional(),
    local_time: definitionFields.local_time.optional(),
    at: definitionFields.at.optional(),
    channels: definitionFields.channels.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.anchor === 'due_day' && value.local_time === undefined) {
      ctx.addIssue({ code: 'custom', path: ['local_time'], message: 'Enter a time, like 09:00' });
    }
    if (value.anchor === 'absolute' && value.at === undefined) {
      ctx.addIssue({ code: 'custom', path: ['at'], message: 'Enter a date and time' });
    }
    for (const field of ['offset_minutes', 'days_before', 'local_time', 'at'] as const) {
      if (value[field] !== undefined && !ANCHOR_FIELDS[value.anchor].includes(field)) {
        ctx.addIssue({ code: 'custom', path: [field], message: `Not used by a reminder anchored to "${value.anchor}"` });
      }
    }
  });
export type TaskReminderInput = z.infer<typeof taskReminderInputSchema>;

/** A change to a reminder (PATCH): any field; with a new anchor, the old anchor's fields are dropped. */
export const taskReminderPatchSchema = z.strictObject({
  anchor: taskReminderAnchorSchema.optional(),
  offset_minutes: definitionFields.offset_minutes.optional(),
  days_before: definitionFields.days_before.optional(),
  local_time: definitionFields.local_time.optional(),
  at: definitionFields.at.optional(),
  channels: definitionFields.channels.optional(),
});
export type TaskReminderPatch = z.infer<typeof taskReminderPatchSchema>;

/** The columns a reminder's definition is stored in. */
export interface TaskReminderDefinition {
  anchor: TaskReminderAnchor;
  offset_minutes: number;
  days_before: number;
  local_time: string | null;
  at: Date | null;
  channels: NotificationChannel[];
}

export function reminderDefinition(input: TaskReminderInput): TaskReminderDefinition {
  return {
    anchor: input.anchor,
    offset_minutes: input.offset_minutes ?? 0,
    days_before: input.days_before ?? 0,
    local_time: input.local_time ?? null,
    at: input.at ?? null,
    channels: input.channels ?? ['push'],
  };
}

/** The stored reminder with a patch applied, as an input to validate again (so errors name the field). */
export function patchedReminderInput(current: TaskReminderDefinition, patch: TaskReminderPatch): Record<string, unknown> {
  const anchor = patch.anchor ?? current.anchor;
  const kept: Record<string, unknown> = { anchor, channels: current.channels };
  if (anchor === current.anchor) {
    for (const field of ANCHOR_FIELDS[anchor]) {
      const value = current[field as keyof TaskReminderDefinition];
      if (value !== null) kept[field] = value;
    }
  }
  return { ...kept, ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) };
}

/**
 * Where a reminder stands: 'scheduled' (fire_at ahead, or due at the next tick), 'notified' (it
 * fired for its current fire_at), 'missed' (its time had passed too long before the scheduler
 * reached it: not sent), 'inactive' (no fire_at: the task is finished or deleted, or lacks the
 * date the reminder is anchored to).
 */
export const TASK_REMINDER_STATES = ['scheduled', 'notified', 'missed', 'inactive'] as const;
export type TaskReminderState = (typeof TASK_REMINDER_STATES)[number];

/** A reminder as the API answers it. */
export const taskReminderSchema = z.object({
  id: z.uuid(),
  task_id: z.uuid(),
  anchor: taskReminderAnchorSchema,
  offset_minutes: z.int(),
  days_before: z.int(),
  local_time: z.string().nullable(),
  at: timestampSchema.nullable(),
  channels: z.array(notificationChannelSchema),
  fire_at: timestampSchema.nullable().describe('when it fires next, following the task; null when inactive'),
  state: z.enum(TASK_REMINDER_STATES),
  fired_at: timestampSchema.nullable().describe('when it last fired'),
  created_at: timestampSchema,
  updated_at: timestampSchema,
});
export type TaskReminder = z.infer<typeof taskReminderSchema>;

/** The notification of a reminder firing for one fire_at: a task moved after it fired fires again for its new time, never twice for one. */
export function reminderNotificationDedupKey(reminderId: string, fireAt: Date): string {
  return `reminder:${reminderId}:${fireAt.toISOString()}`;
}
