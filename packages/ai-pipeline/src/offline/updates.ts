import { addDays, type TaskPriority, type UpdateTaskOperation } from '@ordo/shared-types';
import type { DraftContext } from '../drafter.ts';
import { findPriority, trimFiller } from './cues.ts';
import { type DateReference, findDate } from './dates.ts';
import { contentWords, matchTask } from './task-match.ts';

type OpenTask = DraftContext['tasks'][number];
type Changes = UpdateTaskOperation['changes'];

const MOVE = /^(?:move|push|reschedule|shift|bump|postpone|delay|change|put off|push back)\s+(.+?)\s+((?:back\s+|out\s+)?(?:to|till|until|for|on)\s+.+)$/i;
const MOVED = /^(.+?)\s+(?:is\s+|has been\s+)?(?:moved|pushed|postponed|rescheduled|shifted|bumped)\s+((?:back\s+|out\s+)?(?:to|till|until|for|on)\s+.+)$/i;
const NOW_DUE = /^(.+?)\s+(?:is|are)\s+(?:now\s+|actually\s+)?(due\s+.+)$/i;
const SHIFT_BY = /^(?:move|push|bump|postpone|delay|put off|shift)\s+(.+?)\s+(?:back\s+|out\s+)?(?:by\s+)?(a|an|one|two|three|\d+)\s+(day|week)s?$/i;
const DONE = [
  /^(?:mark|set|tick off|check off)\s+(.+?)\s+(?:as\s+)?(?:done|complete|completed|finished)$/i,
  /^(.+?)\s+(?:is|are)\s+(?:all\s+)?(?:done|finished|complete|completed|sorted)$/i,
  /^(.+?)\s*[:-]\s*(?:done|finished|complete|completed)$/i,
  /^(?:finished|completed|done with|did)\s+(.+)$/i,
];
const CANCEL = [/^(?:drop|scrap|forget about|never mind|nevermind|nvm|no longer need to|don'?t need to)\s+(.+)$/i, /^(.+?)\s+(?:is|are)\s+(?:cancell?ed|off|not happening)$/i];
const REPRIORITISE = [
  /^(?:make|mark|set|flag)\s+(.+?)\s+(?:as\s+)?((?:high|top|low|medium|normal)[- ]prio(?:rity)?|urgent|important|not urgent)$/i,
  /^(.+?)\s+(?:is|are)\s+(?:now\s+|actually\s+)?((?:high|top|low|medium|normal)[- ]prio(?:rity)?|urgent|important|not urgent)$/i,
];
const RENAME = /^rename\s+(.+?)\s+to\s+"?(.+?)"?$/i;
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3 };

function update(task: OpenTask, changes: Changes): UpdateTaskOperation {
  return { op: 'update_task', task_id: task.id, changes };
}

function moved(phrase: string, target: string, tasks: readonly OpenTask[], reference: DateReference): UpdateTaskOperation | null {
  const task = matchTask(phrase, tasks);
  const date = findDate(target, reference);
  if (!task || !date) return null;
  return update(task, date.start_at ? { due_date: date.due_date, start_at: date.start_at } : { due_date: date.due_date });
}

const TRAILING_STOPS = /[.!]+$/;
const NOT_URGENT = /not urgent/i;

/**
 * An instruction about a task the person already has ("move the dentist thing to Friday", "mark
 * taxes done"), as an update; null unless exactly one open task matches confidently.
 */
export function findUpdate(text: string, tasks: readonly OpenTask[], reference: DateReference): UpdateTaskOperation | null {
  if (tasks.length === 0) return null;
  const sentence = trimFiller(text.replace(TRAILING_STOPS, ''));
  const shift = SHIFT_BY.exec(sentence);
  if (shift?.[1] && shift[2] && shift[3]) {
    const task = matchTask(shift[1], tasks);
    const days = (COUNTS[shift[2].toLowerCase()] ?? Number(shift[2])) * (shift[3].toLowerCase() === 'week' ? 7 : 1);
    if (task) return update(task, { due_date: addDays(task.due_date ?? reference.today, days) });
  }
  for (const pattern of [MOVE, MOVED, NOW_DUE]) {
    const move = pattern.exec(sentence);
    const found = move?.[1] && move[2] ? moved(move[1], move[2], tasks, reference) : null;
    if (found) return found;
  }
  for (const pattern of DONE) {
    const phrase = pattern.exec(sentence)?.[1];
    const task = phrase ? matchTask(phrase, tasks) : null;
    if (task) return update(task, { status: 'done' });
  }
  for (const pattern of CANCEL) {
    const phrase = pattern.exec(sentence)?.[1];
    const task = phrase ? matchTask(phrase, tasks) : null;
    if (task) return update(task, { status: 'cancelled' });
  }
  for (const pattern of REPRIORITISE) {
    const match = pattern.exec(sentence);
    const task = match?.[1] ? matchTask(match[1], tasks) : null;
    const priority: TaskPriority | undefined = match?.[2] ? (NOT_URGENT.test(match[2]) ? 'low' : findPriority(match[2])?.value) : undefined;
    if (task && priority) return update(task, { priority });
  }
  const rename = RENAME.exec(sentence);
  const renamed = rename?.[1] ? matchTask(rename[1], tasks) : null;
  if (renamed && rename?.[2]) return update(renamed, { title: rename[2].trim() });
  return null;
}

/**
 * A new task that restates an open one with a date ("compare insurance quotes by Friday" when
 * "Compare car insurance quotes" is open) reschedules it instead of duplicating it. The phrase must
 * name at least two of the task's words and cover at least half of them.
 */
export function restatedTask(
  title: string,
  date: { due_date: string; start_at: string | null },
  tasks: readonly OpenTask[],
): UpdateTaskOperation | null {
  const task = matchTask(title, tasks);
  if (!task) return null;
  const named = contentWords(title).length;
  if (named < 2 || named * 2 < contentWords(task.title).length) return null;
  return update(task, date.start_at ? { due_date: date.due_date, start_at: date.start_at } : { due_date: date.due_date });
}
