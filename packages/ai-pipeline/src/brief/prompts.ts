import type { BriefFacts, BriefTask } from '@ordo/shared-types';
import { shortDayLabel } from '@ordo/shared-types';
import { openTasksOf } from './facts-index.ts';
import { projectLink, taskLink } from './markdown-text.ts';
import type { BriefDraft, BriefPriorities } from './schemas.ts';

// The facts as a model reads them: each task with the exact link the brief must use, and every
// date already written the way the brief must write it.
function modelTask(task: BriefTask, today: string) {
  return {
    id: task.id,
    link: taskLink(task),
    project: task.project_name,
    priority: task.priority,
    due: task.due_date ? shortDayLabel(task.due_date, today) : null,
    starts_at: task.start_at ? task.start_at.slice(11, 16) : null,
    deadline: task.deadline ? shortDayLabel(task.deadline, today) : null,
    at_risk: task.at_risk,
  };
}

export function factsForModel(facts: BriefFacts): string {
  const today = facts.local_date;
  return JSON.stringify({
    name: facts.name,
    kind: facts.kind,
    today: shortDayLabel(today, today),
    sections: facts.sections,
    completed: facts.completed.map((task) => ({ ...modelTask(task, today), completed: shortDayLabel(task.completed_on, today) })),
    completed_between: [shortDayLabel(facts.completed_from, today), shortDayLabel(facts.completed_to, today)],
    scheduled_today: facts.scheduled_today.map((task) => modelTask(task, today)),
    due_today: facts.due_today.map((task) => modelTask(task, today)),
    overdue: facts.overdue.map((task) => ({ ...modelTask(task, today), days_overdue: task.age_days })),
    next_7_days: facts.upcoming.map((task) => modelTask(task, today)),
    projects: facts.projects.map((project) => ({ link: projectLink(project), open: project.open, done: project.done })),
    calendar_events: facts.calendar_events,
  });
}

export const PRIORITISE_SYSTEM = [
  'You help one person plan their day. From the facts (JSON), choose at most three open tasks that matter most today:',
  'overdue work that is slipping, what is due or scheduled today, and high-priority work due soon.',
  'A task with at_risk true will miss its deadline (the deadline has passed, or it is planned after it): prefer it.',
  'Use only task ids from overdue, due_today, scheduled_today and next_7_days, copied exactly. For each, say in one short sentence why it matters today.',
].join(' ');

export function prioritiseMessages(facts: BriefFacts, findings: readonly string[]) {
  const messages = [{ role: 'user' as const, content: `Facts:\n${factsForModel(facts)}` }];
  if (findings.length > 0) {
    messages.push({ role: 'user' as const, content: `Your previous choice had these problems; choose again:\n- ${findings.join('\n- ')}` });
  }
  return messages;
}

const SECTION_GUIDE =
  'Sections (write only those listed in "sections", wins first, each under a "## " heading): wins = what was completed; ' +
  'focus = the chosen priorities and why; today = calendar events, scheduled and due tasks; overdue; ' +
  'upcoming = the next 7 days; projects = progress per project.';

export function writeSystem(facts: BriefFacts): string {
  const what =
    facts.kind === 'weekly'
      ? 'a weekly review in Markdown: the wins of the last 7 days first, then the week ahead.'
      : "a morning brief in Markdown for this person's day: wins first, then what matters today.";
  return [
    `You write ${what} Warm, encouraging and short (under 200 words); address the person by name when given.`,
    SECTION_GUIDE,
    'Rules the brief is checked against: mention a task only as its "link" from the facts, copied exactly, and a project only as its "link";',
    'write a date only exactly as the facts write it (e.g. "Thu 10 Dec"), and only the date the facts give that task;',
    'never mention a task, project, event, date or number that is not in the facts; no raw HTML, no other links.',
    'The headline is one plain line (no Markdown) that sums up the day.',
  ].join(' ');
}

export function writeMessages(facts: BriefFacts, priorities: BriefPriorities, findings: readonly string[]) {
  const open = new Map(openTasksOf(facts).map((task) => [task.id, task]));
  const focus = priorities.priorities.flatMap((priority) => {
    const task = open.get(priority.task_id);
    return task ? [{ link: taskLink(task), why: priority.why }] : [];
  });
  const messages = [{ role: 'user' as const, content: `Facts:\n${factsForModel(facts)}\n\nPriorities for today:\n${JSON.stringify(focus)}` }];
  if (findings.length > 0) {
    messages.push({
      role: 'user' as const,
      content: `Your previous brief failed its check:\n- ${findings.join('\n- ')}\nWrite it again, fixing every point.`,
    });
  }
  return messages;
}

/** The repair round of the check: the failing draft and what is wrong with it. */
export function repairMessages(facts: BriefFacts, draft: BriefDraft, findings: readonly string[]) {
  return [
    { role: 'user' as const, content: `Facts:\n${factsForModel(facts)}` },
    { role: 'assistant' as const, content: JSON.stringify({ headline: draft.headline, markdown: draft.markdown }) },
    {
      role: 'user' as const,
      content: `This brief failed its check against the facts:\n- ${findings.join('\n- ')}\nRewrite it so that every point is fixed and nothing else changes.`,
    },
  ];
}

export const REVIEW_SYSTEM = [
  'You check a brief against the facts (JSON) it was written from. List every statement the facts do not support:',
  'a task, project, event or date that is not in the facts, a wrong date, title, count or status, or a completion that did not happen.',
  'Wording, tone and advice are fine. Reply with an empty list when everything is supported.',
].join(' ');

export function reviewMessages(facts: BriefFacts, draft: BriefDraft) {
  return [
    {
      role: 'user' as const,
      content: `Facts:\n${factsForModel(facts)}\n\nBrief:\n${draft.headline}\n\n${draft.markdown}`,
    },
  ];
}
