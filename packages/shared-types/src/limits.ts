// Field limits, mirrored by the CHECK constraints in supabase/migrations.
export const USER_NAME_MAX = 200;
export const EMAIL_MAX = 320;
export const PROJECT_NAME_MAX = 200;
export const PROJECT_DESCRIPTION_MAX = 5000;
export const TASK_TITLE_MAX = 500;
export const TASK_NOTES_MAX = 20000;
export const TASK_DURATION_MINUTES_MAX = 1440;
export const LABEL_NAME_MAX = 50;
/** Labels one task may carry. */
export const TASK_LABELS_MAX = 20;
/** Levels a task tree may have: a task, its subtasks, theirs. */
export const SUBTASK_LEVELS_MAX = 3;
