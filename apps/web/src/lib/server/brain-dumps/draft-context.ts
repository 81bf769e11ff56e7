import type { DraftContext } from '@ordo/ai-pipeline';
import { calendarDay } from '@ordo/shared-types';
import { database } from '../db.ts';

// What the drafter sees of the person's open work; enough to recognise "move the dentist thing",
// few enough to keep the prompt small.
const OPEN_PROJECTS_MAX = 100;
const OPEN_TASKS_MAX = 200;

/** The person's today in their zone and their open projects and tasks, read through RLS. */
export async function draftContext(user: { id: string; timezone: string }, now = new Date()): Promise<DraftContext> {
  const today = calendarDay(now, user.timezone);
  return database().asUser(user.id, async (tx) => {
    const [projects, tasks] = await Promise.all([
      tx<{ id: string; name: string }[]>`
        select id, name from public.projects
        where deleted_at is null and archived_at is null and status <> 'completed'
        order by position, id limit ${OPEN_PROJECTS_MAX}
      `,
      tx<DraftContext['tasks']>`
        select id, title, project_id, due_date, status from public.tasks
        where deleted_at is null and status in ('todo', 'in_progress')
        order by due_date nulls last, position, id limit ${OPEN_TASKS_MAX}
      `,
    ]);
    return { today, timezone: user.timezone, now, projects: [...projects], tasks: [...tasks] };
  });
}
