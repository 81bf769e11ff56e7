import { calendarDay } from '@ordo/shared-types';
import type { Db, Tx } from '@ordo/supabase-client';
import type { Fragment } from 'postgres';
import type { TaskView } from '../components/tasks/task-view.ts';

export const UPCOMING_DAYS = 7;
const LIST_LIMIT = 50;
const RECENT_LIMIT = 10;
const PROJECTS_LIMIT = 12;

/**
 * A task row as the dashboard lists it: what TaskRow shows, always with its project's name. Only
 * that is read, as the load's data is serialised for every visit and refetch (devalue).
 */
export interface DashboardTask extends TaskView {
  project_name: string | null;
}

export interface ProjectProgress {
  id: string;
  name: string;
  color: string;
  /** Tasks that count towards the project (not cancelled, not deleted). */
  total: number;
  done: number;
}

export interface Dashboard {
  /** 'YYYY-MM-DD' in the user's time zone. */
  today: string;
  overdue: DashboardTask[];
  dueToday: DashboardTask[];
  upcoming: DashboardTask[];
  recentlyCompleted: DashboardTask[];
  inbox: DashboardTask[];
  projects: ProjectProgress[];
  activeProjectCount: number;
}

// The project name is a lookup by primary key per task. As a join, plans cached for the
// statement (generic plans, and RLS's `user_id = auth.uid()` on projects) estimate a user's
// projects at the average count and scan all of them for every task, which for a user with
// 1,000 projects is slower than everything else the dashboard reads together.
const projectName = (tx: Tx) => tx`(select p.name from projects p where p.id = t.project_id)`;

function openTasks(tx: Tx, userId: string, where: Fragment, orderBy: Fragment, limit: number) {
  return tx<DashboardTask[]>`
    select t.id, t.title, t.status, t.priority, t.due_date, t.start_at, ${projectName(tx)} as project_name
    from tasks t
    where t.user_id = ${userId} and t.deleted_at is null and t.status in ('todo', 'in_progress') and ${where}
    order by ${orderBy}
    limit ${limit}`;
}

/**
 * Everything the dashboard shows, read in one transaction as the user (RLS applies), its seven
 * queries sent together with the COMMIT.
 */
export async function loadDashboard(db: Db, user: { id: string; timezone: string }, now = new Date()): Promise<Dashboard> {
  const today = calendarDay(now, user.timezone);
  const [overdue, dueToday, upcoming, inbox, recentlyCompleted, projects, [projectCount]] = await db.readAsUser(user.id, (tx) => {
    const byDue = tx`t.due_date, t.position, t.created_at`;
    return [
      openTasks(tx, user.id, tx`t.due_date < ${today}::date`, byDue, LIST_LIMIT),
      openTasks(tx, user.id, tx`t.due_date = ${today}::date`, tx`t.position, t.created_at`, LIST_LIMIT),
      openTasks(
        tx,
        user.id,
        tx`t.due_date > ${today}::date and t.due_date <= ${today}::date + ${UPCOMING_DAYS}::int`,
        byDue,
        LIST_LIMIT,
      ),
      openTasks(tx, user.id, tx`t.project_id is null`, tx`t.position, t.created_at`, LIST_LIMIT),
      tx<DashboardTask[]>`
        select t.id, t.title, t.status, t.priority, t.due_date, t.start_at, ${projectName(tx)} as project_name
        from tasks t
        where t.user_id = ${user.id} and t.deleted_at is null and t.status = 'done'
        order by t.completed_at desc
        limit ${RECENT_LIMIT}`,
      // Count per project only for the projects shown, not for every task the user has.
      tx<ProjectProgress[]>`
        select p.id, p.name, p.color, c.total, c.done
        from (
          select id, name, color, position, created_at from projects
          where user_id = ${user.id} and deleted_at is null and archived_at is null and status = 'active'
          order by position, created_at
          limit ${PROJECTS_LIMIT}
        ) p
        cross join lateral (
          select count(*) filter (where t.status <> 'cancelled')::int as total,
                 count(*) filter (where t.status = 'done')::int as done
          from tasks t
          where t.project_id = p.id and t.deleted_at is null
        ) c
        order by p.position, p.created_at`,
      tx<{ count: number }[]>`
        select count(*)::int as count from projects
        where user_id = ${user.id} and deleted_at is null and archived_at is null and status = 'active'`,
    ] as const;
  });
  return {
    today,
    overdue,
    dueToday,
    upcoming,
    inbox,
    recentlyCompleted,
    projects,
    activeProjectCount: projectCount?.count ?? 0,
  };
}

/** Task counts per project of the user (for the projects page), keyed by project id. */
export async function loadProjectProgress(db: Db, userId: string): Promise<Map<string, { total: number; done: number }>> {
  const rows = await db.asUser(
    userId,
    (tx) => tx<{ project_id: string; total: number; done: number }[]>`
      select project_id,
             count(*) filter (where status <> 'cancelled')::int as total,
             count(*) filter (where status = 'done')::int as done
      from tasks
      where user_id = ${userId} and project_id is not null and deleted_at is null
      group by project_id`,
  );
  return new Map(rows.map((row) => [row.project_id, { total: row.total, done: row.done }]));
}
