import type { Project } from '@ordo/shared-types';
import type { Fragment } from 'postgres';
import type { Tx } from '../db.ts';

// Project reads both apps need, on the same terms as ./tasks.ts: the caller's transaction (as the
// user for web requests, so RLS applies), and the user named in every query.

export interface ProjectProgress {
  id: string;
  name: string;
  color: string;
  /** Tasks that count towards the project (not cancelled, not deleted). */
  total: number;
  done: number;
}

/** `owner`: the user's id, or a column naming the user in an enclosing query (the brief's batch read). */
const activeProject = (tx: Tx, owner: string | Fragment) =>
  tx`user_id = ${owner} and deleted_at is null and archived_at is null and status = 'active'`;

/** The query of the first `limit` active projects of `owner` in list order, each with its task counts (ProjectProgress rows). */
export function activeProjectsProgressOf(tx: Tx, owner: string | Fragment, limit: number): Fragment {
  // Counts only for the projects shown, not for every task the user has.
  return tx`
    select p.id, p.name, p.color, c.total, c.done
    from (
      select id, name, color, position, created_at from projects
      where ${activeProject(tx, owner)}
      order by position, created_at
      limit ${limit}
    ) p
    cross join lateral (
      select count(*) filter (where t.status <> 'cancelled')::int as total,
             count(*) filter (where t.status = 'done')::int as done
      from tasks t
      where t.project_id = p.id and t.deleted_at is null
    ) c
    order by p.position, p.created_at`;
}

/** The first `limit` active projects in list order, each with its task counts. */
export function activeProjectsProgress(tx: Tx, userId: string, limit: number) {
  return tx<ProjectProgress[]>`${activeProjectsProgressOf(tx, userId, limit)}`;
}

/** How many active projects the user has, as one row. */
export function activeProjectCount(tx: Tx, userId: string) {
  return tx<{ count: number }[]>`select count(*)::int as count from projects where ${activeProject(tx, userId)}`;
}

/** Task counts (total as in ProjectProgress, and done) of every project of the user that has tasks. */
export async function projectTaskCounts(tx: Tx, userId: string): Promise<Map<string, { total: number; done: number }>> {
  const rows = await tx<{ project_id: string; total: number; done: number }[]>`
    select project_id,
           count(*) filter (where status <> 'cancelled')::int as total,
           count(*) filter (where status = 'done')::int as done
    from tasks
    where user_id = ${userId} and project_id is not null and deleted_at is null
    group by project_id`;
  return new Map(rows.map((row) => [row.project_id, { total: row.total, done: row.done }]));
}

// Rows are `select *` of a table the shared-types schema mirrors column for column (a test
// checks the two agree), so they are typed, not re-parsed on every read.

/** The user's projects that are not deleted (archived ones only when asked), in list order. */
export async function findProjects(tx: Tx, userId: string, opts: { includeArchived?: boolean } = {}): Promise<Project[]> {
  const includeArchived = opts.includeArchived ?? false;
  const rows = await tx`
    select * from public.projects
    where user_id = ${userId} and deleted_at is null and (${includeArchived} or archived_at is null)
    order by position, created_at, id`;
  return rows as unknown as Project[];
}

/** The user's project with this id that is not deleted, or null. */
export async function findProject(tx: Tx, userId: string, id: string): Promise<Project | null> {
  const [row] = await tx`select * from public.projects where id = ${id} and user_id = ${userId} and deleted_at is null`;
  return (row as Project | undefined) ?? null;
}
