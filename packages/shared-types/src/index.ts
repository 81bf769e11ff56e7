export * from './account.ts';
export * from './batch.ts';
<<<<<<< HEAD
export * from './brief/due-briefs.ts';
=======
export * from './brief/facts.ts';
>>>>>>> wt-pipeline
export * from './brief/preferences.ts';
export * from './limits.ts';
export * from './profile-patch.ts';
export * from './project.ts';
export * from './task.ts';
export * from './task-filter.ts';
export { dateOnlySchema, timestampSchema } from './timestamp.ts';
export * from './user.ts';
export * from './time/calendar-date.ts';
export * from './time/zoned.ts';
export { validationMessage } from './validation-messages.ts';
export * from './jobs/index.ts';
export * from './operations.ts';
export { briefDeliverDedupKey } from './jobs/brief-dedup-keys.ts';
