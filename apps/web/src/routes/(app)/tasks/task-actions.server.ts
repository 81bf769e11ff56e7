import { TASK_PAGE_MAX, taskInputSchema, taskPatchSchema, taskStatusSchema } from '@ordo/shared-types';
import { type Action, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Toast } from '$lib/components/feedback/toast.ts';
import { formFields, formValues } from '$lib/forms/form-fields.ts';
import { fromLocalInput } from '$lib/forms/zoned-time.ts';
import { requireUser } from '$lib/server/auth/guard.ts';
import { FieldError } from '$lib/server/field-error.ts';
import {
  bulkUpdateTasks,
  createTask,
  deleteTask,
  getTask,
  listTasks,
  reorderTasks,
  restoreTask,
  updateTask,
} from '$lib/server/tasks.ts';
import { fieldErrors } from '$lib/server/zod-fields.ts';

// The task forms every task list offers (dashboard, projects, tasks pages). Each result
// names its form, so a page with several forms shows errors next to the right one.

export interface TaskFormResult {
  form: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  toast?: Toast;
}

const idSchema = z.uuid('expected a task id');
const EDIT_FIELDS = ['title', 'notes', 'status', 'priority', 'due_date', 'start_at', 'duration_minutes', 'project_id'] as const;

function notFound(form: string) {
  return fail(404, { form, toast: { message: 'That task no longer exists.' } } satisfies TaskFormResult);
}

function refused(form: string, errors: Record<string, string>, values?: Record<string, string>) {
  return fail(400, { form, errors, values } satisfies TaskFormResult);
}

const createTaskAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const data = await request.formData();
  const fields = formFields(data, ['title', 'project_id', 'due_date', 'priority']);
  const parsed = taskInputSchema.safeParse(fields);
  if (!parsed.success) return refused('createTask', fieldErrors(parsed.error), formValues(data, ['title']));
  try {
    const task = await createTask(user.id, parsed.data);
    return { form: 'createTask', toast: { message: `Added “${task.title}”` } } satisfies TaskFormResult;
  } catch (error) {
    if (error instanceof FieldError) return refused('createTask', error.fields, formValues(data, ['title']));
    throw error;
  }
};

const toggleTaskAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const data = await request.formData();
  const parsed = z.object({ id: idSchema, status: taskStatusSchema }).safeParse(formFields(data, ['id', 'status']));
  if (!parsed.success) return refused('toggleTask', fieldErrors(parsed.error));
  const task = await updateTask(user.id, parsed.data.id, { status: parsed.data.status });
  if (!task) return notFound('toggleTask');
  return { form: 'toggleTask' } satisfies TaskFormResult;
};

const deleteTaskAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const data = await request.formData();
  const parsed = idSchema.safeParse(data.get('id'));
  if (!parsed.success) return notFound('deleteTask');
  const task = await getTask(user.id, parsed.data);
  if (!task || !(await deleteTask(user.id, task.id))) return notFound('deleteTask');
  // Deleting from the task's own page leaves nothing to show there.
  if (data.get('then') === 'list') redirect(303, `/tasks?deleted=${task.id}`);
  return {
    form: 'deleteTask',
    toast: { message: `Deleted “${task.title}”`, undo: { action: 'restoreTask', id: task.id } },
  } satisfies TaskFormResult;
};

const restoreTaskAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const parsed = idSchema.safeParse((await request.formData()).get('id'));
  if (!parsed.success || !(await restoreTask(user.id, parsed.data))) return notFound('restoreTask');
  return { form: 'restoreTask', toast: { message: 'Task restored' } } satisfies TaskFormResult;
};

const bulkSchema = z.object({
  ids: z.array(idSchema).min(1, 'select at least one task').max(500),
  operation: z.enum(['complete', 'reopen', 'move']),
  project_id: z.union([z.uuid(), z.literal('inbox')]).optional(),
});

const bulkTasksAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const data = await request.formData();
  const parsed = bulkSchema.safeParse({
    ids: data.getAll('ids'),
    ...formFields(data, ['operation', 'project_id']),
  });
  if (!parsed.success) return refused('bulkTasks', fieldErrors(parsed.error));
  const { ids, operation, project_id } = parsed.data;
  if (operation === 'move' && !project_id) return refused('bulkTasks', { project_id: 'choose where to move the tasks' });
  try {
    const change =
      operation === 'move'
        ? { project_id: project_id === 'inbox' || !project_id ? null : project_id }
        : { status: operation === 'complete' ? ('done' as const) : ('todo' as const) };
    const count = await bulkUpdateTasks(user.id, ids, change);
    const verb = operation === 'complete' ? 'Completed' : operation === 'reopen' ? 'Reopened' : 'Moved';
    return { form: 'bulkTasks', toast: { message: `${verb} ${count} ${count === 1 ? 'task' : 'tasks'}` } } satisfies TaskFormResult;
  } catch (error) {
    if (error instanceof FieldError) return refused('bulkTasks', error.fields);
    throw error;
  }
};

/** Moves an open task one place up or down among the open tasks of its project (or the inbox). */
const moveTaskAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const data = await request.formData();
  const parsed = z.object({ id: idSchema, direction: z.enum(['up', 'down']) }).safeParse(formFields(data, ['id', 'direction']));
  if (!parsed.success) return notFound('moveTask');
  const task = await getTask(user.id, parsed.data.id);
  if (!task) return notFound('moveTask');
  const { tasks } = await listTasks(user.id, {
    project_id: task.project_id ?? 'inbox',
    status: ['todo', 'in_progress'],
    limit: TASK_PAGE_MAX,
  });
  const ids = tasks.map((open) => open.id);
  const from = ids.indexOf(task.id);
  const to = parsed.data.direction === 'up' ? from - 1 : from + 1;
  if (from !== -1 && to >= 0 && to < ids.length) {
    [ids[from], ids[to]] = [ids[to] as string, ids[from] as string];
    await reorderTasks(user.id, ids);
  }
  return { form: 'moveTask' } satisfies TaskFormResult;
};

/** Saves the task edit form; start_at arrives as wall-clock time in the user's time zone. */
const updateTaskAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const data = await request.formData();
  const id = idSchema.safeParse(data.get('id'));
  if (!id.success) return notFound('updateTask');
  const fields = formFields(data, EDIT_FIELDS);
  const values = formValues(data, EDIT_FIELDS);
  let startAt: Date | null = null;
  if (fields.start_at) {
    startAt = fromLocalInput(fields.start_at, user.timezone);
    if (!startAt) return refused('updateTask', { start_at: 'expected a date and time' }, values);
  }
  // Every field of the form is sent, so an empty one clears the value.
  const parsed = taskPatchSchema.safeParse({
    title: fields.title ?? '',
    notes: fields.notes ?? null,
    status: fields.status,
    priority: fields.priority ?? null,
    due_date: fields.due_date ?? null,
    start_at: startAt,
    duration_minutes: fields.duration_minutes === undefined ? null : Number(fields.duration_minutes),
    project_id: fields.project_id ?? null,
  });
  if (!parsed.success) return refused('updateTask', fieldErrors(parsed.error), values);
  try {
    const task = await updateTask(user.id, id.data, parsed.data);
    if (!task) return notFound('updateTask');
    return { form: 'updateTask', toast: { message: 'Saved' } } satisfies TaskFormResult;
  } catch (error) {
    if (error instanceof FieldError) return refused('updateTask', error.fields, values);
    throw error;
  }
};

/** Actions for pages that list tasks. */
export const taskListActions = {
  createTask: createTaskAction,
  toggleTask: toggleTaskAction,
  deleteTask: deleteTaskAction,
  restoreTask: restoreTaskAction,
  bulkTasks: bulkTasksAction,
  moveTask: moveTaskAction,
};

export { updateTaskAction };
