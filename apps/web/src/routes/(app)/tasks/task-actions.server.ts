import { batchIdsSchema, calendarDay, instantOfLocalDateTime, type TaskBulkInput, taskBulkInputSchema, taskInputSchema, taskPatchSchema, taskStatusSchema } from '@ordo/shared-types';
import { type Action, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Toast } from '$lib/components/feedback/toast.ts';
import { formFields, formValues } from '$lib/forms/form-fields.ts';
import { requireUser } from '$lib/server/auth/guard.ts';
import { FieldError } from '$lib/server/field-error.ts';
import { OpenSubtasksError } from '$lib/server/open-subtasks-error.ts';
import { parseRepeatChoice } from '$lib/server/repeat-form.ts';
import {
  bulkUpdateTasks,
  createTask,
  deleteTask,
  getTask,
  reorderTasks,
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
  /** Completing a task with open subtasks: their titles, for the row to ask about. */
  openSubtasks?: string[];
}

const idSchema = z.uuid('That task no longer exists');
const EDIT_FIELDS = ['title', 'notes', 'status', 'priority', 'due_date', 'start_at', 'duration_minutes', 'project_id', 'deadline'] as const;
const REPEAT_FIELDS = ['repeat', 'repeat_rule', 'repeat_interval', 'repeat_unit', 'recurrence_scope'] as const;

function notFound(form: string, message = 'That task no longer exists.') {
  return fail(404, { form, toast: { message } } satisfies TaskFormResult);
}

const plural = (count: number) => `${count} ${count === 1 ? 'task' : 'tasks'}`;

function refused(form: string, errors: Record<string, string>, values?: Record<string, string>) {
  return fail(400, { form, errors, values } satisfies TaskFormResult);
}

const createTaskAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const data = await request.formData();
  const fields = formFields(data, ['title', 'project_id', 'due_date', 'priority', 'parent_id']);
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
  const completeSubtasks = data.get('complete_subtasks') === 'true';
  let updated: Awaited<ReturnType<typeof updateTask>>;
  try {
    updated = await updateTask(user.id, parsed.data.id, { status: parsed.data.status, complete_subtasks: completeSubtasks });
  } catch (error) {
    if (!(error instanceof OpenSubtasksError)) throw error;
    return fail(409, { form: 'toggleTask', openSubtasks: error.subtasks.map((subtask) => subtask.title) } satisfies TaskFormResult);
  }
  if (!updated) return notFound('toggleTask');
  const next = updated.next_occurrence;
  if (next) return { form: 'toggleTask', toast: { message: `Next: ${next.due_date ?? 'not planned'}` } } satisfies TaskFormResult;
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
    toast: { message: `Deleted “${task.title}”`, undo: { action: 'restoreTask', ids: [task.id] } },
  } satisfies TaskFormResult;
};

/** Undo for deleteTask and for a bulk delete: every `id` of the batch comes back, or none. */
const restoreTaskAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const parsed = batchIdsSchema.safeParse((await request.formData()).getAll('id'));
  if (!parsed.success) return notFound('restoreTask');
  const restored = await bulkUpdateTasks(user.id, { action: 'restore', ids: parsed.data });
  if (!restored) return notFound('restoreTask', 'Those tasks no longer exist.');
  const message = restored.length === 1 ? 'Task restored' : `Restored ${plural(restored.length)}`;
  return { form: 'restoreTask', toast: { message } } satisfies TaskFormResult;
};

const BULK_DONE: Record<TaskBulkInput['action'], string> = {
  complete: 'Completed',
  reopen: 'Reopened',
  move: 'Moved',
  delete: 'Deleted',
  restore: 'Restored',
};

/** The bulk form: its submit button names the action; the ticked rows are `ids`. All or nothing, like the API. */
const bulkTasksAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const data = await request.formData();
  const ids = data.getAll('ids');
  if (ids.length === 0) return refused('bulkTasks', { ids: 'select at least one task' });
  const { operation, project_id } = formFields(data, ['operation', 'project_id']);
  if (operation === 'move' && !project_id) return refused('bulkTasks', { project_id: 'Choose where to move the tasks' });
  const parsed = taskBulkInputSchema.safeParse(
    operation === 'move' ? { action: operation, ids, project_id: project_id === 'inbox' ? null : project_id } : { action: operation, ids },
  );
  if (!parsed.success) return refused('bulkTasks', fieldErrors(parsed.error));
  try {
    const tasks = await bulkUpdateTasks(user.id, parsed.data);
    if (!tasks) return notFound('bulkTasks', 'Some of those tasks no longer exist; nothing was changed.');
    const message = `${BULK_DONE[parsed.data.action]} ${plural(tasks.length)}`;
    const undo = parsed.data.action === 'delete' ? { action: 'restoreTask', ids: parsed.data.ids } : undefined;
    return { form: 'bulkTasks', toast: { message, undo } } satisfies TaskFormResult;
  } catch (error) {
    if (error instanceof FieldError) return refused('bulkTasks', error.fields);
    if (error instanceof OpenSubtasksError) return refused('bulkTasks', { ids: `Select their subtasks too: ${error.message}` });
    throw error;
  }
};

/**
 * Puts the listed tasks (`ids`, in their new order) in that order within the places they hold.
 * The move buttons send the two tasks they swap; drag and drop sends the stretch it rearranged.
 */
const reorderTasksAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const parsed = batchIdsSchema.safeParse((await request.formData()).getAll('ids'));
  if (!parsed.success || !(await reorderTasks(user.id, parsed.data))) return notFound('reorderTasks', 'Those tasks no longer exist.');
  return { form: 'reorderTasks' } satisfies TaskFormResult;
};

// The API names `recurrence.rrule`; the page shows it beside the repeat picker.
function repeatErrorsOnPicker(errors: Record<string, string>): Record<string, string> {
  const { 'recurrence.rrule': rule, 'recurrence.from_completion': fromCompletion, ...rest } = errors;
  const message = rule ?? fromCompletion ?? errors.recurrence;
  return message ? { ...rest, repeat: message } : rest;
}

/** Saves the task edit form; start_at arrives as wall-clock time in the user's time zone. */
const updateTaskAction: Action = async ({ locals, request }) => {
  const user = requireUser(locals);
  const data = await request.formData();
  const id = idSchema.safeParse(data.get('id'));
  if (!id.success) return notFound('updateTask');
  const fields = formFields(data, EDIT_FIELDS);
  const values = formValues(data, [...EDIT_FIELDS, ...REPEAT_FIELDS]);
  const repeat = parseRepeatChoice(data, fields.due_date ?? calendarDay(new Date(), user.timezone));
  if (!repeat.ok) return refused('updateTask', repeat.errors, values);
  let startAt: Date | null = null;
  if (fields.start_at) {
    startAt = instantOfLocalDateTime(fields.start_at, user.timezone);
    if (!startAt) return refused('updateTask', { start_at: 'Enter a date and time' }, values);
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
    deadline: fields.deadline ?? null,
    recurrence: repeat.recurrence,
    recurrence_scope: data.get('recurrence_scope') === 'future' ? 'future' : 'this',
    complete_subtasks: data.get('complete_subtasks') === 'true',
  });
  if (!parsed.success) return refused('updateTask', repeatErrorsOnPicker(fieldErrors(parsed.error)), values);
  try {
    const updated = await updateTask(user.id, id.data, parsed.data);
    if (!updated) return notFound('updateTask');
    const next = updated.next_occurrence;
    return { form: 'updateTask', toast: { message: next ? `Saved. Next: ${next.due_date}` : 'Saved' } } satisfies TaskFormResult;
  } catch (error) {
    if (error instanceof FieldError) return refused('updateTask', repeatErrorsOnPicker(error.fields), values);
    if (error instanceof OpenSubtasksError) {
      return refused('updateTask', { status: `Complete its subtasks first, or tick “Also complete its open subtasks”: ${error.message}` }, values);
    }
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
  reorderTasks: reorderTasksAction,
};

export { updateTaskAction };
