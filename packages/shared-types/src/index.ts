export * from './limits.ts';
export * from './project.ts';
export * from './task.ts';
export { dateOnlySchema, timestampSchema } from './timestamp.ts';
export * from './user.ts';
export * from './operations.ts';
