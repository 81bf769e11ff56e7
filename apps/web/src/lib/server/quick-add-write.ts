import { parseQuickAdd } from '@ordo/ai-pipeline/quick-add';
import { type QuickAddRequest, type QuickAddSpan, TASK_LABELS_MAX, TASK_TITLE_MAX, type TaskWithExtras, taskInputSchema } from '@ordo/shared-types';
import { type Tx, userTimeZone } from '@ordo/supabase-client';
import { FieldError } from './field-error.ts';
import { insertProject } from './project-insert.ts';
import { insertTask } from './task-insert.ts';
import { UnknownProjectError } from './unknown-project-error.ts';

export interface QuickAdded {
  task: TaskWithExtras;
  spans: QuickAddSpan[];
}

interface ProjectName {
  id: string;
  name: string;
}

// Live projects, unarchived first: a name two projects share goes to the one in use.
function projectNames(tx: Tx) {
  return tx<ProjectName[]>`
    select id, name from public.projects where deleted_at is null order by archived_at nulls first, position, id`;
}

/** Why the reading cannot be a task, said about the text the person wrote. */
function textProblem(title: string, labels: number): string | null {
  if (title === '') return 'Nothing is left for a title once the dates and the rest are read: add words, or put them in "quotes"';
  if (title.length > TASK_TITLE_MAX) return `The title is longer than ${TASK_TITLE_MAX} characters`;
  if (labels > TASK_LABELS_MAX) return `A task carries at most ${TASK_LABELS_MAX} labels`;
  return null;
}

/**
 * Reads `request.text` with the person's clock, zone, projects and labels (all as the person, so
 * another person's project is never matched) and creates the task, its labels, its repeat and, when
 * `create_project` allows it, the #Project it names — in the caller's transaction, which acts as the
 * person (asUser). A #Project the person has none of is an UnknownProjectError without
 * `create_project`; a reading that makes no task is a FieldError on `text`.
 */
export async function writeQuickAdd(tx: Tx, userId: string, request: QuickAddRequest, now: Date): Promise<QuickAdded> {
  const [timezone, projects, labels] = await Promise.all([
    userTimeZone(tx, userId),
    projectNames(tx),
    tx<{ name: string }[]>`select name from public.labels`,
  ]);
  const reading = parseQuickAdd(request.text, {
    now,
    timezone,
    projects: projects.map((project) => project.name),
    labels: labels.map((label) => label.name),
    ignore: request.ignore,
  });
  const problem = textProblem(reading.title, reading.labels.length);
  if (problem) throw new FieldError('text', problem);
  let projectId = request.project_id ?? null;
  if (reading.project) {
    const named = reading.project.name.toLowerCase();
    const existing = projects.find((project) => project.name.toLowerCase() === named);
    if (existing) projectId = existing.id;
    else if (request.create_project) projectId = (await insertProject(tx, userId, { name: reading.project.name })).id;
    else throw new UnknownProjectError(reading.project.name);
  }
  const input = taskInputSchema.safeParse({
    title: reading.title,
    project_id: projectId,
    priority: reading.priority,
    due_date: reading.due_date,
    start_at: reading.start_at,
    duration_minutes: reading.duration_minutes,
    deadline: reading.deadline,
    recurrence: reading.recurrence,
    labels: reading.labels.map((label) => label.name),
  });
  if (!input.success) throw new FieldError('text', input.error.issues[0]?.message ?? 'This text makes no task');
  try {
    return { task: await insertTask(tx, userId, input.data, now), spans: reading.spans };
  } catch (error) {
    // A repeat that ends before the task's day, say: about the text, not a field the client sent.
    if (error instanceof FieldError && error.field !== 'project_id') throw new FieldError('text', error.fields[error.field] ?? error.message);
    throw error;
  }
}
