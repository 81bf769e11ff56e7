import type { QuickAddRequest } from '@ordo/shared-types';
import type { Tx } from '@ordo/supabase-client';
import { database } from './db.ts';
import { type QuickAdded, writeQuickAdd } from './quick-add-write.ts';

/** writeQuickAdd in a transaction of its own, as the person. */
export async function quickAddTask(userId: string, request: QuickAddRequest, now = new Date()): Promise<QuickAdded> {
  return database().asUser(userId, (tx) => writeQuickAdd(tx, userId, request, now));
}

export interface QuickAddNames {
  projects: string[];
  labels: string[];
}

/** The names quick add matches #Project and @label against in the browser (live projects, all labels), as a statement to run as the person. */
export const quickAddNamesQuery = (tx: Tx) =>
  tx<QuickAddNames[]>`
    select
      coalesce((select array_agg(name order by position, id) from public.projects where deleted_at is null), '{}') as projects,
      coalesce((select array_agg(name order by lower(name)) from public.labels), '{}') as labels`;

export const noQuickAddNames: QuickAddNames = { projects: [], labels: [] };
