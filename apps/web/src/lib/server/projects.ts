import type { Project, ProjectInput, ProjectPatch } from '@ordo/shared-types';
import { findProject, findProjects, } from '@ordo/supabase-client';
import { database } from './db.ts';
import { insertProject } from './project-insert.ts';
import { reorderLiveRows } from './reorder-rows.ts';

// Every function acts as the user (asUser), so RLS alone decides what "theirs" means;
// null/false answer "not found or not yours" alike.

// Rows are `select *` of a table the shared-types schema mirrors column for column (a test
// checks the two agree), so they are typed, not re-parsed on every read.
const parseAll = (rows: readonly unknown[]): Project[] => rows as Project[];
const parseOne = (rows: readonly unknown[]): Project | null => (rows[0] as Project | undefined) ?? null;

function definedEntries<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export async function listProjects(userId: string, opts: { includeArchived?: boolean } = {}): Promise<Project[]> {
  return database().asUser(userId, (tx) => findProjects(tx, userId, opts));
}

export async function getProject(userId: string, id: string): Promise<Project | null> {
  return database().asUser(userId, (tx) => findProject(tx, userId, id));
}

/** New projects go last unless a position is given. */
export async function createProject(userId: string, input: ProjectInput): Promise<Project> {
  return database().asUser(userId, (tx) => insertProject(tx, userId, input));
}

export async function updateProject(userId: string, id: string, patch: ProjectPatch): Promise<Project | null> {
  const changes = definedEntries(patch);
  if (Object.keys(changes).length === 0) return getProject(userId, id);
  return database().asUser(userId, async (tx) =>
    parseOne(
      await tx`
        update public.projects set ${tx(changes)}
        where id = ${id} and deleted_at is null
        returning *
      `,
    ),
  );
}

/** Archives (or unarchives) a project; archiving twice keeps the first time. */
export async function archiveProject(userId: string, id: string, archived: boolean): Promise<Project | null> {
  return database().asUser(userId, async (tx) =>
    parseOne(
      await tx`
        update public.projects
        set archived_at = case when ${archived} then coalesce(archived_at, now()) end
        where id = ${id} and deleted_at is null
        returning *
      `,
    ),
  );
}

/**
 * Soft-deletes a project and its live tasks with one shared timestamp, so restoring
 * brings back exactly the tasks that went with it (not ones deleted earlier).
 */
export async function deleteProject(userId: string, id: string): Promise<boolean> {
  return database().asUser(userId, async (tx) => {
    const [project] = await tx<{ deleted_at: Date }[]>`
      update public.projects set deleted_at = now()
      where id = ${id} and deleted_at is null
      returning deleted_at
    `;
    if (!project) return false;
    await tx`update public.tasks set deleted_at = ${project.deleted_at} where project_id = ${id} and deleted_at is null`;
    return true;
  });
}

export async function restoreProject(userId: string, id: string): Promise<boolean> {
  return database().asUser(userId, async (tx) => {
    const [project] = await tx<{ deleted_at: Date }[]>`
      select deleted_at from public.projects where id = ${id} and deleted_at is not null for update
    `;
    if (!project) return false;
    await tx`update public.tasks set deleted_at = null where project_id = ${id} and deleted_at = ${project.deleted_at}`;
    await tx`update public.projects set deleted_at = null where id = ${id}`;
    return true;
  });
}

/**
 * Puts the listed projects in the given order within the places they already hold (distinctSlots),
 * so projects outside the list (archived ones, say) keep theirs. All or nothing: null (and nothing
 * changed) when any id is not one of the user's projects that are not deleted. Returns them in their new order.
 */
export async function reorderProjects(userId: string, orderedIds: string[]): Promise<Project[] | null> {
  return database().asUser(userId, async (tx) => {
    if (!(await reorderLiveRows(tx, 'projects', orderedIds))) return null;
    return parseAll(await tx`select * from public.projects where id = any(${tx.array(orderedIds)}::uuid[]) order by position, created_at, id`);
  });
}
