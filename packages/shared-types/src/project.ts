import { z } from 'zod';
import { PROJECT_DESCRIPTION_MAX, PROJECT_NAME_MAX } from './limits.ts';
import { timestampSchema } from './timestamp.ts';

export const projectStatusSchema = z.enum(['active', 'paused', 'completed']);
export type ProjectStatus = z.infer<typeof projectStatusSchema>;

const colorSchema = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'Enter a colour as # and six hex digits, like #64748b');

export const projectSchema = z.object({
  id: z.uuid(),
  user_id: z.uuid(),
  name: z.string().max(PROJECT_NAME_MAX),
  description: z.string().max(PROJECT_DESCRIPTION_MAX).nullable(),
  status: projectStatusSchema,
  color: colorSchema,
  position: z.number(),
  archived_at: timestampSchema.nullable(),
  deleted_at: timestampSchema.nullable(),
  created_at: timestampSchema,
  updated_at: timestampSchema,
});
export type Project = z.infer<typeof projectSchema>;

// What a client may send to create a project; the owner comes from the session.
export const projectInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(PROJECT_NAME_MAX),
  description: z.string().max(PROJECT_DESCRIPTION_MAX).nullable().optional(),
  status: projectStatusSchema.optional(),
  color: colorSchema.optional(),
  position: z.number().optional(),
});
export type ProjectInput = z.infer<typeof projectInputSchema>;

// A partial update; archiving and deletion have their own operations.
export const projectPatchSchema = projectInputSchema.partial();
export type ProjectPatch = z.infer<typeof projectPatchSchema>;
