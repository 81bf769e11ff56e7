import { isGreeting, isSignOff, readClause } from './clause-kind.ts';
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
  /** How sure the reading is that this is a task (0–1); below one half it is only a suggestion. */
  confidence: number;
  /** Who the task is for, when a message assigns it ("Maria: update the pricing page"). */
  owner: string | null;
}

/** What a heading or label gives the lines under it. */
interface Scope {
  project: string | null;
  dateHint: string | null;
  owner?: string | null;
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
/** "Client: Acme redesign", "Startup idea: a meal planner": a kind of effort, then its name. */
const EFFORT_LINE = /^(?:client|customer|initiative|epic|campaign|side project|startup idea|business idea|app idea|product|workstream)\s*[:\-–—]\s*(.+?)\s*:?$/i;
/** Longest name an effort line gives its project; a longer description names it by its kind. */
const EFFORT_NAME_WORDS_MAX = 6;
/** Headings that sort a list without naming a project. */
const GENERIC =
  /^(?:to-?dos?|to do(?: list)?|tasks?|misc(?:ellaneous)?|other(?: stuff| things)?|random|(?:random |other |misc |some |more |a few )?(?:stuff|things|thoughts|bits)(?: (?:in|on|from) (?:my|the) (?:head|mind|brain|plate|list))?|on my (?:mind|plate)|notes?|brain ?dump|reminders?|general|inbox|me|myself|self|list|personal stuff|odds and ends|quick (?:ones|things|wins)|action items?|next steps|follow[- ]?ups?|open items|takeaways|ideas)$/i;
const NAMED_EFFORT = /^(?:for|regarding|re|about|on|with)\s+(?:the|my|our)\s+(.{2,60}?)(?:\s+project)?\s*[,:–—-]?\s+(?=(?:i|we)\b|(?:need|have|gotta|got|must|should)\b)/i;
/** A sentence that names an effort and nothing to do: "Garden project for spring." */
const PROJECT_SENTENCE = /^(?:the |my |our |a )?(\p{L}[\p{L}\p{N}'’ &-]{1,40}?)\s+project\b(?:\s+(?:for|this|next|in|over|before|by|at)\b[^,;:]*)?[.!:]*$/iu;
/** "get the kitchen renovation moving": an effort to push along, whose steps follow. */
const EFFORT_MOVING = /^(?:get|getting|keep|push|start|kick off)\s+(?:the |my |our )(\p{L}[\p{L}\p{N}'’ &-]{1,40}?)\s+(?:moving|going|started|rolling|off the ground|underway|kicked off|sorted|on track|back on track|over the line)[.!]*$/iu;

/** A label before a colon on the same line: "Garden: mow the lawn, rake leaves". */
const INLINE_LABEL = /^([^:]{1,40}?):\s+(.+)$/;
/** Todoist-style tags: "#work finish the budget" files the task under Work. */
const TAG = /(?:^|\s)#(\p{L}[\p{L}\p{N}_-]*)/gu;
/** Dumps that read as a message (meeting notes, an email), where "Maria: …" names who does it. */
const MESSAGE_CUE = /\b(?:action items?|next steps|follow[- ]?ups?|meeting notes|minutes|recap)\b/i;
/** "URGENT: …" is a cue the task reader picks up, not a project. */
const PRIORITY_LABEL = /^(?:urgent|asap|important|high prio(?:rity)?|low prio(?:rity)?|whenever|someday|critical)$/i;
/** "The big one: …", "Main thing: …", "Note: …" introduce a task without naming a project. */
const LEAD_LABEL = /^(?:the|a|an|this|that|my|one|main|biggest|most|first|also|plus|p\.?s\.?|note|btw|goal|idea|reminder|fyi|oh|and)\b/i;
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
  const effort = EFFORT_LINE.exec(content);
  if (effort?.[1] && !startsWithVerb(trimFiller(effort[1]))) {
    return wordCount(effort[1]) <= EFFORT_NAME_WORDS_MAX ? effort[1] : content.slice(0, content.search(/\s*[:\-–—]/));
  }
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
  const name = (explicit?.[1] ?? heading)
    .replace(/^(?:(?:for|re|regarding|about)\s+)?(?:the|my|our|a|an)\s+/i, '')
    .replace(/\s+(?:stuff|things|tasks|to-?dos?)$/i, '')
    .trim();
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

// Dictated text has no commas: "… the prescription and then call …", "… the claim also remind me to …",
// "… the claim I also need to …". A break before "I need to" (after a few words: "tomorrow I have
// to …" is one clause) keeps its words for the next clause.
const CLAUSE_BREAK =
  /\s*,\s*(?:and\s+then\s+|and\s+also\s+|and\s+|then\s+|also\s+|plus\s+|so\s+)?|\s+(?:and\s+then|and\s+also|then\s+also|after\s+that|plus\s+also)\s+|\s+(?:and|then|plus|also|&|\+)\s+(?=\S)|\s+so\s+(?=(?:i|we)\s+(?:have|need|must|should|gotta|got|will)\b)|(?<=\S+\s+\S+\s+\S+)\s+(?=(?:i|we)\s+(?:also\s+|still\s+|really\s+)?(?:need|have|must|should|gotta|got)\s+to\b|(?:also\s+)?remind me to\b|don'?t forget to\b)/i;

/** True when a clause stands as a task of its own rather than continuing the previous one. */
function standsAlone(clause: string, joiner: string, listing: boolean): boolean {
  const trimmed = trimFiller(clause);
  if (trimmed !== clause.trim() && /^(?:i|we|need|have|got|gotta|must|should|don'?t|remember|remind|also|then)\b/i.test(clause.trim())) return true;
  if (startsWithVerb(trimmed)) return true;
  // "and" / "then" without a comma joins nouns ("salt and pepper") unless a verb follows.
  if (!joiner.includes(',')) return false;
  // "groceries, laundry, taxes": a list of things, each its own task.
  return listing || wordCount(trimmed) > 3;
}

/** Words the first item of a list of things stays within ("groceries", "dentist thu 2pm"). */
const LISTED_THING_WORDS = 3;

/** Clauses of one sentence: commas, "and then", "and" before a verb; noun lists stay whole. */
export function clauses(sentence: string): string[] {
  const result: string[] = [];
  const parts = sentence.split(',');
  const first = trimFiller(parts[0] ?? '');
  // A sentence that opens with a short thing and lists more after commas is a list of tasks;
  // one that opens with a verb lists that verb's objects ("buy eggs, milk, and bread").
  const listing = parts.length >= 3 && wordCount(first) <= LISTED_THING_WORDS && !startsWithVerb(first) && !first.includes(':');
  let rest = sentence;
  let joiner = '';
  for (;;) {
    const match = CLAUSE_BREAK.exec(rest);
    // A zero-width break at the very start would never advance.
    const at = match && match[0] === '' && match.index === 0 ? null : match;
    const clause = at ? rest.slice(0, at.index) : rest;
    if (result.length > 0 && !standsAlone(clause, joiner, listing)) result[result.length - 1] += `${joiner}${clause}`;
    else if (clause.trim()) result.push(clause.trim());
    if (!at) break;
    joiner = at[0];
    rest = rest.slice(at.index + at[0].length);
  }
  return result;
}

/** "need to: 1) submit the report 2) book flights": the lead-in and the numbered items on one line. */
function inlineList(content: string): { lead: string; items: string[] } | null {
  const markers = [...content.matchAll(/(?:^|\s)\(?(\d{1,2})[.)]\s+/g)];
  const sequence: RegExpExecArray[] = [];
  for (const marker of markers) {
    if (Number(marker[1]) === sequence.length + 1) sequence.push(marker as RegExpExecArray);
  }
  if (sequence.length < 2) return null;
  const items = sequence.map((marker, index) => {
    const end = sequence[index + 1]?.index ?? content.length;
    return content.slice(marker.index + marker[0].length, end).trim();
  });
  return { lead: content.slice(0, sequence[0]?.index ?? 0).trim(), items };
}

/** The project a sentence names without asking for anything: "Garden project for spring." */
function projectSentence(sentence: string): string | null {
  const text = trimFiller(sentence.replace(LEADING_DAY, '').replace(/^[\s,]+/, ''));
  const moving = EFFORT_MOVING.exec(text);
  if (moving?.[1]) return projectName(moving[1]);
  if (startsWithVerb(text)) return null;
  const named = PROJECT_SENTENCE.exec(text);
  return named?.[1] ? projectName(named[1]) : null;
}

interface ItemContext {
  scope: Scope;
  /** The text is a list item of its own, where a bare noun is a task. */
  listed: boolean;
  /** The dump reads as a message, where "Name: do x" names who does it. */
  message: boolean;
}

/**
 * Reads one line's text (or one item of an inline list) into segments. Returns the project the
 * rest of the paragraph falls under when a sentence names one ("Garden project for spring."), or
 * undefined when the scope is unchanged.
 */
function itemsOf(content: string, context: ItemContext, out: Segment[]): string | null | undefined {
  let paragraphProject: string | null | undefined;
  for (const sentence of sentences(content)) {
    let text = sentence;
    let scope: Scope = paragraphProject === undefined ? context.scope : { ...context.scope, project: paragraphProject };
    // "Random stuff in my head: call the bank", "Action items:" at the end of a sentence.
    const label = /^([^:]{1,40}?):(?:\s+(.*))?$/.exec(text);
    if (label?.[1] && !label[2]) {
      paragraphProject = GENERIC.test(label[1].trim()) ? null : projectName(label[1]);
      continue;
    }
    const labelled = label?.[1] && label[2] ? labelScope(label[1], label[2], scope, context.message) : null;
    if (labelled && label?.[2]) {
      text = label[2];
      scope = labelled;
    }
    const named = projectSentence(text);
    if (named !== null) {
      paragraphProject = named;
      continue;
    }
    const sentenceDay = LEADING_DAY.exec(text)?.[0] ?? scope.dateHint;
    let sentenceProject = scope.project;
    const effort = NAMED_EFFORT.exec(text);
    if (effort?.[1]) {
      sentenceProject = projectName(effort[1]);
      text = text.slice(effort[0].length);
    }
    for (const clause of clauses(text)) {
      const cleaned = clause.replace(/[.!?]+$/, (marks) => (marks.includes('!!') ? marks : '')).trim();
      const reading = readClause(cleaned, context.listed);
      if (reading.kind === 'noise') continue;
      out.push({ text: reading.text, project: sentenceProject, dateHint: sentenceDay, confidence: reading.confidence, owner: scope.owner ?? null });
    }
  }
  return paragraphProject;
}

/** Todoist-style "#work" tags: the first names the project; all leave the text. */
function tagsOf(content: string): { project: string | null; text: string } {
  const tags = [...content.matchAll(TAG)].map((match) => match[1] ?? '');
  if (tags.length === 0) return { project: null, text: content };
  return { project: projectName(tags[0]?.replace(/[_-]+/g, ' ') ?? ''), text: content.replace(TAG, ' ').trim() };
}

/**
 * Splits a brain dump into candidate tasks: list items, sentences and clauses, each carrying the
 * project its heading, "Project:" line, label, tag or named effort gives it, and how sure the
 * reading is that it is a task.
 */
export function segment(dump: string): Segment[] {
  const lines = dump
    .replace(/\r\n?/g, '\n')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .split('\n')
    .map(readLine);
  const message = lines.some((line) => isGreeting(line.content) || isSignOff(line.content) || MESSAGE_CUE.test(line.content));
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
  // After "Best," or "Thanks," short plain lines are a signature.
  let signedOff = false;
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
    if (isSignOff(line.content)) {
      signedOff = true;
      continue;
    }
    if (signedOff && plain && wordCount(line.content) <= 4 && !startsWithVerb(trimFiller(line.content))) continue;
    const tagged = tagsOf(line.content);
    const content = tagged.text;
    const heading = tagged.project === null ? headingOf({ ...line, content }, nextFilled[position]) : null;
    if (heading !== null) {
      if (line.bullet || line.indent > 0) inner = { indent: line.indent, ...headingScope(heading, outer) };
      else outer = headingScope(heading, { project: null, dateHint: null });
      continue;
    }
    const lineScope = inner ?? outer;
    const scope = tagged.project === null ? lineScope : { ...lineScope, project: tagged.project };
    const changed = readContent(content, { scope, listed: line.bullet, message }, out);
    if (changed !== undefined) {
      if (inner) inner = { ...inner, project: changed };
      else outer = { project: changed, dateHint: outer.dateHint };
    }
  }
  return out;
}

/** One line's text: a "Label: rest" line, an inline numbered list, or prose. */
function readContent(content: string, context: ItemContext, out: Segment[]): string | null | undefined {
  const list = inlineList(content);
  if (list) {
    const lead = list.lead.replace(/:$/, '').trim();
    let scope = context.scope;
    if (lead !== '' && trimFiller(lead) !== '') {
      scope = labelScope(lead, list.items[0] ?? '', scope, context.message) ?? headingScope(lead, scope);
    }
    for (const item of list.items) itemsOf(item, { ...context, scope, listed: true }, out);
    return undefined;
  }
  const label = INLINE_LABEL.exec(content);
  const labelled = label?.[1] && label[2] ? labelScope(label[1], label[2], context.scope, context.message) : null;
  if (labelled && label?.[2]) return itemsOf(label[2], { ...context, scope: labelled }, out);
  return itemsOf(content, context, out);
}

/**
 * What "Label: rest" on one line means: a day ("Tomorrow: call Bob"), a project when the rest
 * reads as tasks ("Garden: mow, rake"), who does it in a message ("Maria: update the page"),
 * nothing for filler labels ("Note: …"); null when the label belongs to the task ("groceries: eggs,
 * milk" stays whole).
 */
function labelScope(label: string, rest: string, scope: Scope, message: boolean): Scope | null {
  if (GENERIC.test(label.trim())) return scope;
  if (wordCount(label) > 4 || PRIORITY_LABEL.test(label) || startsWithVerb(label)) return null;
  if (isDatePhrase(label)) return { ...scope, dateHint: label.trim() };
  if (LEAD_LABEL.test(label) || trimFiller(label) === '') return scope;
  if (/\d$/.test(label) || !startsWithVerb(trimFiller(rest))) return null;
  if (message && /^\p{Lu}[\p{Ll}'-]+$/u.test(label.trim())) return { ...scope, owner: label.trim() };
  return { project: projectName(label), dateHint: scope.dateHint };
}

/** A heading names either a day ("Tomorrow", "## Friday 10am") or a project. */
function headingScope(heading: string, current: Scope): Scope {
  if (isDatePhrase(heading)) return { project: current.project, dateHint: heading.trim() };
  return { project: projectName(heading), dateHint: null };
}
