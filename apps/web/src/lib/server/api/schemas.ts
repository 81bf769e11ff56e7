import { projectPatchSchema, taskFilterSchema } from '@ordo/shared-types';
import { z } from 'zod';

/** PATCH /api/projects/:id: the editable fields plus archived (true archives, false unarchives). */
export const projectUpdateSchema = projectPatchSchema.extend({ archived: z.boolean().optional() });

export const projectListQuerySchema = z.strictObject({
  include_archived: z.enum(['true', 'false']).optional(),
});

/** GET /api/tasks: the task filter; status repeats or is comma-separated in the query string. */
export const taskListQuerySchema = taskFilterSchema;
