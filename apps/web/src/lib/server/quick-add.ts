import type { QuickAddRequest } from '@ordo/shared-types';
import { database } from './db.ts';
import { type QuickAdded, writeQuickAdd } from './quick-add-write.ts';

/** writeQuickAdd in a transaction of its own, as the person. */
export async function quickAddTask(userId: string, request: QuickAddRequest, now = new Date()): Promise<QuickAdded> {
  return database().asUser(userId, (tx) => writeQuickAdd(tx, userId, request, now));
}

/** The names quick add matches #Project and @label against in the browser (live projects, all labels). */
export async function quickAddNames(userId: string): Promise<{ projects: string[]; labels: string[] }> {
  const [row] = await database().asUser(
    userId,
    (tx) => tx<{ projects: string[]; labels: string[] }[]>`
      select
        coalesce((select array_agg(name order by position, id) from public.projects where deleted_at is null), '{}') as projects,
        coalesce((select array_agg(name order by lower(name)) from public.labels), '{}') as labels`,
  );
  return { projects: row?.projects ?? [], labels: row?.labels ?? [] };
}
