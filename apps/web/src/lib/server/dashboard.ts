import { calendarDay } from '@ordo/shared-types';
import {
  activeProjectCount,
  activeProjectsProgress,
  atRiskTasks,
  type Db,
  inboxTasks,
  overdueTasks,
  type ProjectProgress,
  projectTaskCounts,
  recentlyCompletedTasks,
  type TaskSummary,
  tasksDueOn,
  tasksDueWithin,
} from '@ordo/supabase-client';

export const UPCOMING_DAYS = 7;
const LIST_LIMIT = 50;
const RECENT_LIMIT = 10;
const PROJECTS_LIMIT = 12;

export interface Dashboard {
  /** 'YYYY-MM-DD' in the user's time zone. */
  today: string;
  overdue: TaskSummary[];
  /** Open tasks whose deadline has passed or that are planned after it. */
  atRisk: TaskSummary[];
  dueToday: TaskSummary[];
  upcoming: TaskSummary[];
  recentlyCompleted: TaskSummary[];
  inbox: TaskSummary[];
  projects: ProjectProgress[];
  activeProjectCount: number;
}

/**
 * Everything the dashboard shows, read in one transaction as the user (RLS applies), its eight
 * queries sent together with the COMMIT.
 */
export async function loadDashboard(db: Db, user: { id: string; timezone: string }, now = new Date()): Promise<Dashboard> {
  const today = calendarDay(now, user.timezone);
  const [overdue, atRisk, dueToday, upcoming, inbox, recentlyCompleted, projects, [projectCount]] = await db.readAsUser(user.id, (tx) => [
    overdueTasks(tx, user.id, today, LIST_LIMIT),
    atRiskTasks(tx, user.id, today, user.timezone, LIST_LIMIT),
    tasksDueOn(tx, user.id, today, LIST_LIMIT),
    tasksDueWithin(tx, user.id, today, UPCOMING_DAYS, LIST_LIMIT),
    inboxTasks(tx, user.id, LIST_LIMIT),
    recentlyCompletedTasks(tx, user.id, RECENT_LIMIT),
    activeProjectsProgress(tx, user.id, PROJECTS_LIMIT),
    activeProjectCount(tx, user.id),
  ] as const);
  return {
    today,
    overdue,
    atRisk,
    dueToday,
    upcoming,
    inbox,
    recentlyCompleted,
    projects,
    activeProjectCount: projectCount?.count ?? 0,
  };
}

/** Task counts per project of the user (for the projects page), keyed by project id. */
export function loadProjectProgress(db: Db, userId: string): Promise<Map<string, { total: number; done: number }>> {
  return db.asUser(userId, (tx) => projectTaskCounts(tx, userId));
}
