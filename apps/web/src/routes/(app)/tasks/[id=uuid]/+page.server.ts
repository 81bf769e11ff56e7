import {
  calendarDay,
  deadlineRisk,
  describeRecurrence,
  labelColorSchema,
  labelNameSchema,
  labelPaletteColors,
  localDateTimeAt,
  taskRecurrence,
} from '@ordo/shared-types';
import { type Action, error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { historyLabel } from '$lib/components/tasks/history-label.ts';
import { reminderLabel, reminderStatus } from '$lib/components/tasks/reminder-label.ts';
import { renderNotes } from '$lib/markdown/render-notes.server.ts';
import { requireUser } from '$lib/server/auth/guard.ts';
import { database } from '$lib/server/db.ts';
import { FieldError } from '$lib/server/field-error.ts';
import { addTaskLabel, listLabels, removeTaskLabel } from '$lib/server/labels.ts';
import { listProjects } from '$lib/server/projects.ts';
import { reminderEditValues } from '$lib/server/reminder-edit-values.ts';
import { parseReminderForm, REMINDER_PRESETS } from '$lib/server/reminder-form.ts';
import { listTaskGoogleEvents, listTaskHistory } from '$lib/server/task-history.ts';
import { addReminder, deleteReminder, listReminders } from '$lib/server/task-reminders.ts';
import { repeatOptions } from '$lib/server/repeat-form.ts';
import { closeTask, getTask, listSubtasks } from '$lib/server/tasks.ts';
import { fieldErrors } from '$lib/server/zod-fields.ts';
import { DEPENDS } from '$lib/state/dependencies.ts';
import { type TaskFormResult, taskListActions, updateTaskAction } from '../task-actions.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url, depends }) => {
  const user = requireUser(locals, url);
  depends(DEPENDS.tasks, DEPENDS.projects);
  const [task, projects, reminders, history, googleEvents, subtasks, labels] = await Promise.all([
    getTask(user.id, params.id),
    listProjects(user.id, { includeArchived: true }),
    listReminders(user.id, params.id),
    listTaskHistory(database(), user.id, params.id),
    listTaskGoogleEvents(database(), user.id, params.id),
    listSubtasks(user.id, params.id),
    listLabels(user.id),
  ]);
  if (!task) error(404, 'Task not found');
  const parent = task.parent_id ? await getTask(user.id, task.parent_id) : null;
  const today = calendarDay(new Date(), user.timezone);
  const recurrence = taskRecurrence(task);
  return {
    task,
    parent: parent && { id: parent.id, title: parent.title },
    subtasks,
    labelNames: labels.map((label) => label.name),
    labelColors: labelPaletteColors,
    today,
    recurrenceText: recurrence ? describeRecurrence(recurrence) : null,
    repeatOptions: repeatOptions(task, task.due_date ?? today),
    deadlineRisk: deadlineRisk(task, today, user.timezone),
    notesHtml: task.notes ? renderNotes(task.notes) : null,
    startAtLocal: task.start_at ? localDateTimeAt(task.start_at, user.timezone) : '',
    projects: projects.map((project) => ({ id: project.id, name: project.name, archived: project.archived_at !== null })),
    reminders: (reminders ?? []).map((reminder) => ({
      id: reminder.id,
      label: reminderLabel(reminder, user.timezone),
      status: reminderStatus(reminder, user.timezone),
      state: reminder.state,
      channels: reminder.channels,
      edit: reminderEditValues(reminder, user.timezone),
    })),
    history: history.map((entry) => ({ id: entry.id, label: historyLabel(entry, user.timezone) })),
    // One link when the task has one event; a task with blocks links each block's event.
    googleEvents: googleEvents.flatMap((event, index) =>
      event.html_link ? [{ href: event.html_link, label: googleEvents.length > 1 ? `Part ${index + 1} in Google Calendar` : 'In Google Calendar' }] : [],
    ),
    reminderPresets: Object.entries(REMINDER_PRESETS).map(([value, preset]) => ({ value, label: preset.label })),
  };
}) satisfies PageServerLoad;

/** Adds a reminder from the task page's form (a preset, or a date and time on the person's clock). */
const addReminderAction: Action<{ id: string }> = async ({ locals, params, request }) => {
  const user = requireUser(locals);
  const form = parseReminderForm(await request.formData(), user.timezone);
  if (!form.ok) return fail(400, { form: 'addReminder', errors: form.errors, reminderValues: form.values });
  try {
    if (!(await addReminder(user.id, params.id, form.input))) return fail(404, { form: 'addReminder', toast: { message: 'That task no longer exists.' } });
  } catch (failure) {
    if (failure instanceof FieldError) return fail(400, { form: 'addReminder', errors: failure.fields, reminderValues: form.values });
    throw failure;
  }
  return { form: 'addReminder', toast: { message: 'Reminder added' } } satisfies TaskFormResult;
};

const removeReminderAction: Action<{ id: string }> = async ({ locals, params, request }) => {
  const user = requireUser(locals);
  const reminderId = z.uuid().safeParse((await request.formData()).get('reminder_id'));
  if (!reminderId.success || !(await deleteReminder(user.id, params.id, reminderId.data))) {
    return fail(404, { form: 'removeReminder', toast: { message: 'That reminder no longer exists.' } } satisfies TaskFormResult);
  }
  return { form: 'removeReminder', toast: { message: 'Reminder removed' } } satisfies TaskFormResult;
};

/** Skips this occurrence of a repeating task and opens the next one. */
const skipOccurrenceAction: Action<{ id: string }> = async ({ locals, params }) => {
  const user = requireUser(locals);
  const task = await getTask(user.id, params.id);
  if (!task) return fail(404, { form: 'skipOccurrence', toast: { message: 'That task no longer exists.' } } satisfies TaskFormResult);
  if (task.recurrence_rule === null || (task.status !== 'todo' && task.status !== 'in_progress')) {
    return fail(409, { form: 'skipOccurrence', toast: { message: 'Only an open occurrence of a repeating task can be skipped.' } } satisfies TaskFormResult);
  }
  const skipped = await closeTask(user.id, params.id, 'cancelled');
  if (skipped?.next_occurrence) redirect(303, `/tasks/${skipped.next_occurrence.id}`);
  return { form: 'skipOccurrence', toast: { message: 'Skipped; the repeat has ended.' } } satisfies TaskFormResult;
};

const labelFormSchema = z.object({ name: labelNameSchema, color: labelColorSchema.optional() });

/** Puts a label on the task by name (a new name makes a new label); a colour chosen recolours it. */
const addLabelAction: Action<{ id: string }> = async ({ locals, params, request }) => {
  const user = requireUser(locals);
  const data = await request.formData();
  const color = data.get('color');
  const parsed = labelFormSchema.safeParse({ name: data.get('name'), color: color === '' || color === null ? undefined : color });
  if (!parsed.success) return fail(400, { form: 'addLabel', errors: fieldErrors(parsed.error) } satisfies TaskFormResult);
  try {
    if (!(await addTaskLabel(user.id, params.id, parsed.data.name, parsed.data.color))) {
      return fail(404, { form: 'addLabel', toast: { message: 'That task no longer exists.' } } satisfies TaskFormResult);
    }
  } catch (failure) {
    if (failure instanceof FieldError) return fail(400, { form: 'addLabel', errors: failure.fields } satisfies TaskFormResult);
    throw failure;
  }
  return { form: 'addLabel' } satisfies TaskFormResult;
};

const removeLabelAction: Action<{ id: string }> = async ({ locals, params, request }) => {
  const user = requireUser(locals);
  const name = labelNameSchema.safeParse((await request.formData()).get('name'));
  if (!name.success || !(await removeTaskLabel(user.id, params.id, name.data))) {
    return fail(404, { form: 'removeLabel', toast: { message: 'That label is not on this task.' } } satisfies TaskFormResult);
  }
  return { form: 'removeLabel' } satisfies TaskFormResult;
};

export const actions = {
  addLabel: addLabelAction,
  removeLabel: removeLabelAction,
  createTask: taskListActions.createTask,
  reorderTasks: taskListActions.reorderTasks,
  skipOccurrence: skipOccurrenceAction,
  updateTask: updateTaskAction,
  toggleTask: taskListActions.toggleTask,
  deleteTask: taskListActions.deleteTask,
  addReminder: addReminderAction,
  removeReminder: removeReminderAction,
} satisfies Actions;
