import {
  addDays,
  LABEL_NAME_MAX,
  nextOccurrenceDate,
  PROJECT_NAME_MAX,
  type QuickAddSpan,
  type QuickAddSpanKind,
  readRrule,
  type TaskPriority,
  type TextRange,
} from '@ordo/shared-types';
import { findDuration } from './duration.ts';
import { findNames, type NameValue } from './names.ts';
import { findPriorityCodes } from './priority.ts';
import { findRecurrence, type RepeatValue } from './recurrence.ts';
import { masked, overlaps, quotedRanges, remainder } from './text-ranges.ts';
import { type Clock, clockOf, findMoments, type Moment, startAtOf } from './when.ts';

/** Who is typing: their clock and zone, and the names they already use. */
export interface QuickAddContext {
  now: Date;
  /** IANA zone the dates are read in. */
  timezone: string;
  /** Names of the person's projects and labels: a #name or @name of theirs matches in any case. */
  projects: readonly string[];
  labels: readonly string[];
  /** Stretches to keep as plain text (chips the person undid). */
  ignore?: readonly TextRange[] | undefined;
}

/** A line read into a task's fields, with the pieces recognised, in the order they stand in the text. */
export interface QuickAddResult {
  /** What is left once the recognised pieces are cut out, quote marks dropped. */
  title: string;
  due_date: string | null;
  start_at: string | null;
  duration_minutes: number | null;
  priority: TaskPriority | null;
  project: NameValue | null;
  labels: NameValue[];
  recurrence: RepeatValue | null;
  deadline: string | null;
  spans: QuickAddSpan[];
}

export const QUICK_ADD_KINDS: readonly QuickAddSpanKind[] = ['date', 'deadline', 'recurrence', 'duration', 'priority', 'project', 'label'];

/** "by friday", "deadline: dec 24": the date that follows is a deadline. */
const DEADLINE_LEAD = /(?<![\p{L}\p{N}])(?:by|deadline)\s*:?\s*$/iu;
const DEADLINE_WORD = /(?<![\p{L}\p{N}])(?:by|deadline)(?![\p{L}\p{N}])/iu;

const EVERY = /every/i;

/**
 * Reads one line of quick add. Pieces are recognised in a fixed order, each on the text with
 * the earlier ones (and quoted words, and `ignore`) masked out, so no two overlap: #project and
 * @labels, quoted words, p1–p4, "for <duration>", "every …", then dates through chrono-node —
 * "by/deadline <date>" as the deadline, the first other date (and a time of day written apart
 * from it) as the due date and start. `kinds` limits what is recognised (the brain-dump reader
 * takes its dates its own way).
 */
export function parseQuickAdd(text: string, context: QuickAddContext, kinds: readonly QuickAddSpanKind[] = QUICK_ADD_KINDS): QuickAddResult {
  // Read only when a piece needs the calendar: most lines of a dump have none.
  let clock: Clock | undefined;
  const clockNow = () => (clock ??= clockOf(context.now, context.timezone));
  const wanted = new Set(kinds);
  const blocked: TextRange[] = (context.ignore ?? []).map(({ start, end }) => ({ start: Math.min(start, text.length), end: Math.min(end, text.length) }));
  const spans: QuickAddSpan[] = [];
  const add = (span: QuickAddSpan) => {
    spans.push(span);
    blocked.push(span);
  };
  const piece = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
  const free = (range: TextRange) => !blocked.some((other) => overlaps(range, other));

  const result: QuickAddResult = {
    title: '',
    due_date: null,
    start_at: null,
    duration_minutes: null,
    priority: null,
    project: null,
    labels: [],
    recurrence: null,
    deadline: null,
    spans,
  };

  if (wanted.has('project')) {
    const [project] = findNames(masked(text, blocked), '#', context.projects, PROJECT_NAME_MAX);
    if (project) {
      add({ kind: 'project', ...piece(project.start, project.end), value: project.value });
      result.project = project.value;
    }
  }
  if (wanted.has('label')) {
    for (const label of findNames(masked(text, blocked), '@', context.labels, LABEL_NAME_MAX)) {
      add({ kind: 'label', ...piece(label.start, label.end), value: label.value });
      if (!result.labels.some((other) => other.name.toLowerCase() === label.value.name.toLowerCase())) result.labels.push(label.value);
    }
  }
  const quoted = quotedRanges(masked(text, blocked));
  blocked.push(...quoted);

  const [priority] = wanted.has('priority') ? findPriorityCodes(masked(text, blocked)) : [];
  if (priority) {
    add({ kind: 'priority', ...piece(priority.start, priority.end), value: priority.value });
    result.priority = priority.value;
  }
  const duration = wanted.has('duration') ? findDuration(masked(text, blocked)) : null;
  if (duration) {
    add({ kind: 'duration', ...piece(duration.start, duration.end), value: duration.value });
    result.duration_minutes = duration.value;
  }
  const recurrence = wanted.has('recurrence') && EVERY.test(text) ? findRecurrence(masked(text, blocked), clockNow()) : null;
  if (recurrence) {
    add({ kind: 'recurrence', ...piece(recurrence.start, recurrence.end), value: recurrence.value });
    result.recurrence = recurrence.value;
  }

  const view = masked(text, blocked);
  // chrono is the costliest step: with dates left to others, it runs only where a deadline may be.
  if (wanted.has('date') || (wanted.has('deadline') && DEADLINE_WORD.test(view))) {
    const moments = findMoments(view, clockNow()).filter(free);
    const deadline = wanted.has('deadline') ? deadlineIn(view, moments) : null;
    if (deadline) {
      add({ kind: 'deadline', ...piece(deadline.start, deadline.moment.end), value: deadline.moment.day });
      result.deadline = deadline.moment.day;
    }
    if (wanted.has('date')) {
      const when = dueMoments(moments.filter(free));
      if (when) {
        // "every weekday at 9:30": a time alone falls on the first day the repeat names.
        const day = result.recurrence && !when.parts.some((part) => part.hasDay) ? firstOccurrence(result.recurrence, when.day) : when.day;
        const value = { due_date: day, start_at: startAtOf({ ...when, day }, context.timezone) };
        for (const part of when.parts) add({ kind: 'date', ...piece(part.start, part.end), value });
        result.due_date = value.due_date;
        result.start_at = value.start_at;
      }
    }
  }
  if (result.recurrence && result.due_date === null) result.due_date = firstOccurrence(result.recurrence, clockNow().today);

  spans.sort((a, b) => a.start - b.start);
  result.title = remainder(text, spans, quoted);
  return result;
}

function deadlineIn(view: string, moments: Moment[]): { start: number; moment: Moment } | null {
  for (const moment of moments) {
    const lead = DEADLINE_LEAD.exec(view.slice(0, moment.start));
    if (lead && moment.hasDay) return { start: lead.index, moment };
  }
  return null;
}

/** The due date: the first phrase, joined by a time written apart from its day ("friday … at 7pm") or the other way round. */
function dueMoments(moments: Moment[]): (Pick<Moment, 'day' | 'time' | 'instant'> & { parts: Moment[] }) | null {
  const [first] = moments;
  if (!first) return null;
  if (first.instant) return { ...first, parts: [first] };
  const partner = moments.find((other) => other !== first && !other.instant && (first.time === null ? other.time !== null && !other.hasDay : other.time === null && other.hasDay));
  if (!partner || (first.hasDay && first.time !== null)) return { ...first, parts: [first] };
  const [day, time] = first.time === null ? [first, partner] : [partner, first];
  return { day: day.day, time: time.time, instant: null, parts: [first, partner] };
}

/**
 * With a repeat and no day, the task is due on the first day the rule names from `from` ("every
 * sunday": the coming Sunday); a rule without BY parts, or one counted from completion, starts then.
 */
function firstOccurrence(recurrence: RepeatValue, from: string): string {
  const reading = readRrule(recurrence.rrule);
  if (recurrence.from_completion || !reading.ok || ![...reading.rule.parts.keys()].some((key) => key.startsWith('BY'))) return from;
  const before = addDays(from, -1);
  return nextOccurrenceDate({ rrule: recurrence.rrule, fromCompletion: false, startsOn: before }, { anchor: before, today: from }) ?? from;
}
