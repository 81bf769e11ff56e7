import { calendarDay, type TaskFilter, taskFilterSchema } from '@ordo/shared-types';
import { z } from 'zod';
import type { Toast } from '$lib/components/feedback/toast.ts';
import { requireUser } from '$lib/server/auth/guard.ts';
import { listLabels } from '$lib/server/labels.ts';
import { listProjects } from '$lib/server/projects.ts';
import { listTasks } from '$lib/server/tasks.ts';
import { fieldErrors } from '$lib/server/zod-fields.ts';
import { DEPENDS } from '$lib/state/dependencies.ts';
import type { Actions, PageServerLoad } from './$types';
import { taskListActions } from './task-actions.server.ts';

const OPEN = ['todo', 'in_progress'] as const;

/**
 * The filter form's query string as a TaskFilter; `status` is 'open' (default), 'all' or one status.
 * Subtasks are listed under their parent's page, so the list holds top-level tasks, unless it is
 * narrowed by a label or a search, which find subtasks too.
 */
function readFilter(params: URLSearchParams) {
  const status = params.get('status') ?? 'open';
  const label = params.get('label')?.trim() || undefined;
  const q = params.get('q')?.trim() || undefined;
  const raw = {
    project_id: params.get('project_id') || undefined,
    status: status === 'open' ? [...OPEN] : status === 'all' ? undefined : [status],
    due_after: params.get('due_after') || undefined,
    due_before: params.get('due_before') || undefined,
    q,
    label,
    parent_id: label || q ? undefined : 'none',
    cursor: params.get('cursor') || undefined,
  };
  return { status, parsed: taskFilterSchema.safeParse(raw) };
}

// A task deleted from its own page lands here, with the undo offered.
function deletedToast(deleted: string | null): Toast | undefined {
  const id = z.uuid().safeParse(deleted);
  return id.success ? { message: 'Task deleted', undo: { action: 'restoreTask', ids: [id.data] } } : undefined;
}

export const load = (async ({ locals, url, depends }) => {
  const user = requireUser(locals, url);
  depends(DEPENDS.tasks, DEPENDS.projects);
  const { status, parsed } = readFilter(url.searchParams);
  const filter: TaskFilter = parsed.success ? parsed.data : { status: [...OPEN] };
  const [page, projects, labels] = await Promise.all([
    listTasks(user.id, filter),
    listProjects(user.id, { includeArchived: true }),
    listLabels(user.id),
  ]);
  const names = new Map(projects.map((project) => [project.id, project.name]));
  const nextUrl = new URL(url);
  if (page.next_cursor) nextUrl.searchParams.set('cursor', page.next_cursor);
  return {
    tasks: page.tasks.map((task) => ({ ...task, project_name: task.project_id ? (names.get(task.project_id) ?? null) : null })),
    projects: projects.filter((project) => !project.archived_at).map((project) => ({ id: project.id, name: project.name })),
    labels: labels.map((label) => label.name),
    filter: {
      project_id: url.searchParams.get('project_id') ?? '',
      status,
      due_after: url.searchParams.get('due_after') ?? '',
      due_before: url.searchParams.get('due_before') ?? '',
      q: url.searchParams.get('q') ?? '',
      label: url.searchParams.get('label') ?? '',
    },
    filterErrors: parsed.success ? {} : fieldErrors(parsed.error),
    nextPage: page.next_cursor ? `${nextUrl.pathname}${nextUrl.search}` : null,
    firstPage: url.searchParams.has('cursor'),
    today: calendarDay(new Date(), user.timezone),
    toast: deletedToast(url.searchParams.get('deleted')),
  };
}) satisfies PageServerLoad;

export const actions = { ...taskListActions } satisfies Actions;
