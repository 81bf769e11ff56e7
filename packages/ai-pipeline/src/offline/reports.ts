import type { UpdateTaskOperation } from '@ordo/shared-types';
import type { DraftContext } from '../drafter.ts';
import { trimFiller } from './cues.ts';
import type { DateReference } from './dates.ts';
import { matchTask } from './task-match.ts';
import { findUpdate } from './updates.ts';

type OpenTask = DraftContext['tasks'][number];

/** A report about an open task and the words of the dump that made it; no update when it says nothing changed. */
export interface Report {
  update: UpdateTaskOperation | null;
  clause: string;
}

/** Sentence ends; a pictograph ends a report too ("gas paid 👍 the railing can wait"). */
const SENTENCE_BREAK = /[.!?\n]+|\p{Extended_Pictographic}+/u;
const CLAUSE_BREAK = /[,;]/;
/** "solar quotes - still going", "the NIE appointment (no change)": an open task said to stand as it is. */
const UNCHANGED =
  /^(.+?)\s*[(:–—-]?\s*(?:still (?:going|pending|open|waiting|in progress|on|to do|to sort|not (?:done|booked|sorted|paid|sent|started))|no change|unchanged|ongoing|in progress|as before|as planned)\)?$/i;
/** "still need: the NIE appointment": a short label before the task it lists. */
const LEAD_LABEL = /^[\p{L} ]{1,20}:\s*/u;
/** What a clause says of its subject that makes the subject a task named: "the railing can wait". */
const SUBJECT = /^(.+?)\s+(?:can|could|will|'ll|won't|can't|is|isn't|are|aren't|has|hasn't|have|needs|must|should|'s)\b/i;

/** "… and fixed the sink": a past verb and what it was done to, anywhere in a clause. */
const PAST_THEN_OBJECT = /\b([\p{L}]+ed|paid|sent|did|done|bought|sorted)\s+(?:the\s+|my\s+|our\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)/giu;

const SPACE = /\s+/;
/** "art history essay: extension granted": the topic before a colon or dash, which later clauses go on about. */
const TOPIC = /^(?:[-*•]\s*)?(.+?)(?:\s*:|\s+[–—-])\s/;

/** The open task a past verb in the clause was done to: "the plumber came and fixed the sink" names the sink task. */
function doneTo(clause: string, tasks: readonly OpenTask[]): OpenTask | null {
  for (const match of clause.matchAll(PAST_THEN_OBJECT)) {
    const object = match[2] ?? '';
    const task = matchTask(object, tasks) ?? matchTask(object.split(SPACE)[0] ?? '', tasks);
    if (task) return task;
  }
  return null;
}

/**
 * Reports about open tasks anywhere in a dump, read clause by clause before the dump is cut into
 * candidate tasks: "gas paid this morning" or "not doing them" are statements the segmenter drops
 * as no task, yet they finish, cancel or move one. Within a sentence "it" stands for the task the
 * clause before named ("the railing can wait, move it to Saturday").
 */
export function findReports(dump: string, tasks: readonly OpenTask[], reference: DateReference): Report[] {
  if (tasks.length === 0) return [];
  const reports: Report[] = [];
  for (const sentence of dump.split(SENTENCE_BREAK)) {
    let referent: OpenTask | null = null;
    for (const part of sentence.split(CLAUSE_BREAK)) {
      const clause = part.trim();
      if (clause === '') continue;
      const update = findUpdate(clause, tasks, reference, referent);
      const unchanged = UNCHANGED.exec(clause)?.[1];
      const standing = unchanged ? matchTask(trimFiller(unchanged).replace(LEAD_LABEL, ''), tasks) : null;
      if (update) reports.push({ update, clause });
      else if (standing) reports.push({ update: null, clause });
      const subject = SUBJECT.exec(clause)?.[1];
      // "hymns still to do, by Tuesday": a day after a task said to stand is its new day.
      referent =
        (update ? tasks.find((task) => task.id === update.task_id) : null) ??
        standing ??
        (subject ? matchTask(subject, tasks) : null) ??
        matchTask(TOPIC.exec(clause)?.[1] ?? '', tasks) ??
        matchTask(trimFiller(clause), tasks) ??
        doneTo(clause, tasks) ??
        referent;
    }
  }
  return reports;
}

const PICTOGRAPHS = /\p{Extended_Pictographic}+/gu;
const SPACES = /\s+/g;

function plain(text: string): string {
  return ` ${text.replace(PICTOGRAPHS, ' ').replace(SPACES, ' ').trim().toLowerCase()} `;
}

/** A candidate task that is, or holds, a clause already read as a report: it is no new task. */
export function isReported(text: string, reports: readonly Report[]): boolean {
  const candidate = plain(text);
  return reports.some((report) => {
    const clause = plain(report.clause);
    return candidate.includes(clause) || clause.includes(candidate);
  });
}
