import type { BriefFacts } from '@ordo/shared-types';
import { shortDayLabel } from '@ordo/shared-types';
import { mentionedDates } from './dates.ts';
import { type FactsIndex, indexFacts } from './facts-index.ts';

/**
 * The code half of the brief's check. A brief names tasks and projects only as Markdown links to
 * them (`[title](/tasks/<id>)`, `[name](/projects/<id>)`), so every mention is machine-readable:
 * the id must be one the facts hold and the link text that item's exact title. Dates are written
 * out ("Thu 10 Dec", "10 December", "2026-12-10"): each must be a real day the brief covers, its
 * weekday (when given) must be that day's, and on a line that links tasks it must be one of
 * those tasks' own dates (due, scheduled, completed) or the brief's date. Links anywhere else
 * than Ordo's own pages are refused. What the code cannot read (a claim in plain prose) is the
 * check-tier model's half.
 */

// [text](target): the text may hold backslash escapes, including \] .
const linkPattern = /\[((?:\\.|[^\]\\])*)\]\(\s*([^)\s]*)\s*\)/g;
const taskLink = /^\/tasks\/([0-9a-f-]{36})$/i;
const projectLink = /^\/projects\/([0-9a-f-]{36})$/i;
// Pages a brief may link to besides tasks and projects.
const pageLinks = new Set(['/dashboard', '/tasks', '/projects', '/briefs', '/settings']);

const unescapeMarkdown = (text: string) => text.replace(/\\(.)/g, '$1');
const normalise = (text: string) => unescapeMarkdown(text).replace(/\s+/g, ' ').trim();

function checkLine(line: string, facts: BriefFacts, index: FactsIndex, findings: string[]): void {
  const lineDays = new Set<string>([facts.local_date]);
  let linksTasks = false;
  for (const [whole, text, target] of line.matchAll(linkPattern)) {
    const title = normalise(text as string);
    const taskId = taskLink.exec(target as string)?.[1]?.toLowerCase();
    const projectId = projectLink.exec(target as string)?.[1]?.toLowerCase();
    if (taskId) {
      const task = index.tasks.get(taskId);
      if (!task) {
        findings.push(`"${title}" links to a task that is not in the facts (${target}); mention only the tasks you were given`);
        continue;
      }
      if (normalise(task.title) !== title) findings.push(`${whole} must use the task's exact title: "${task.title}"`);
      linksTasks = true;
      for (const day of task.days) lineDays.add(day);
    } else if (projectId) {
      const name = index.projects.get(projectId);
      if (!name) findings.push(`"${title}" links to a project that is not in the facts (${target})`);
      else if (normalise(name) !== title) findings.push(`${whole} must use the project's exact name: "${name}"`);
    } else if (!pageLinks.has(target as string)) {
      findings.push(`${whole} links outside Ordo; link only to /tasks/<id> and /projects/<id> from the facts`);
    }
  }
  // Dates inside link texts belong to titles ("Friday 12 Dec party"), not to claims.
  const prose = line.replace(linkPattern, ' ');
  for (const date of mentionedDates(prose, facts.local_date)) {
    if (!date.day) {
      findings.push(`"${date.text}" is not a real date`);
      continue;
    }
    if (date.weekday !== null && new Date(`${date.day}T00:00:00Z`).getUTCDay() !== date.weekday) {
      findings.push(`"${date.text}" has the wrong weekday: it is ${shortDayLabel(date.day, facts.local_date)}`);
      continue;
    }
    if (!index.days.has(date.day)) {
      findings.push(`"${date.text}" is a date the facts do not mention`);
    } else if (linksTasks && !lineDays.has(date.day)) {
      findings.push(`"${date.text}" is not the date of the task on its line: ${line.trim().slice(0, 200)}`);
    }
  }
}

/** What the draft says that the facts do not (empty: every mention checks out). */
export function checkBriefDraft(facts: BriefFacts, draft: { headline: string; markdown: string }): string[] {
  const index = indexFacts(facts);
  const findings: string[] = [];
  if (draft.headline.includes('](')) findings.push('the headline must be plain text, without links');
  for (const line of [draft.headline, ...draft.markdown.split('\n')]) checkLine(line, facts, index, findings);
  return [...new Set(findings)];
}
