// Field limits, mirrored by the CHECK constraints in supabase/migrations.
export const USER_NAME_MAX = 200;
export const EMAIL_MAX = 320;
export const PROJECT_NAME_MAX = 200;
export const PROJECT_DESCRIPTION_MAX = 5000;
export const TASK_TITLE_MAX = 500;
export const TASK_NOTES_MAX = 20000;
export const TASK_DURATION_MINUTES_MAX = 1440;
