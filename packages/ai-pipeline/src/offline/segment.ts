import { trimFiller } from './cues.ts';
import { isDatePhrase } from './dates.ts';
import { startsWithVerb } from './verbs.ts';

/** One candidate task as written, with the project and date its surroundings give it. */
export interface Segment {
  text: string;
  /** Project name from a heading, a "Project:" line, a label or a named effort. */
  project: string | null;
  /** A date heading ("Tomorrow:", "## Monday") that applies when the text names no date itself. */
  dateHint: string | null;
}

/** What a heading or label gives the lines under it. */
interface Scope {
  project: string | null;
  dateHint: string | null;
}

interface Line {
  indent: number;
  bullet: boolean;
  checked: boolean;
  content: string;
}

const BULLET = /^(?:[-*•◦▪‣+–—>]|\d{1,3}[.)]|[a-z][.)](?=\s))\s+/i;
const CHECKBOX = /^\[([ xX]?)\]\s*/;
const MARKDOWN_HEADING = /^#{1,6}\s+(.+?)\s*#*$/;
const BOLD_HEADING = /^(?:\*\*|__)(.+?)(?:\*\*|__):?$/;
const PROJECT_LINE = /^(?:project|proj|area)\s*[:\-–—]\s*(.+?)\s*:?$/i;
/** Headings that sort a list without naming a project. */
const GENERIC = /^(?:to-?dos?|to do(?: list)?|tasks?|misc(?:ellaneous)?|other(?: stuff| things)?|random(?: stuff)?|stuff|things|notes?|brain ?dump|reminders?|general|inbox|me|myself|self|list|personal stuff|odds and ends|quick (?:ones|things|wins))$/i;
// Sentences that describe a mood, not a task.
const CHATTER = /^(?:i'?m|i am|i forgot|ah+|oh+|i feel|feeling|it'?s been|so much|ugh+|argh+|wow|lol|hmm+|ok(?:ay)?|this week is|today is|here'?s|here is|brain ?dump|that'?s (?:it|all)|anyway)\b/i;
const NAMED_EFFORT = /^(?:for|regarding|re|about|on|with)\s+(?:the|my|our)\s+(.{2,60}?)(?:\s+project)?\s*[,:–—-]?\s+(?=(?:i|we)\b|(?:need|have|gotta|got|must|should)\b)/i;

/** A label before a colon on the same line: "Garden: mow the lawn, rake leaves". */
const INLINE_LABEL = /^([^:]{1,40}?):\s+(.+)$/;
/** "URGENT: …" is a cue the task reader picks up, not a project. */
const PRIORITY_LABEL = /^(?:urgent|asap|important|high prio(?:rity)?|low prio(?:rity)?|whenever|someday|critical)$/i;
/** "The big one: …", "Main thing: …", "Note: …" introduce a task without naming a project. */
const LEAD_LABEL = /^(?:the|a|an|this|that|my|one|main|biggest|most|first|also|plus|p\.?s\.?|note|btw)\b/i;
/** Such a label in the middle of prose, at the start of a sentence. */
const SENTENCE_LABEL = new RegExp(`${LEAD_LABEL.source}[^:.!?]{0,30}:\\s+`, 'i');
/** A day at the very start of a sentence covers the whole sentence: "tomorrow I have to a, b, c". */
const LEADING_DAY = /^(?:today|tonight|tomorrow|tmrw|this (?:week|weekend|morning|afternoon|evening)|next (?:week|weekend|month)|(?:on |next |this )?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b/i;

function readLine(raw: string): Line {
  const expanded = raw.replace(/\t/g, '    ');
  const indent = expanded.length - expanded.trimStart().length;
  let content = expanded.trim();
  const bulletMatch = BULLET.exec(content);
  if (bulletMatch) content = content.slice(bulletMatch[0].length);
  const box = CHECKBOX.exec(content);
  if (box) content = content.slice(box[0].length);
  return { indent, bullet: bulletMatch !== null || box !== null, checked: box?.[1]?.toLowerCase() === 'x', content: content.trim() };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A heading's name when the line is one; the decision needs the next line for bare labels. */
function headingOf(line: Line, next: Line | undefined): string | null {
  const { content } = line;
  if (PROJECT_LINE.test(content)) return content;
  const markdown = MARKDOWN_HEADING.exec(content) ?? (!line.bullet ? BOLD_HEADING.exec(content) : null);
  if (markdown?.[1]) return markdown[1].replace(/:$/, '').trim();
  if (content.endsWith(':') && wordCount(content) <= 6 && !/[.!?]/.test(content)) return content.slice(0, -1).trim();
  const shortLabel = wordCount(content) <= 4 && !/[.!?,;]/.test(content) && !startsWithVerb(trimFiller(content));
  const nextIsChild = next?.bullet === true && (next.indent > line.indent || !line.bullet);
  if (shortLabel && nextIsChild) return content;
  if (!line.bullet && shortLabel && /^[A-Z0-9 &/]+$/.test(content) && /[A-Z]{2}/.test(content)) return content;
  return null;
}

/** "Garden" → project Garden; "Project: Kitchen" → Kitchen; "To do" → none. */
function projectName(heading: string): string | null {
  const explicit = PROJECT_LINE.exec(heading);
  const name = (explicit?.[1] ?? heading).replace(/^(?:(?:for|re|regarding|about)\s+)?(?:the|my|our)\s+/i, '').replace(/\s+(?:stuff|things|tasks|to-?dos?)$/i, '').trim();
  if (!explicit && GENERIC.test(heading.trim())) return null;
  return name === '' ? null : name.charAt(0).toUpperCase() + name.slice(1);
}

const ABBREVIATION = /\b(?:dr|mr|mrs|ms|st|vs|etc|e\.g|i\.e|approx|no|jr|sr|inc|ltd|co)\.$/i;

/** Sentences: split after . ! ? (not after abbreviations or inside numbers) and at semicolons. */
function sentences(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const piece of text.split(/(?<=[.!?])\s+|;\s*/)) {
    current = current ? `${current} ${piece}` : piece;
    if (!ABBREVIATION.test(current)) {
      parts.push(current);
      current = '';
    }
  }
  if (current) parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

const CLAUSE_BREAK = /\s*,\s*(?:and\s+then\s+|and\s+also\s+|and\s+|then\s+|also\s+|plus\s+|so\s+)?|\s+(?:and\s+then|and\s+also|then\s+also|after\s+that|plus\s+also)\s+|\s+(?:and|then|plus|&|\+)\s+(?=\S)|\s+so\s+(?=(?:i|we)\s+(?:have|need|must|should|gotta|got|will)\b)/i;

/** True when a clause stands as a task of its own rather than continuing the previous one. */
function standsAlone(clause: string, joiner: string): boolean {
  const trimmed = trimFiller(clause);
  if (trimmed !== clause.trim() && /^(?:i|we|need|have|got|gotta|must|should|don'?t|remember|also|then)\b/i.test(clause.trim())) return true;
  if (startsWithVerb(trimmed)) return true;
  // "and" / "then" without a comma joins nouns ("salt and pepper") unless a verb follows.
  if (!joiner.includes(',')) return false;
  return wordCount(trimmed) > 3;
}

/** Clauses of one sentence: commas, "and then", "and" before a verb; noun lists stay whole. */
export function clauses(sentence: string): string[] {
  const result: string[] = [];
  let rest = sentence;
  let joiner = '';
  for (;;) {
    const match = CLAUSE_BREAK.exec(rest);
    const clause = match ? rest.slice(0, match.index) : rest;
    if (result.length > 0 && !standsAlone(clause, joiner)) result[result.length - 1] += `${joiner}${clause}`;
    else if (clause.trim()) result.push(clause.trim());
    if (!match) break;
    joiner = match[0];
    rest = rest.slice(match.index + match[0].length);
  }
  return result;
}

function itemsOf(content: string, project: string | null, dateHint: string | null, out: Segment[]): void {
  for (const sentence of sentences(content)) {
    let text = sentence;
    let sentenceProject = project;
    const lead = SENTENCE_LABEL.exec(text);
    if (lead) text = text.slice(lead[0].length);
    const sentenceDay = LEADING_DAY.exec(text)?.[0] ?? dateHint;
    const effort = NAMED_EFFORT.exec(text);
    if (effort?.[1]) {
      sentenceProject = projectName(effort[1]);
      text = text.slice(effort[0].length);
    }
    for (const clause of clauses(text)) {
      const cleaned = clause.replace(/[.!?]+$/, (marks) => (marks.includes('!!') ? marks : '')).trim();
      if (cleaned.replace(/[^\p{L}\p{N}]/gu, '').length < 2 || CHATTER.test(cleaned)) continue;
      out.push({ text: cleaned, project: sentenceProject, dateHint: sentenceDay });
    }
  }
}

/**
 * Splits a brain dump into candidate tasks: list items, sentences and clauses, each carrying the
 * project its heading, "Project:" line, label or named effort gives it.
 */
export function segment(dump: string): Segment[] {
  const lines = dump
    .replace(/\r\n?/g, '\n')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .split('\n')
    .map(readLine);
  const nextFilled: (Line | undefined)[] = [];
  for (let index = lines.length - 1, following: Line | undefined; index >= 0; index--) {
    nextFilled[index] = following;
    const current = lines[index];
    if (current && current.content !== '') following = current;
  }
  const out: Segment[] = [];
  let outer: Scope = { project: null, dateHint: null };
  // Once a heading's list has started, the first plain line after it is outside the heading.
  let outerListed = false;
  let inner: (Scope & { indent: number }) | null = null;
  let previousBlank = false;
  for (const [position, line] of lines.entries()) {
    if (line.content === '') {
      previousBlank = true;
      continue;
    }
    if (inner && line.indent <= inner.indent) inner = null;
    // A blank line followed by plain prose ends the heading above it.
    const plain = !line.bullet && line.indent === 0;
    if (plain && (previousBlank || outerListed)) outer = { project: null, dateHint: null };
    if (plain) outerListed = false;
    else if (!inner) outerListed = true;
    previousBlank = false;
    if (line.checked) continue;
    const heading = headingOf(line, nextFilled[position]);
    if (heading !== null) {
      if (line.bullet || line.indent > 0) inner = { indent: line.indent, ...headingScope(heading, outer) };
      else outer = headingScope(heading, { project: null, dateHint: null });
      continue;
    }
    const scope = inner ?? outer;
    const label = INLINE_LABEL.exec(line.content);
    const labelled = label?.[1] && label[2] ? labelScope(label[1], label[2], scope) : null;
    if (labelled && label?.[2]) itemsOf(label[2], labelled.project, labelled.dateHint, out);
    else itemsOf(line.content, scope.project, scope.dateHint, out);
  }
  return out;
}

/**
 * What "Label: rest" on one line means: a day ("Tomorrow: call Bob"), a project when the rest
 * reads as tasks ("Garden: mow, rake"), nothing for filler labels ("Note: …"); null when the label
 * belongs to the task ("groceries: eggs, milk" stays whole).
 */
function labelScope(label: string, rest: string, scope: Scope): Scope | null {
  if (wordCount(label) > 4 || PRIORITY_LABEL.test(label) || startsWithVerb(label)) return null;
  if (isDatePhrase(label)) return { project: scope.project, dateHint: label.trim() };
  if (GENERIC.test(label.trim()) || LEAD_LABEL.test(label) || trimFiller(label) === '') return scope;
  if (/\d$/.test(label) || !startsWithVerb(trimFiller(rest))) return null;
  return { project: projectName(label), dateHint: scope.dateHint };
}
/** A heading names either a day ("Tomorrow", "## Friday 10am") or a project. */
function headingScope(heading: string, current: Scope): Scope {
  if (isDatePhrase(heading)) return { project: current.project, dateHint: heading.trim() };
  return { project: projectName(heading), dateHint: null };
}
