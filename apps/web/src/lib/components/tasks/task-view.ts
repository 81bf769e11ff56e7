import type { SubtaskProgress, TaskLabel, TaskPriority, TaskStatus } from '@ordo/shared-types';

/** The fields a task row shows; loads may add the project's name. */
export interface TaskView {
  id: string;
  title: string;
  status: TaskStatus;
  priority: TaskPriority | null;
  due_date: string | null;
  /** A Date from the server, ISO text when it arrives as JSON. */
  start_at: Date | string | null;
  project_name?: string | null;
  /** The day it must be done by. */
  deadline?: string | null;
  /** How it repeats (RRULE text), null when it does not. */
  recurrence_rule?: string | null;
  recurrence_from_completion?: boolean | null;
  labels?: TaskLabel[];
  /** Its subtasks done of all (null: it has none). */
  progress?: SubtaskProgress | null;
  parent_id?: string | null;
}
