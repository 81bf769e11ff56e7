import type { BriefFacts, BriefSection, BriefTask } from '@ordo/shared-types';
import { shortDayLabel } from '@ordo/shared-types';
import { isEmptyDay, openTasksOf } from './facts-index.ts';
import { escapeMarkdown, projectLink, taskLink } from './markdown-text.ts';
import type { BriefDraft, BriefPriorities } from './schemas.ts';

export const OFFLINE_BRIEF_MODEL = 'ordo-offline-brief-v1';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function timeOf(task: BriefTask): string | null {
  // start_at carries the person's offset, so its wall-clock part is their local time.
  return task.start_at ? task.start_at.slice(11, 16) : null;
}

// A deadline is worth a word only when it is at risk: otherwise the due date says enough.
function deadlineNote(task: BriefTask, today: string): string {
  if (!task.at_risk || !task.deadline) return '';
  return task.deadline < today ? `, deadline ${shortDayLabel(task.deadline, today)} missed` : `, at risk: deadline ${shortDayLabel(task.deadline, today)}`;
}

function greeting(facts: BriefFacts): string {
  const name = facts.name?.trim() ? `, ${escapeMarkdown(facts.name.trim())}` : '';
  return facts.kind === 'weekly' ? `Here is your week in review${name}.` : `Good morning${name}.`;
}

function headline(facts: BriefFacts, focus: number): string {
  if (isEmptyDay(facts)) return facts.kind === 'weekly' ? 'A quiet week: time to plan something good' : 'A clear day ahead';
  if (facts.kind === 'weekly') {
    return `Your week: ${plural(facts.completed.length, 'win')}, ${plural(facts.due_today.length + facts.upcoming.length, 'task')} ahead`;
  }
  const parts: string[] = [];
  if (focus > 0) parts.push(`${focus === 1 ? 'one thing' : focus === 2 ? 'two things' : 'three things'} for today`);
  if (facts.overdue.length > 0) parts.push(`${facts.overdue.length} overdue`);
  if (parts.length === 0) parts.push(`${plural(facts.completed.length, 'win')} yesterday`);
  return parts.join(', ');
}

type SectionWriter = (facts: BriefFacts, priorities: BriefPriorities) => string[] | null;

const sections: Record<BriefSection, SectionWriter> = {
  wins(facts) {
    if (facts.completed.length === 0) return null;
    const when = facts.kind === 'weekly' ? 'this past week' : 'yesterday';
    return [
      `## Wins`,
      `You finished ${plural(facts.completed.length, 'task')} ${when}. Well done.`,
      ...facts.completed.map((task) =>
        facts.kind === 'weekly' ? `- ${taskLink(task)}, ${shortDayLabel(task.completed_on, facts.local_date)}` : `- ${taskLink(task)}`,
      ),
    ];
  },
  today(facts) {
    const scheduled = facts.scheduled_today.map((task) => `- ${timeOf(task)} ${taskLink(task)}`);
    const scheduledIds = new Set(facts.scheduled_today.map((task) => task.id));
    const due = facts.due_today
      .filter((task) => !scheduledIds.has(task.id))
      .map((task) => `- ${taskLink(task)}, due today${deadlineNote(task, facts.local_date)}`);
    const events = facts.calendar_events.map((event) =>
      event.all_day ? `- All day: ${escapeMarkdown(event.title)}` : `- ${event.start.slice(11, 16)}–${event.end.slice(11, 16)} ${escapeMarkdown(event.title)}`,
    );
    if (scheduled.length + due.length + events.length === 0) return null;
    return [`## Today, ${shortDayLabel(facts.local_date, facts.local_date)}`, ...events, ...scheduled, ...due];
  },
  overdue(facts) {
    if (facts.overdue.length === 0) return null;
    return [
      `## Overdue`,
      ...facts.overdue.map(
        (task) =>
          `- ${taskLink(task)}, due ${shortDayLabel(task.due_date, facts.local_date)} (${plural(task.age_days, 'day')} ago)${deadlineNote(task, facts.local_date)}`,
      ),
    ];
  },
  upcoming(facts) {
    if (facts.upcoming.length === 0) return null;
    return [
      facts.kind === 'weekly' ? '## The week ahead' : '## Coming up',
      ...facts.upcoming.map(
        (task) => `- ${taskLink(task)}, due ${shortDayLabel(task.due_date as string, facts.local_date)}${deadlineNote(task, facts.local_date)}`,
      ),
    ];
  },
  projects(facts) {
    const active = facts.projects.filter((project) => project.open + project.done > 0);
    if (active.length === 0) return null;
    return [`## Projects`, ...active.map((project) => `- ${projectLink(project)}: ${project.done} done, ${project.open} open`)];
  },
  focus(facts, priorities) {
    const tasks = new Map(openTasksOf(facts).map((task) => [task.id, task]));
    const lines = priorities.priorities.flatMap((priority, position) => {
      const task = tasks.get(priority.task_id);
      return task ? [`${position + 1}. ${taskLink(task)}: ${escapeMarkdown(priority.why)}`] : [];
    });
    if (lines.length === 0) return null;
    return [facts.kind === 'weekly' ? '## Focus for the week' : '## Focus', ...lines];
  },
};

// Wins first, then the rest in the order the person's settings list them.
const ORDER: readonly BriefSection[] = ['wins', 'focus', 'today', 'overdue', 'upcoming', 'projects'];

/**
 * The brief written by template, from the same facts and priorities a model would get: used with
 * no provider configured, when the monthly budget is spent, and when a model's draft keeps
 * failing its check. It names tasks and projects only as links with their exact titles and dates
 * as "Thu 10 Dec", so it passes the check's code half by construction (a test holds it to that).
 */
export function writeOfflineBrief(facts: BriefFacts, priorities: BriefPriorities): BriefDraft {
  const chosen = ORDER.filter((section) => facts.sections.includes(section));
  const blocks = chosen.map((section) => sections[section](facts, priorities)).filter((block) => block !== null);
  const focusCount = facts.sections.includes('focus') ? priorities.priorities.length : 0;
  let body: string;
  if (isEmptyDay(facts)) {
    body =
      facts.kind === 'weekly'
        ? 'Nothing was finished or is due this week, so the slate is clean. Pick one thing that matters to you and give it an hour.'
        : 'Nothing is due today and nothing is overdue. Enjoy the space: get ahead on something you care about, or take it easy.';
  } else if (blocks.length === 0) {
    body = `You have ${plural(openTasksOf(facts).length, 'open task')} on your list. Have a good day.`;
  } else {
    body = blocks.map((lines) => lines.join('\n')).join('\n\n');
  }
  return {
    headline: headline(facts, focusCount),
    markdown: `${greeting(facts)}\n\n${body}\n`,
    provider: 'offline',
    model: OFFLINE_BRIEF_MODEL,
  };
}
