export * from './account.ts';
export * from './limits.ts';
export * from './project.ts';
export * from './task.ts';
export * from './task-filter.ts';
export { dateOnlySchema, timestampSchema } from './timestamp.ts';
export * from './user.ts';
export * from './jobs/index.ts';
export * from './operations.ts';
