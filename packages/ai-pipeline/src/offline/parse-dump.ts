import {
  calendarDay,
  describeRecurrence,
  instantOfWallTime,
  type Operation,
  operationSchema,
  PROJECT_NAME_MAX,
  parseDate,
  type QuickAddSpanKind,
  TASK_TITLE_MAX,
  type TaskPriority,
} from '@ordo/shared-types';
import type { DraftContext } from '../drafter.ts';
import { namesKinds } from './bracketed-kinds.ts';
import { type Found, findAside, findDuration, findLeadingMonth, findPriority, trimFiller } from './cues.ts';
import { AROUND_AS_PARTICLE, type DateReference, type FoundDate, findDate, hasDatePhrase, isDatePhrase, mayBeJustGone, startDateMemo } from './dates.ts';
import { namePronouns, referentText } from './named-pronouns.ts';
import { nameThing, stepOnStatedNeed } from './named-things.ts';
import { startParseMemos } from './parse-memos.ts';
import { parseQuickAdd } from './quick-add/parse-quick-add.ts';
import { reachedAbout } from './reached-about.ts';
import { readOnce } from './read-once.ts';
import { findReports, isReported } from './reports.ts';
import { withSelfCorrectionsTaken } from './self-corrections.ts';
import { messageAnswered, type Segment, segment } from './segment.ts';
import { withDoneColumnsTicked } from './done-columns.ts';
import { withTablesAsLists } from './markdown-tables.ts';
import { shortenedFrom } from './shortened-names.ts';
import { taskConfidence } from './task-confidence.ts';
import { withDetailDatesJoined } from './detail-dates.ts';
import { withTranscriptWritten } from './transcripts.ts';
import { withRetroSectionsLeft } from './retro-sections.ts';
import { withReminderConditionsLast } from './reminder-conditions.ts';
import { tillIsNounAfter } from './till.ts';
import { dumpIsListed, type TaskCandidate } from './task-features.ts';
import { matchTask } from './task-match.ts';
import { findUpdate, restatedTask } from './updates.ts';
import { withoutEmphasis } from './emphasis.ts';
import { withOrgOutlineRead } from './org-outline.ts';
import { withTrackerLinesRead } from './tracker-lines.ts';
import { withCountdownLabelsDated } from './countdown-labels.ts';
import { withWrappedLinesJoined } from './wrapped-lines.ts';

/** An instruction matched to exactly one open task ("move the dentist thing to Friday"). */
const UPDATE_CONFIDENCE = 0.9;
/** A new task that restates an open one with a date, read as rescheduling it. */
const RESTATED_CONFIDENCE = 0.8;

interface TaskFields {
  title: string;
  notes: string | null;
  due_date: string | null;
  start_at: string | null;
  duration_minutes: number | null;
  priority: TaskPriority | null;
}

/** Blanks a found cue out, length for length, so offsets found earlier still point where they did. */
function cut(text: string, found: { index: number; length: number } | null): string {
  return found ? `${text.slice(0, found.index)}${' '.repeat(found.length)}${text.slice(found.index + found.length)}` : text;
}

const EMPTY_BRACKETS = /\(\s*\)|\[\s*\]/g;
const CLOSING_BRACKETS = /\)/g;
const OPENING_BRACKETS = /\(/g;
const WHITESPACE_RUNS = /\s+/g;
const TITLE_EDGE_MARKS = /^[\s,;:.!?\-–—~*]+|[\s,;:.!?\-–—~*(]+$/g;
const LEADING_OF_WITH_TO = /^(?:of|with|to)\s+/i;
const STRAIGHT_QUOTES = /"/g;
const TRAILING_QUOTE = /["”]+$/;
/**
 * What a cut date or clause leaves at a title's end, linking to nothing: a preposition, a
 * conjunction, an article, a copula ("send the deck ahead of", "finish it within the"); not "after",
 * which may mean afterwards ("pick up Sam after"): a day cut after it takes it along (`readTask`);
 * nor "around" as a verb's particle ("shop around", "ask around").
 */
const TRAILING_LINK_WORD = new RegExp(
  String.raw`\s+(?:ahead of|in advance of|prior to|in time for|as of|by|on|(?<!\blook(?:ed|s|ing)?\s+)at|for|to|due|before|until|within|than|of|the|and|or|then|from|starting|${AROUND_AS_PARTICLE}|is|are|was|were)$`,
  'i',
);
const TRAILING_TILL = /\s+till$/i;

const SPACE_BEFORE_COMMA = / ,/g;
/** "him", "her": a pet or a thing that needs something may be either, as well as someone named. */
const TAKEN_PRONOUN = /\b(?:him|her)\b/i;
/**
 * "book a table", "reserve the room", "book table at Luca": a title that reserves something, whose
 * clock time is the time reserved, not when to book (cues.ts' BOOKING also counts planning verbs:
 * "schedule a call at 3pm" keeps its time).
 */
const RESERVES_SOMETHING = /^(?:book|reserve)\s+(?:a|an|the|my|our|us|me|him|her|them|table|seats?|tickets?|rooms?)\b/i;

const BARE_WHEN_WORD = /^(?:now|then|later|again|still|already|also)$/i;

/** Tidies what is left once cues are cut out: spacing, empty brackets, dangling "by", capital. */
export function tidyTitle(text: string): string {
  let title = text.replace(EMPTY_BRACKETS, ' ');
  // A cue cut from "(30 min)" leaves one bracket behind.
  if (!title.includes('(')) title = title.replace(CLOSING_BRACKETS, ' ');
  if (!title.includes(')')) title = title.replace(OPENING_BRACKETS, ' ');
  title = title.replace(WHITESPACE_RUNS, ' ').trim();
  // "Giulia compleanno sabato, compra torta": a date cut before a comma leaves the comma's space behind.
  title = title.replace(SPACE_BEFORE_COMMA, ',');
  // The closing mark of a quoted message the title ends: '… by Friday."' (a quoted name keeps both of its marks).
  if ((title.match(STRAIGHT_QUOTES) ?? []).length % 2 === 1) title = title.replace(TRAILING_QUOTE, '');
  if (title.includes('”') && !title.includes('“')) title = title.replace(TRAILING_QUOTE, '');
  for (;;) {
    const next = trimFiller(title)
      .replace(TITLE_EDGE_MARKS, '')
      .replace(LEADING_OF_WITH_TO, '')
      .replace(TRAILING_LINK_WORD, '')
      // "count the till" keeps its till: after a determiner it is the cash drawer.
      .replace(TRAILING_TILL, (till, at: number, whole: string) => (tillIsNounAfter(whole.slice(0, at)) ? till : ''))
      .trim();
    if (next === title) break;
    title = next;
  }
  // "…, now due the 9th": a word of when left alone once its day is cut names nothing to do.
  if (BARE_WHEN_WORD.test(title)) return '';
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * The pieces of quick add's grammar a dump shares: p1–p4, @labels, "for <duration>", "every …"
 * and "by/deadline <date>". (#project tags are read by the segmenter; other dates by dates.ts,
 * which knows how dumps write them.)
 */
const SHARED_KINDS: readonly QuickAddSpanKind[] = ['priority', 'label', 'duration', 'recurrence', 'deadline'];

const noons = new Map<string, Date>();
/** How many noons the memo keeps before it starts afresh. */
const NOONS_MAX = 1_000;

/** The clock quick add reads by: `now` when it falls on the person's today, else noon that day (memoised: every clause asks). */
function clockNow(reference: DateReference): Date {
  if (reference.now && calendarDay(reference.now, reference.timezone) === reference.today) return reference.now;
  const key = `${reference.today} ${reference.timezone}`;
  let noon = noons.get(key);
  if (!noon) {
    if (noons.size >= NOONS_MAX) noons.clear();
    noon = instantOfWallTime({ ...parseDate(reference.today), hour: 12, minute: 0 }, reference.timezone);
    noons.set(key, noon);
  }
  return noon;
}

/** Longest day phrase read after "and": "next Tuesday morning". */
const JOINED_DAY_WORDS_MAX = 3;

const JOINER_START = /^\s*(?:and|or|&|\/|,)\s*/i;
const WHITESPACE = /\s+/;
const ORDINAL_START = /^\d{1,2}(?:st|nd|rd|th)\b/i;
const TRAILING_PUNCTUATION = /[.,;!?]+$/;

/** True when the text goes on with "and"/"or" and another day: "… and Tuesday", "or the 14th". */
function nextIsDay(after: string): boolean {
  const joined = JOINER_START.exec(after);
  if (!joined) return false;
  const words = after.slice(joined[0].length).split(WHITESPACE);
  // "on the 14th and 15th": a bare ordinal goes on from the day before it.
  if (ORDINAL_START.test(words[0] ?? '')) return true;
  for (let count = 1; count <= JOINED_DAY_WORDS_MAX && count <= words.length; count++) {
    if (isDatePhrase(words.slice(0, count).join(' ').replace(TRAILING_PUNCTUATION, ''))) return true;
  }
  return false;
}

/** " before the 8am charter", " by the 2pm session": an event named by its hour, closing the task. */
const TIMED_EVENT_AFTER = /\s+(?:before|by|ahead of)\s+the\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|\d{1,2}[:.]\d{2})\s+(\p{L}[^,;.!?()]*)$/iu;

/** The event named by its hour at the text's end, when it names no day of its own ("… the 10:30 standup tomorrow" does). */
function timedEventAfter(text: string): RegExpExecArray | null {
  const found = TIMED_EVENT_AFTER.exec(text);
  return found?.[1] !== undefined && !hasDatePhrase(found[1]) ? found : null;
}
const BRACKET_OPEN_END = /\(\s*$/;
const BRACKET_CLOSE_START = /^\s*\)/;
const POSSESSIVE_NEXT = /^'s\b/;
const DEADLINE_WORD_START = /^(?:by|before|until|till)\b/i;
const UP_TO_BREAK = /^[^,;(]*/;
const BRACKETED_REMARKS = /\(([^()]*\p{L}[^()]*)\)/gu;
/**
 * A bracket that says which or how many of the thing, part of what to do: "(12 boxes)", "(size 9)",
 * "(grade 3)", "(2 kg)". A count with its unit or a kind with its number, nothing more ("(day 2
 * visiting)"), never a day ("(the 28th)", "(week 3)") nor a time word before it ("(by 5)").
 */
const QUALIFIER =
  /^(?!(?:by|at|on|from|until|till|before|after|due|around|about|approx|maybe|ca|the|in|day|week|month|night)\b)(?:\p{L}+\s+[€£$#]?\d[\d.,]*|[€£$#]?\d[\d.,]*(?!st\b|nd\b|rd\b|th\b)(?:\s?\p{L}+)?)$/iu;
const REMARK_EDGE_MARKS = /^[\s,;:.!?-]+|[\s,;:.!?-]+$/g;

const WITHIN = /^within\b/i;
const OF_EVENT = /^\s+(?:of|after|from)\s+\S/i;
const AFTER_END = /\bafter\s+$/i;
const SOMETIME_AFTER = /\s*\b(?:for\s+)?(?:some ?time|any ?time|any day|whenever)\s+after\s*$/i;

/**
 * A day that bounds no deadline, cut from the title with its words for the notes: "schedule the spay
 * for sometime after 5/3" (the day it may start after), "update the roll within 2 weeks of moving"
 * (a span counted from an event the text does not date).
 */
function unboundedDay(rest: string, date: FoundDate): { rest: string; note: string } | null {
  const end = date.index + date.length;
  if (WITHIN.test(rest.slice(date.index)) && OF_EVENT.test(rest.slice(end))) return { rest: rest.slice(0, date.index), note: rest.slice(date.index).trim() };
  const after = SOMETIME_AFTER.exec(rest.slice(0, date.index));
  if (after) return { rest: cut(rest, { index: after.index, length: end - after.index }), note: rest.slice(after.index, end).trim() };
  return null;
}

/** Reads a segment's cues (priority, duration, date) and what remains as its title. */
export function readTask(text: string, dateHint: string | null, reference: DateReference): TaskFields {
  const shared = parseQuickAdd(text, { now: clockNow(reference), timezone: reference.timezone, projects: [], labels: [] }, SHARED_KINDS);
  let rest = text;
  for (const span of shared.spans) if (span.kind !== 'deadline') rest = cut(rest, { index: span.start, length: span.end - span.start });
  const coded = shared.spans.some((span) => span.kind === 'priority');
  const priority: Found<TaskPriority> | null = coded ? null : findPriority(rest);
  rest = cut(rest, priority);
  const duration = shared.duration_minutes === null ? findDuration(rest) : null;
  rest = cut(rest, duration);
  const hinted = dateHint ? findDate(dateHint, reference) : null;
  let date: FoundDate | null = findDate(rest, reference, hinted?.due_date);
  // "enter last week's slips tonight", "go over Thursday's notes tomorrow", "the postmortem for the 17/Mar
  // outage by 1 Apr" (on 26 March): a day said after a past, a possessive or a just-gone one is when to do it.
  const firstEnd = date === null ? 0 : date.index + date.length;
  if (date && (date.due_date < reference.today || POSSESSIVE_NEXT.test(rest.slice(firstEnd)) || mayBeJustGone(rest, date, reference.today))) {
    const later = findDate(rest.slice(firstEnd), reference, hinted?.due_date);
    if (later && later.due_date >= reference.today) date = { ...later, index: later.index + firstEnd };
  }
  // "the candidates from last week" says when something happened: a task is never due in the past.
  if (date && date.due_date < reference.today) date = null;
  const unbounded = date ? unboundedDay(rest, date) : null;
  if (unbounded) {
    rest = unbounded.rest;
    date = null;
  }
  // A dump's task has no deadline of its own: "by Friday" is the day it is due, as the date reader
  // reads it, unless an earlier phrase names another day; then the deadline goes to the notes.
  const deadlineSpan = shared.spans.find((span) => span.kind === 'deadline');
  let laterDeadline: string | null = null;
  if (deadlineSpan && shared.deadline && !POSSESSIVE_NEXT.test(rest.slice(deadlineSpan.end))) {
    const length = deadlineSpan.end - deadlineSpan.start;
    // "confirm 2 buses for the field trip (3/8) by this Friday": the day in brackets is the trip's; the deadline is the task's.
    const bracketed = date !== null && BRACKET_OPEN_END.test(rest.slice(0, date.index)) && BRACKET_CLOSE_START.test(rest.slice(date.index + date.length));
    if (!date || bracketed) date = { index: deadlineSpan.start, length, due_date: shared.deadline, start_at: null, timeOnly: false };
    else if (date.index >= deadlineSpan.end || date.index + date.length <= deadlineSpan.start) laterDeadline = shared.deadline;
    rest = cut(rest, { index: deadlineSpan.start, length });
  }
  // "Thursday's meeting" keeps its words; the day is still read. "by Friday's delivery cutoff"
  // is a deadline named after what falls on it: the whole phrase leaves the title.
  // "childcare for Monday and Tuesday": the days stay in the title, the first is the due date.
  const joined = date !== null && nextIsDay(rest.slice(date.index + date.length));
  const possessive = date !== null && (joined || date.occasion === true || POSSESSIVE_NEXT.test(rest.slice(date.index + date.length)));
  const deadline = possessive && !joined && date !== null && DEADLINE_WORD_START.test(rest.slice(date.index));
  // "fuel up before the 8am charter": the hour names the event, and "before the 8am" alone would leave "charter" behind.
  const timedEvent = timedEventAfter(rest);
  const inTimedEvent = date !== null && timedEvent !== null && date.index >= timedEvent.index;
  if (date && deadline) rest = `${rest.slice(0, date.index)} ${rest.slice(date.index).replace(UP_TO_BREAK, '')}`;
  else if (date && !possessive && !inTimedEvent) {
    const after = AFTER_END.exec(rest.slice(0, date.index));
    // "cut the coffee after 2pm": a time of day something comes after bounds it every day, and stays in its title.
    // "call the bank after Friday": the day after is the due date, and "after" leaves with its day.
    if (!after) rest = cut(rest, date);
    else if (!date.timeOnly) rest = cut(rest, { index: after.index, length: date.index + date.length - after.index });
  }
  date ??= hinted;
  // The event named by its hour says when the task is done by, not what it is: it goes to the notes.
  const eventAfter = timedEventAfter(rest);
  if (eventAfter) rest = rest.slice(0, eventAfter.index);
  // "cancel Disney+ before it renews": the reason goes to the notes, the title keeps the task.
  const aside = findAside(rest, date !== null);
  if (aside) rest = cut(rest, aside);
  const leadingMonth = findLeadingMonth(rest);
  rest = cut(rest, leadingMonth);
  // A remark in brackets ("(rake leaves lol)") is a note, once the cues inside it have been read;
  // a count or kind of the thing ("(12 boxes)", "order reeds (alto sax, clarinet)") stays.
  const remarks: string[] = [];
  rest = rest.replace(BRACKETED_REMARKS, (bracketed, remark: string) => {
    if (QUALIFIER.test(remark.trim()) || namesKinds(trimFiller(rest), remark)) return bracketed;
    remarks.push(remark.replace(REMARK_EDGE_MARKS, ''));
    return ' ';
  });
  if (eventAfter) remarks.push(eventAfter[0].trim());
  if (aside) remarks.push(aside.value.replace(WHITESPACE_RUNS, ' '));
  if (leadingMonth) remarks.push(leadingMonth.value);
  if (unbounded) remarks.push(unbounded.note);
  // What the dump's operations cannot carry yet is kept in the notes, not lost.
  if (laterDeadline) remarks.push(`Deadline ${laterDeadline}`);
  if (shared.recurrence) remarks.push(`Repeats: ${describeRecurrence(shared.recurrence)}`);
  if (shared.labels.length > 0) remarks.push(`Labels: ${shared.labels.map((label) => label.name).join(', ')}`);
  const title = tidyTitle(rest);
  return {
    title,
    notes: remarks.length > 0 ? remarks.join('; ') : null,
    due_date: date?.due_date ?? null,
    // "book a table for 8pm Friday", "dinner at Luca Friday 8pm - book table": 8pm is the dinner's, not when to book.
    start_at: RESERVES_SOMETHING.test(title) ? null : (date?.start_at ?? null),
    duration_minutes: shared.duration_minutes ?? duration?.value ?? null,
    priority: coded ? shared.priority : (priority?.value ?? null),
  };
}

const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{N}]+/gu;

function sameName(a: string, b: string): boolean {
  const key = (name: string) => name.toLowerCase().replace(NOT_LETTERS_OR_DIGITS, '');
  return key(a) === key(b);
}

const SENTENCE_ENDS = new Set(['.', '!', '?', '\n']);

/** Where the sentence holding `index` starts. */
function sentenceStart(text: string, index: number): number {
  // A character at a time, back from every item: a look-up, not a pattern run on each.
  for (let at = index - 1; at >= 0; at--) if (SENTENCE_ENDS.has(text.charAt(at)) && !inNumber(text, at)) return at + 1;
  return 0;
}

/** A dot between digits ("[20.03.2026 09:22]", "3.5 hours") is part of a number, not a sentence's end. */
function inNumber(text: string, at: number): boolean {
  return text.charAt(at) === '.' && isDigit(text.charAt(at - 1)) && isDigit(text.charAt(at + 1));
}

function isDigit(character: string): boolean {
  return character >= '0' && character <= '9';
}

/** The sentence before the one starting at `start`, in the same line ("" at a line's start). */
function previousSentence(text: string, start: number): string {
  if (start === 0 || text.charAt(start - 1) === '\n') return '';
  return text.slice(sentenceStart(text, start - 1), start);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Where the word holding `index` ends (`index` itself when none does): a cut never leaves half a word. */
function wordEnd(text: string, index: number): number {
  let end = index;
  while (end < text.length && LETTER_OR_DIGIT.test(text.charAt(end))) end++;
  return end;
}

/** Where the line holding `index` ends. */
function lineEnd(text: string, index: number): number {
  const end = text.indexOf('\n', index);
  return end < 0 ? text.length : end;
}

/** The line of the dump from `start` (its first character) to its end: whether it is a list line weighs in a clause's confidence. */
function lineFrom(text: string, start: number): string {
  return text.slice(start, lineEnd(text, start));
}

/** Sees each new task's candidate as it is weighed (to train and cross-validate the confidence model). */
export type TaskObserver = (ref: string, candidate: TaskCandidate) => void;

/** Turns a brain dump into operations, deterministically: same text and context, same result. */
export function parseDump(written: string, context: DraftContext, observe?: TaskObserver): Operation[] {
  // Tables are read as the lists they are; struck lines and a finished column are ticked before anything reads
  // them: done, never drafted.
  startDateMemo();
  startParseMemos();
  const reference: DateReference = { today: context.today, timezone: context.timezone, now: context.now };
  const text = withCountdownLabelsDated(withWrappedLinesJoined(withDoneColumnsTicked(withTablesAsLists(withoutEmphasis(withDetailDatesJoined(withTrackerLinesRead(withOrgOutlineRead(withReminderConditionsLast(withRetroSectionsLeft(withTranscriptWritten(written)))))))))), reference);
  const openTasks = context.tasks.filter((task) => task.status !== 'done' && task.status !== 'cancelled');
  const operations: Operation[] = [];
  const projectRefs = new Map<string, { ref: string | null; id: string | null }>();
  // Each task created, by project and title: a task said again dates the first saying when it had no day.
  const created = new Map<string, Extract<Operation, { op: 'create_task' }>>();
  let projectCount = 0;
  // The new projects' names in the order the dump gives them.
  const namesSaid: string[] = [];
  let taskCount = 0;

  const projectFor = (name: string | null): { project_ref: string | null; project_id: string | null } => {
    // A "name" longer than a project name may be is prose taken for a heading: the task stays
    // without a project rather than the whole draft failing.
    if (name === null || name.length > PROJECT_NAME_MAX) return { project_ref: null, project_id: null };
    // "For the reno:" after "Kitchen renovation is starting": the project named before, shortened.
    const key = (projectRefs.has(name.toLowerCase()) ? null : shortenedFrom(name, namesSaid))?.toLowerCase() ?? name.toLowerCase();
    let entry = projectRefs.get(key);
    if (!entry) {
      const existing = context.projects.find((project) => sameName(project.name, name));
      if (existing) entry = { ref: null, id: existing.id };
      else {
        entry = { ref: `p${++projectCount}`, id: null };
        operations.push(operationSchema.parse({ op: 'create_project', ref: entry.ref, name, description: null }));
        namesSaid.push(name);
      }
      projectRefs.set(key, entry);
    }
    return { project_ref: entry.ref, project_id: entry.id };
  };

  // Reports ("gas paid", "not doing the cards") are read first: most are statements, no candidate task.
  // A change said and taken back aloud ("push it to Wednesday, no, leave it") reports nothing.
  const reports = findReports(withSelfCorrectionsTaken(text), openTasks, reference);
  const updated = new Set<string>();
  for (const { update } of reports) {
    if (!update || updated.has(update.task_id)) continue;
    updated.add(update.task_id);
    operations.push(operationSchema.parse({ ...update, confidence: UPDATE_CONFIDENCE }));
  }
  const items = segment(text) as Segment[];
  // "fix the gangline actually I already fixed it last night so cross that off": a task reported on later in the dump is no new task either.
  const updatedLater = new Set(items.flatMap((item) => findUpdate(item.text, openTasks, reference)?.task_id ?? []));
  const listedDump = dumpIsListed(text);
  // Where the last item was found in the dump: a pronoun's person is named in its paragraph up to there.
  let readTo = 0;
  for (const [position, item] of items.entries()) {
    const found = text.indexOf(item.text, readTo);
    if (found >= 0) readTo = found;
    const update = findUpdate(item.text, openTasks, reference);
    if (update) {
      if (!updated.has(update.task_id)) operations.push(operationSchema.parse({ ...update, confidence: UPDATE_CONFIDENCE }));
      updated.add(update.task_id);
      continue;
    }
    if (isReported(item.text, reports)) continue;
    const fields = readTask(item.text, item.dateHint, reference);
    if (fields.title === '') continue;
    // An item whose date was moved into it ("collect them by end of February") is found by its first words.
    const opening = found >= 0 ? found : text.indexOf(item.text.split(' ', 2).join(' '), readTo);
    const taskAt = opening >= 0 ? opening : readTo;
    // Read up to the item's end; one found by its first words ends at most at its line's end.
    const readEnd = found >= 0 ? found + item.text.length : opening >= 0 ? wordEnd(text, Math.min(opening + item.text.length, lineEnd(text, opening))) : readTo;
    const startOfSentence = sentenceStart(text, taskAt);
    const startOfLine = text.lastIndexOf('\n', taskAt - 1) + 1;
    // In a chat, a reply's "them" and "it" are what the message it answers named.
    const priorSentence = previousSentence(text, startOfSentence);
    const answered = priorSentence === '' ? messageAnswered(text, startOfLine) : '';
    const sentenceBefore = text.slice(startOfSentence, taskAt);
    // "the dog needs his rabies jab, take him to the vet": "him" is the thing that needs, not someone named before.
    const forNeed = TAKEN_PRONOUN.test(fields.title) ? stepOnStatedNeed(fields.title, sentenceBefore) : null;
    fields.title =
      forNeed ??
      nameThing(
        namePronouns(fields.title, () => referentText(text, text.lastIndexOf('\n\n', readTo) + 1, startOfLine, readEnd), item.project),
        sentenceBefore,
        priorSentence || answered,
        answered !== '',
      );
    fields.title = reachedAbout(fields.title, text.slice(startOfLine, taskAt), item.project);
    const remarks = [item.owner ? `For ${item.owner}` : null, ...item.asides, fields.notes].filter(Boolean);
    fields.notes = remarks.length > 0 ? remarks.join('; ') : null;
    const restated = fields.due_date ? restatedTask(fields.title, { due_date: fields.due_date, start_at: fields.start_at }, openTasks) : null;
    // A task the dump reports on is no new task: "still need to call Dad, will do it Thursday".
    const reportedOn = restated?.task_id ?? matchTask(fields.title, openTasks)?.id ?? '';
    if (updated.has(reportedOn) || updatedLater.has(reportedOn)) continue;
    if (restated) {
      updated.add(restated.task_id);
      // "TODO finish the report, DEADLINE 31 March" for a task already due then changes nothing.
      const already = openTasks.find((task) => task.id === restated.task_id)?.due_date === restated.changes.due_date && !restated.changes.start_at;
      if (!already) operations.push(operationSchema.parse({ ...restated, confidence: Math.min(item.confidence, RESTATED_CONFIDENCE) }));
      continue;
    }
    const key = `${item.project ?? ''}\u0000${fields.title.toLowerCase()}`;
    const candidate: TaskCandidate = {
      clause: item.text,
      title: fields.title,
      ruleConfidence: item.confidence,
      dueDate: fields.due_date,
      startAt: fields.start_at,
      dateHint: item.dateHint !== null,
      project: item.project !== null,
      priority: fields.priority !== null,
      duration: fields.duration_minutes !== null,
      notes: fields.notes !== null,
      position,
      candidates: items.length,
      listedDump,
      line: lineFrom(text, startOfLine),
    };
    const confidence = taskConfidence(candidate);
    const said = created.get(key);
    if (said) {
      // "the kids need new shoes, get them before Monday": the need's task and the step are one task,
      // dated by whichever saying gave a day, as sure as the surer saying.
      if (said.due_date === null && said.start_at === null) [said.due_date, said.start_at] = [fields.due_date, fields.start_at];
      said.confidence = Math.max(said.confidence ?? 0, confidence);
      continue;
    }
    const long = fields.title.length > TASK_TITLE_MAX;
    const title = long ? `${fields.title.slice(0, TASK_TITLE_MAX - 1).trimEnd()}…` : fields.title;
    const ref = `t${++taskCount}`;
    observe?.(ref, candidate);
    const task = operationSchema.parse({
      op: 'create_task',
      ref,
      ...projectFor(item.project),
      ...fields,
      title,
      notes: long ? [fields.title, fields.notes].filter(Boolean).join('\n') : fields.notes,
      confidence,
    });
    if (task.op === 'create_task') created.set(key, task);
    operations.push(task);
  }
  return withProjectConfidence(readOnce(operations));
}

/** A new project is as certain as its most certain task: a project of suggestions is one too. */
export function withProjectConfidence(operations: Operation[]): Operation[] {
  const confidence = new Map<string, number>();
  for (const operation of operations) {
    if (operation.op !== 'create_task' || operation.project_ref === null) continue;
    confidence.set(operation.project_ref, Math.max(confidence.get(operation.project_ref) ?? 0, operation.confidence ?? 1));
  }
  return operations.map((operation) =>
    operation.op === 'create_project' ? { ...operation, confidence: confidence.get(operation.ref) ?? 1 } : operation,
  );
}
