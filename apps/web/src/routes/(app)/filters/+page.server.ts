import { calendarDay } from '@ordo/shared-types';
import { requireUser } from '$lib/server/auth/guard.ts';
import { FieldError } from '$lib/server/field-error.ts';
import { withProjectNames } from '$lib/server/project-names.ts';
import { filterTasks } from '$lib/server/saved-filters.ts';
import { DEPENDS } from '$lib/state/dependencies.ts';
import { taskListActions } from '../tasks/task-actions.server.ts';
import type { Actions, PageServerLoad } from './$types';
import { saveFilterActions } from './filter-actions.server.ts';

// A new filter: the text in ?query= is tried on the person's tasks before it is saved.
export const load = (async ({ locals, url, depends }) => {
  const user = requireUser(locals, url);
  depends(DEPENDS.tasks, DEPENDS.projects);
  const query = url.searchParams.get('query')?.trim() ?? '';
  let preview: Awaited<ReturnType<typeof filterTasks>> | null = null;
  let queryError: string | undefined;
  if (query !== '') {
    try {
      preview = await filterTasks(user, query);
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      queryError = error.fields.query;
    }
  }
  return { query, queryError, tasks: preview ? await withProjectNames(user.id, preview.tasks) : null, more: preview?.next_cursor != null, today: calendarDay(new Date(), user.timezone) };
}) satisfies PageServerLoad;

export const actions = { ...taskListActions, ...saveFilterActions } satisfies Actions;
