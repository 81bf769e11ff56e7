/** Keys that loads pass to depends() and live updates invalidate, per changed table. */
export const DEPENDS = {
  tasks: 'ordo:tasks',
  projects: 'ordo:projects',
  jobs: 'ordo:jobs',
  briefs: 'ordo:briefs',
  filters: 'ordo:filters',
} as const;

/** What must be refetched when a row of `table` changes (project progress counts tasks). */
export function dependenciesOf(table: string): string[] {
  switch (table) {
    case 'tasks':
      return [DEPENDS.tasks, DEPENDS.projects];
    case 'projects':
      return [DEPENDS.projects, DEPENDS.tasks];
    // The task page lists its reminders.
    case 'task_reminders':
      return [DEPENDS.tasks];
    // Task rows and the filter show label names and colours.
    case 'labels':
      return [DEPENDS.tasks];
    case 'queue_jobs':
      return [DEPENDS.jobs];
    case 'daily_briefs':
      return [DEPENDS.briefs];
    // The sidebar and a filter's page show saved filters.
    case 'saved_filters':
      return [DEPENDS.filters];
    default:
      return [];
  }
}
