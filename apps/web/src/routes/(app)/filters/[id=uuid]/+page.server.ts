import { calendarDay, type TaskWithExtras } from '@ordo/shared-types';
import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guard.ts';
import { FieldError } from '$lib/server/field-error.ts';
import { withProjectNames } from '$lib/server/project-names.ts';
import { filterTasks, getSavedFilter } from '$lib/server/saved-filters.ts';
import { DEPENDS } from '$lib/state/dependencies.ts';
import { taskListActions } from '../../tasks/task-actions.server.ts';
import { savedFilterActions } from '../filter-actions.server.ts';
import type { Actions, PageServerLoad } from './$types';

// A saved filter's view: the tasks it matches now, with its name and text to edit.
export const load = (async ({ locals, url, params, depends }) => {
  const user = requireUser(locals, url);
  depends(DEPENDS.tasks, DEPENDS.projects, DEPENDS.filters);
  const filter = await getSavedFilter(user.id, params.id);
  if (!filter) error(404, 'That filter does not exist');
  const cursor = url.searchParams.get('cursor') ?? undefined;
  let tasks: TaskWithExtras[] = [];
  let nextCursor: string | null = null;
  let problem: string | undefined;
  try {
    ({ tasks, next_cursor: nextCursor } = await filterTasks(user, filter.query, { cursor }));
  } catch (failure) {
    // A stale page link, or text saved before the language changed: shown, never a 500.
    if (!(failure instanceof FieldError)) throw failure;
    problem = Object.values(failure.fields)[0];
  }
  const nextUrl = new URL(url);
  if (nextCursor) nextUrl.searchParams.set('cursor', nextCursor);
  return {
    filter: { id: filter.id, name: filter.name, query: filter.query },
    tasks: await withProjectNames(user.id, tasks),
    problem,
    nextPage: nextCursor ? `${nextUrl.pathname}${nextUrl.search}` : null,
    firstPage: cursor !== undefined,
    today: calendarDay(new Date(), user.timezone),
  };
}) satisfies PageServerLoad;

export const actions = { ...taskListActions, ...savedFilterActions } satisfies Actions;
