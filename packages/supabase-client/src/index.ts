export { createDb, type Db, type DbOptions, type Notice, type Sql, type Tx } from './db.ts';
export { asServicePipelined } from './as-service.ts';
export { type CopyValue, copyField, copyIn } from './copy-in.ts';
export { CopyRows } from './copy-rows.ts';
export { type PendingReads, type PipelinedCommit, pipelinedRead, type ReadResults, type RunAsOptions } from './run-as.ts';
export { type ExpiredRowsSwept, KEEP_PHONE_CODES_SECONDS, KEEP_USAGE_SECONDS, sweepExpiredRows } from './expired-rows.ts';
export { type EmbeddedPostgres, type EmbeddedPostgresOptions, startEmbeddedPostgres } from './embedded.ts';
export { checkDependencies, type DependencyCheck, type Probe } from './health.ts';
export type { Logger } from './logger.ts';
export { type MigrateOptions, migrate } from './migrate.ts';
export { MigrationChecksumError, MigrationError } from './migration-errors.ts';
export { migrationSummary } from './migration-summary.ts';
export { defaultBootstrapFile, defaultMigrationsDir } from './paths.ts';
export { createSupabaseClient } from './supabase.ts';
export * from './queue/index.ts';
export { findFreePort, isPortFree } from './port.ts';
export {
  activeProjectCount,
  activeProjectsProgress,
  findProject,
  findProjects,
  type ProjectProgress,
  projectTaskCounts,
} from './domain/projects.ts';
export {
  atRiskTasks,
  findTask,
  inboxTasks,
  overdueTasks,
  recentlyCompletedTasks,
  type TaskPageQuery,
  type TaskSummary,
  taskPage,
  tasksDueOn,
  tasksDueWithin,
} from './domain/tasks.ts';
export { oneWithExtras, taskExtrasColumns, withExtras } from './domain/task-extras.ts';
export {
  matchesSearch,
  type RankedTask,
  type SearchCursor,
  searchTaskPage,
  type TaskListConditions,
  type TaskSearchQuery,
  taskSearchQuery,
} from './domain/task-search.ts';
export { type FilteredTaskPageQuery, filterCondition, filteredTaskPage } from './domain/task-filter-sql.ts';
export { type BriefRecipientRow, briefRecipients } from './domain/brief-recipients.ts';
export { recordScheduledBriefs, type ScheduledBrief } from './domain/scheduled-briefs.ts';
export { type BriefPerson, findBriefPeople, findBriefPerson } from './domain/brief-person.ts';
export { readBriefFacts, readBriefFactsOfMany } from './domain/brief-facts.ts';
export { type OpenBriefRequest, type OpenedBrief, openBrief } from './briefs/open-brief.ts';
export { type OpenedBatchBrief, openBatchBriefs } from './briefs/open-briefs.ts';
export { type FinishedBrief, finishBrief, finishBriefs } from './briefs/finish-brief.ts';
export { failBrief } from './briefs/fail-brief.ts';
export { type CreatedNotification, createNotification, createNotifications, type NotificationInput } from './notifications/create-notification.ts';
export { claimDueReminders, type DueReminder } from './reminders/claim-due-reminders.ts';
export { type ReminderFiring, recordReminderFirings } from './reminders/record-reminder-firings.ts';
export {
  anchorOf,
  applyToFutureOccurrences,
  type ClosedOccurrence,
  changeRecurrence,
  closeOccurrence,
  createNextOccurrence,
  findNextOccurrence,
  isOpenStatus,
  startSeries,
  userTimeZone,
} from './domain/task-occurrences.ts';
export * from './billing/index.ts';
