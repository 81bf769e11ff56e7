import { z } from 'zod';

/** What a notification is about (notifications.kind). */
export const NOTIFICATION_KINDS = ['brief_ready', 'task_due_soon', 'event_soon', 'overdue_digest', 'reminder', 'test'] as const;
export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/** The ways a notification reaches a person (notifications.channels, task_reminders.channels). */
export const NOTIFICATION_CHANNELS = ['push', 'sms', 'email'] as const;
export const notificationChannelSchema = z.enum(NOTIFICATION_CHANNELS);
export type NotificationChannel = z.infer<typeof notificationChannelSchema>;

/** The deliveries.purpose of a notification's sends (source_id = notifications.id). */
export const NOTIFICATION_DELIVERY_PURPOSE = 'notification';
