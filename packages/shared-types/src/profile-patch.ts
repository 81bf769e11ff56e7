import type { z } from 'zod';
import { onboardingInputSchema } from './account.ts';

/**
 * The body of PATCH /api/me: any of name, timezone and working hours (a whole working_hours
 * object), validated as the settings page's profile form validates them.
 */
export const profilePatchSchema = onboardingInputSchema
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one of name, timezone, working_hours');
export type ProfilePatch = z.infer<typeof profilePatchSchema>;
