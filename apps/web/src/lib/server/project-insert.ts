import type { Project, ProjectInput } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';

// Outside projects.ts so code without the app's pool (the benchmark) can run it in its own transaction.

const parseOne = (rows: readonly unknown[]): Project | null => (rows[0] as Project | undefined) ?? null;

function definedEntries<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

async function nextPosition(tx: Tx): Promise<number> {
  const [row] = await tx<{ next: number }[]>`
    select coalesce(max(position), 0) + 1 as next from public.projects where deleted_at is null
  `;
  return row?.next ?? 1;
}

/** createProject inside the caller's transaction (as the person). */
export async function insertProject(tx: Tx, userId: string, input: ProjectInput): Promise<Project> {
  const position = input.position ?? (await nextPosition(tx));
  const rows = await tx`insert into public.projects ${tx({ ...definedEntries(input), position, user_id: userId })} returning *`;
  const project = parseOne(rows);
  if (!project) throw new Error('project insert returned no row');
  return project;
}
