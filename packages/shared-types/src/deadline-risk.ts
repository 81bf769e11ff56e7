import { calendarDay } from './time/zoned.ts';

/**
 * Whether an open task will miss its deadline: 'passed' when the deadline is before today,
 * 'planned_late' when the day it is planned for (due_date) or its start falls after the deadline.
 * null for a task without a deadline, a finished one, or one planned in time.
 */
export type DeadlineRisk = 'passed' | 'planned_late' | null;

export function deadlineRisk(
  task: { status: string; deadline: string | null; due_date: string | null; start_at: Date | string | null },
  today: string,
  zone: string,
): DeadlineRisk {
  if (task.deadline === null || (task.status !== 'todo' && task.status !== 'in_progress')) return null;
  if (task.deadline < today) return 'passed';
  if (task.due_date !== null && task.due_date > task.deadline) return 'planned_late';
  if (task.start_at !== null && calendarDay(new Date(task.start_at), zone) > task.deadline) return 'planned_late';
  return null;
}
