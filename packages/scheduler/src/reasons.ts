import { type PlanRange, type PlanTask, shortDayLabel, type UnplacedCode } from '@ordo/shared-types';
import { durationText } from './duration-text.ts';

/** What the texts need to know about the plan: `today` drops the year from dates in this year. */
export interface ReasonContext {
  today: string;
  range: PlanRange;
}

const day = (date: string, context: ReasonContext) => shortDayLabel(date, context.today);

function rangeText(context: ReasonContext): string {
  const { from, to } = context.range;
  return from === to ? `on ${day(from, context)}` : `from ${day(from, context)} to ${day(to, context)}`;
}

/** Why a block sits where it does: "high priority, due Fri 5 Dec", "overdue (due Tue 2 Dec)". */
export function blockReason(task: PlanTask, overdue: boolean, context: ReasonContext): string {
  const parts: string[] = [];
  if (task.priority) parts.push(`${task.priority} priority`);
  const date = task.deadline ?? task.due_date;
  if (date && (overdue || date < context.today)) parts.push(`overdue (due ${day(date, context)})`);
  else if (date) parts.push(`due ${day(date, context)}`);
  return parts.length > 0 ? parts.join(', ') : 'no priority or due date';
}

/** The facts behind a task left out, in minutes. */
export interface Shortfall {
  code: UnplacedCode;
  needed: number;
  free: number;
  longest: number;
  /** The deadline that limited the search, when it fell inside the range. */
  deadline: string | null;
  /** Whether the task could have been cut into pieces, and why not when it could not. */
  split: 'allowed' | 'off' | 'too_short';
  minChunk: number;
}

/** "needs 6 h by Fri 5 Dec, 3.5 h free", with every number the person needs to act on it. */
export function unplacedReason(shortfall: Shortfall, context: ReasonContext): string {
  const { code, needed, free, longest, deadline, split, minChunk } = shortfall;
  const scope = deadline ? `by ${day(deadline, context)}` : rangeText(context);
  switch (code) {
    case 'deadline_before_range':
      return `due ${day(deadline ?? context.range.from, context)}, before this plan starts: plan that day instead`;
    case 'deadline_too_tight':
    case 'no_room':
      return `needs ${durationText(needed)} ${scope}, ${durationText(free)} free`;
    case 'no_fitting_slot':
      if (split === 'allowed') {
        return `needs ${durationText(needed)} in pieces of at least ${durationText(minChunk)}; the free time ${scope} does not divide that way (longest free slot ${durationText(longest)})`;
      }
      return `needs ${durationText(needed)} in one piece${split === 'off' ? ' (splitting is off)' : ''}; the longest free slot ${scope} is ${durationText(longest)}`;
  }
}
