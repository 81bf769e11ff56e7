import type { BriefFacts, BriefTask } from '@ordo/shared-types';
import { shortDayLabel } from '@ordo/shared-types';
import type { BriefPriorities } from './schemas.ts';

const PRIORITY_RANK = { high: 0, medium: 1, low: 2 } as const;
const rank = (task: BriefTask) => (task.priority ? PRIORITY_RANK[task.priority] : 3);

/**
 * The three things that matter today, without a model: overdue tasks oldest first, then what is
 * due or scheduled today, then the week ahead, each group by priority (high first).
 */
export function offlinePriorities(facts: BriefFacts): BriefPriorities {
  const overdue = [...facts.overdue].sort((a, b) => b.age_days - a.age_days || rank(a) - rank(b));
  const today = [...facts.due_today, ...facts.scheduled_today].sort((a, b) => rank(a) - rank(b));
  const upcoming = [...facts.upcoming].sort((a, b) => rank(a) - rank(b) || (a.due_date ?? '').localeCompare(b.due_date ?? ''));
  const reasons = new Map<string, string>();
  for (const task of overdue) {
    reasons.set(task.id, task.age_days === 1 ? 'It was due yesterday.' : `It has been overdue for ${task.age_days} days.`);
  }
  for (const task of today) {
    if (!reasons.has(task.id)) reasons.set(task.id, facts.due_today.includes(task) ? 'It is due today.' : 'It is scheduled for today.');
  }
  for (const task of upcoming) {
    if (!reasons.has(task.id) && task.due_date) reasons.set(task.id, `It is due ${shortDayLabel(task.due_date, facts.local_date)}.`);
  }
  const priorities = [...reasons].slice(0, 3).map(([task_id, why]) => ({ task_id, why }));
  return { priorities };
}
