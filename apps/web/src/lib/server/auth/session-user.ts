import type { WorkingHours } from '@ordo/shared-types';

/** The signed-in user as every request sees it in locals.user. */
export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  timezone: string;
  working_hours: WorkingHours;
  onboarding_completed_at: Date | null;
}
