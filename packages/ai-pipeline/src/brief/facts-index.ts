import { addDays, type BriefFacts, type BriefTask } from '@ordo/shared-types';

/** A task the facts mention anywhere, with every calendar day the facts tie to it. */
export interface KnownTask {
  title: string;
  days: Set<string>;
  open: boolean;
}

/** Lookups over one brief's facts, for the prioritise gate and the draft check. */
export interface FactsIndex {
  tasks: Map<string, KnownTask>;
  projects: Map<string, string>;
  /** Every calendar day a brief may name: the covered days, the week ahead, and the facts' own dates. */
  days: Set<string>;
}

export function openTasksOf(facts: BriefFacts): BriefTask[] {
  const seen = new Map<string, BriefTask>();
  for (const task of [...facts.overdue, ...facts.due_today, ...facts.scheduled_today, ...facts.upcoming]) {
    if (!seen.has(task.id)) seen.set(task.id, task);
  }
  return [...seen.values()];
}

export function indexFacts(facts: BriefFacts): FactsIndex {
  const tasks = new Map<string, KnownTask>();
  const days = new Set<string>();
  const add = (task: BriefTask, open: boolean, extraDays: readonly string[]) => {
    const known = tasks.get(task.id) ?? { title: task.title, days: new Set<string>(), open };
    for (const day of [task.due_date, task.start_at?.slice(0, 10), task.deadline, ...extraDays]) {
      if (day) {
        known.days.add(day);
        days.add(day);
      }
    }
    tasks.set(task.id, known);
  };
  for (const task of openTasksOf(facts)) add(task, true, []);
  for (const task of facts.completed) add(task, false, [task.completed_on]);
  for (let offset = -7; offset <= 7; offset++) {
    const day = addDays(facts.local_date, offset);
    if (day >= facts.completed_from || offset >= 0) days.add(day);
  }
  for (const event of facts.calendar_events) days.add(event.start.slice(0, 10));
  return { tasks, projects: new Map(facts.projects.map((project) => [project.id, project.name])), days };
}

/** Whether the facts hold nothing to say: no completions, nothing open, no events. */
export function isEmptyDay(facts: BriefFacts): boolean {
  return facts.completed.length === 0 && openTasksOf(facts).length === 0 && facts.calendar_events.length === 0;
}
