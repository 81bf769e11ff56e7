import { addDays, type TaskPriority, type UpdateTaskOperation } from '@ordo/shared-types';
import type { DraftContext } from '../drafter.ts';
import { findPriority, trimFiller } from './cues.ts';
import { type DateReference, findDate } from './dates.ts';
import { rememberedPerParseIn } from './parse-memos.ts';
import { contentWords, matchTask } from './task-match.ts';
import { isPastForm, verbBase } from './verbs.ts';

type OpenTask = DraftContext['tasks'][number];
type Changes = UpdateTaskOperation['changes'];

const MOVE = /^(?:move|push|reschedule|shift|bump|postpone|delay|change|put off|push back)\s+(.+?)\s+((?:back\s+|out\s+)?(?:to|till|until|for|on)\s+.+)$/i;
/** "railing moved to Friday", "gutters push to the 13th": the task named first, then how it moves. */
const MOVED =
  /^(.+?)\s+(?:is\s+|has been\s+|got\s+|gets\s+)?(?:moved|pushed|postponed|rescheduled|shifted|bumped|push|move|shift|bump)\s+((?:back\s+|out\s+)?(?:to|till|until|for|on)\s+.+)$/i;
/** "the vet now on Friday", "dentist is now Thursday": the new day after "now". */
const NOW_ON = /^(.+?)\s+(?:is\s+|are\s+)?now\s+((?:on\s+|for\s+)?.+)$/i;
const NOW_DUE = /^(.+?)\s+(?:is|are)\s+(?:now\s+|actually\s+)?(due\s+.+)$/i;
const SHIFT_BY = /^(?:move|push|bump|postpone|delay|put off|shift)\s+(.+?)\s+(?:back\s+|out\s+)?(?:by\s+)?(a|an|one|two|three|\d+)\s+(day|week)s?$/i;
/** How a finished task is reported after its name: "gas paid", "flu shot - done at the pharmacy", "rego sorted". */
const FINISHED_WORDS =
  'done|paid|sorted|booked|sent|submitted|posted|filed|renewed|finished|complete|completed|fixed|handled|dealt with|taken care of|ticked off|crossed off|returned|picked up|collected';
/** Words after a past verb that make it a plan: "ordered by Friday" is asked, not reported. */
const PLAN_WORDS = String.raw`(?:by|before|until|till|tomorrow|next|later|soon|asap)\b`;
/** What may follow a report without making it a plan: "this morning", "online", "at the pharmacy", not "by Friday". */
const REPORT_TAIL = String.raw`(?:\s+(?!${PLAN_WORDS})[^,;]+)?`;
/** "finally did X", "sorted the rego online last night", "ticked off the tax return": the report first, then the task. */
const FINISHED_LEAD =
  /^(?:(?:i|we)\s+)?(?:finally\s+|just\s+|already\s+|also\s+)?(?:sorted(?:\s+out)?|paid|booked|did|finished|completed|submitted|sent off|posted|filed|renewed|ticked off|crossed off|knocked off|dealt with|handled|fixed|returned|picked up|collected|got through|done with)\s+(.+)$/i;
/** "done: renewed the rego": a label over what was done; each item after it is a report. */
const DONE_LABEL = /^(?:done|finished|completed|did|ticked off)\s*:\s*/i;
/** "- [x] renew the permit", "[✓] book the hall", "✓ pre-op bloodwork", a bullet journal's "× file the bundle": a ticked box, a tick or a cross before an item says it is done. */
const TICKED = /^(?:[-*•]\s*)?(?:\[[xX✓✔]\]|×(?=\s)|[✓✔☑✅]\uFE0F?(?=\s))\s*/u;
/** "called the plumber", "(I) cleaned the gutters": a past verb and its object. */
const PAST_LEAD = /^(?:(?:i|we)\s+)?(?:finally\s+|just\s+|already\s+|also\s+)?([\p{L}]+)\s+(.+)$/iu;
/** "will do it Thursday", "doing that on the 3rd": the task just named, done on a new day. */
const DO_IT_ON = /^(?:(?:i|we)\s*(?:'ll|will)\s+|will\s+|(?:i'?m|we'?re)\s+|gonna\s+)?(?:do|doing)\s+(it|that|them)\s+(.+)$/i;
/** A subject that asks rather than reports: "get the car fixed", "have the forms sent". */
const ASKING_SUBJECT = /^(?:get|have|has|need|needs|want|make sure|to|must|should|gotta|let'?s)\b/i;
/** When a report of something gone or handed in may say it happened: "went out yesterday", "is in ✅". */
const GONE_TAIL = String.raw`(?:\s+(?:now|already|yesterday|today|this morning|last night|on time|at last))?[\s\p{Extended_Pictographic}\u{FE0F}]*`;
const DONE = [
  /^(?:mark|set|tick off|check off)\s+(.+?)\s+(?:as\s+)?(?:done|complete|completed|finished)$/i,
  // "Erin's parcel went out yesterday", "the grant application is in ✅": sent off, handed in.
  new RegExp(String.raw`^(.+?)(?:\s+(?:has|have)\s+gone|\s+went|['’]s\s+gone)\s+(?:out|off)${GONE_TAIL}$|^(.+?)(?:['’]s|\s+is|\s+are)\s+(?:finally\s+|all\s+)?in${GONE_TAIL}$`, 'iu'),
  new RegExp(String.raw`^(.+?)(?:'s\s+|\s+(?:is\s+|are\s+|was\s+|were\s+|got\s+|has been\s+|have been\s+)?)(?:all\s+|finally\s+|now\s+)?(?:${FINISHED_WORDS})${REPORT_TAIL}$`, 'i'),
  new RegExp(String.raw`^(.+?)\s*[:-]\s*(?:all\s+)?(?:${FINISHED_WORDS})${REPORT_TAIL}$`, 'i'),
];
/** "cancelled" or "done" alone after a clause naming a task: "water licence, cancelled". */
const BARE_CANCELLED = /^(?:now\s+|all\s+)?(?:cancell?ed|scrapped|dropped|called off|not needed)$/i;
const BARE_DONE = new RegExp(String.raw`^(?:all\s+|now\s+)?(?:${FINISHED_WORDS})$`, 'i');
/** "now due the 9th", "by Tuesday" after a clause naming a task: its new day. */
const BARE_NOW_DUE = /^(?:(?:it'?s|it is|which is)\s+)?(?:now\s+due|but\s+by|by)\s+.+$/i;
/** A task named as a topic, then what happened to it: "camp registration: they extended it …", "the spray – wait til …". */
const TOPIC_THEN = /^(.+?)(?:\s*:|\s+[–—-])\s+(.+)$/;
const CLOSING_NOW = /\s+now$/i;
/** Words that say a topic's day has changed; without one a date after a topic is its news, not its due day. */
const NEW_DAY_CUE =
  /\b(?:extended|extension|moved|pushed|postponed|rescheduled|delayed|put off|wait|waiting|hold off|now due|due now|has to be in|have to be in|deadline is|new date)\b/i;
/** A task whose own step is to cancel something. */
const CANCELLING = /^(?:cancel|unsubscribe|end|stop)\b/i;
/** Words after a cancelled task that say when it is off: "forget the cards this year". */
const CANCEL_TAIL = String.raw`(?:\s+(?:this year|this time|this week|this month|for now|for this year|anymore|any more|after all|then|now))?`;
const CANCEL = [
  new RegExp(
    String.raw`^(?:drop|dropping|scrap|scrapping|ditch|ditching|skip|skipping|forget|forget about|never mind|nevermind|nvm|no longer need to|don'?t need to|(?:(?:i'?m|we'?re|i am|we are)\s+)?not (?:doing|bothering with|going ahead with|going to do))\s+(.+?)${CANCEL_TAIL}$`,
    'i',
  ),
  new RegExp(String.raw`^(.+?)\s+(?:is|are|'s)\s+(?:now\s+)?(?:cancell?ed|off|not happening|not needed|scrapped|dropped)${CANCEL_TAIL}$`, 'i'),
  new RegExp(String.raw`^(.+?)\s+(?:(?:has been|have been|got|was|were)\s+)?(?:cancell?ed|scrapped|dropped|called off)${CANCEL_TAIL}$`, 'i'),
  /^no\s+(.+?)\s+(?:this year|this time|anymore|any more|after all)$/i,
  /^(?:cancel|call off)\s+(.+?)$/i,
  // "I'm cancelling the January class", "we're calling off the launch party": the writer calling it off now.
  new RegExp(String.raw`^(?:i'?m|we'?re|i am|we are)\s+(?:cancell?ing|calling off)\s+(.+?)${CANCEL_TAIL}$`, 'i'),
  new RegExp(String.raw`^(.+?)\s*[:-]\s*(?:cancell?ed|off|not happening|not needed|scrapped|dropped)${CANCEL_TAIL}$`, 'i'),
  // "reeds: forget it", "the banner - skip that": a topic, then its own dropping by a pronoun.
  new RegExp(String.raw`^(.+?)\s*[:–—-]\s*(?:forget|skip|drop|scrap|ditch)\s+(?:about\s+)?(?:it|that|them)${CANCEL_TAIL}$`, 'i'),
];
const REPRIORITISE = [
  /^(?:make|mark|set|flag)\s+(.+?)\s+(?:as\s+)?((?:high|top|low|medium|normal)[- ]prio(?:rity)?|urgent|important|not urgent)$/i,
  /^(.+?)\s+(?:is|are)\s+(?:now\s+|actually\s+)?((?:high|top|low|medium|normal)[- ]prio(?:rity)?|urgent|important|not urgent)$/i,
];
const RENAME = /^rename\s+(.+?)\s+to\s+"?(.+?)"?$/i;
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3 };

function update(task: OpenTask, changes: Changes): UpdateTaskOperation {
  return { op: 'update_task', task_id: task.id, changes };
}

/** Verbs whose subject comes first when someone reaches the person: "Mum called" is no "Call Mum" done. */
const REACHING_VERBS = new Set(['call', 'phone', 'ring', 'text', 'email', 'message', 'write', 'reply', 'answer', 'visit', 'come', 'ask', 'contact']);
/** What may stand between a task and the verb that reports it: "the linen was ordered", "brake discs: ordered". */
const BEFORE_PAST_VERB = /(?:\s*[:–—-]|\s+(?:is|are|was|were|got|has been|have been|all|finally|now))+$/i;
const PLAN_TAIL = new RegExp(`^${PLAN_WORDS}`, 'i');

/** A pronoun standing for the task the sentence has just named: "the railing can wait, move it to Saturday". */
const PRONOUN = /^(?:it|that|this|them|those|these|both)$/i;
/** Where the object of a report may end before what describes it: "the rego | online last night". */
const OBJECT_END = new Set(
  'online at in on this last yesterday today tonight earlier already finally by with from over via after before for first and then early late'.split(' '),
);

/**
 * The open task a reported object names, allowing words about when or how after it: "the rego
 * online last night" names "Renew car rego". The object is cut only before such words, longest first.
 */
function reportedTask(object: string, named: (phrase: string) => OpenTask | null): OpenTask | null {
  const whole = named(object);
  if (whole) return whole;
  const words = object.split(/\s+/);
  for (let end = words.length - 1; end > 0; end--) {
    if (!OBJECT_END.has(words[end]?.toLowerCase() ?? '')) continue;
    const task = named(words.slice(0, end).join(' '));
    if (task) return task;
  }
  return null;
}

/**
 * "called Aunty Jo", "cleaned the gutters": any past verb reports a task done when the task is
 * that verb's: its title holds the verb ("Call Aunty Jo") and the object names it.
 */
function pastTask(sentence: string, named: (phrase: string) => OpenTask | null): OpenTask | null {
  const lead = PAST_LEAD.exec(sentence);
  if (!lead?.[1] || !lead[2] || !isPastForm(lead[1])) return null;
  // "phoned" is "phone" though the verb list lacks it: the word less its ending is tried too.
  const word = lead[1].toLowerCase();
  const verbs = [verbBase(word), word.slice(0, -1), word.slice(0, -2)];
  const task = reportedTask(lead[2], named);
  return task && contentWords(task.title).some((title) => verbs.includes(title)) ? task : null;
}

/**
 * "linen ordered", "brake discs for 214: ordered Friday": the task's object first, then the task's
 * own verb in the past. Only the first past verb of the sentence is read.
 */
function objectThenPast(sentence: string, named: (phrase: string) => OpenTask | null): OpenTask | null {
  const words = sentence.split(/\s+/);
  for (let at = 1; at < words.length; at++) {
    const word = words[at] ?? '';
    if (!isPastForm(word)) continue;
    const base = verbBase(word);
    if (base === null || REACHING_VERBS.has(base) || PLAN_TAIL.test(words.slice(at + 1).join(' '))) return null;
    const task = named(words.slice(0, at).join(' ').replace(BEFORE_PAST_VERB, ''));
    return task && contentWords(task.title).includes(base) ? task : null;
  }
  return null;
}

/** A topic naming a task, then words that give it a new day: "camp registration: they extended it to the 18th". */
function topicMoved(sentence: string, named: (phrase: string) => OpenTask | null, reference: DateReference): UpdateTaskOperation | null {
  const topic = TOPIC_THEN.exec(sentence);
  if (!topic?.[1] || !topic[2] || !NEW_DAY_CUE.test(topic[2])) return null;
  const task = named(topic[1]);
  // A closing "now" says the day is new ("by the 24th now"), not that it is today.
  const date = task ? findDate(topic[2].replace(CLOSING_NOW, ''), reference) : null;
  if (!task || !date) return null;
  return update(task, date.start_at ? { due_date: date.due_date, start_at: date.start_at } : { due_date: date.due_date });
}

const TRAILING_STOPS = /[.!]+$/;
const NOT_URGENT = /not urgent/i;

/** "now due the 9th" of the task the clause before named. */
function nowDue(sentence: string, referent: OpenTask | null, reference: DateReference): UpdateTaskOperation | null {
  const date = referent ? findDate(sentence, reference) : null;
  return referent && date ? update(referent, { due_date: date.due_date }) : null;
}

/**
 * An instruction about a task the person already has ("move the dentist thing to Friday", "mark
 * taxes done") or a report of one ("gas paid", "forget the cards this year"), as an update; null
 * unless exactly one open task matches confidently. `referent` is the task the sentence named
 * just before, which "it" or "them" stands for.
 */
export function findUpdate(text: string, tasks: readonly OpenTask[], reference: DateReference, referent: OpenTask | null = null): UpdateTaskOperation | null {
  if (tasks.length === 0) return null;
  return updatePerParse(text, [tasks, reference], referent);
}

/** Reports are read clause by clause, then the same clauses again as candidate tasks: each is read once a parse. */
const updatePerParse = rememberedPerParseIn(
  (text: string, [tasks, reference]: readonly [readonly OpenTask[], DateReference], referent: OpenTask | null) => updateOf(text, tasks, reference, referent),
  (referent) => referent?.id ?? '',
);

function updateOf(text: string, tasks: readonly OpenTask[], reference: DateReference, referent: OpenTask | null): UpdateTaskOperation | null {
  const named = (phrase: string): OpenTask | null => (PRONOUN.test(phrase.trim()) ? referent : matchTask(phrase, tasks));
  const sentence = trimFiller(text.replace(TRAILING_STOPS, ''));
  const shift = SHIFT_BY.exec(sentence);
  if (shift?.[1] && shift[2] && shift[3]) {
    const task = named(shift[1]);
    const days = (COUNTS[shift[2].toLowerCase()] ?? Number(shift[2])) * (shift[3].toLowerCase() === 'week' ? 7 : 1);
    if (task) return update(task, { due_date: addDays(task.due_date ?? reference.today, days) });
  }
  for (const pattern of [MOVE, MOVED, NOW_DUE, NOW_ON, DO_IT_ON]) {
    const move = pattern.exec(sentence);
    const task = move?.[1] ? named(move[1]) : null;
    const date = task && move?.[2] ? findDate(move[2], reference) : null;
    if (task && date) return update(task, date.start_at ? { due_date: date.due_date, start_at: date.start_at } : { due_date: date.due_date });
  }
  const moved = topicMoved(sentence, named, reference) ?? (BARE_NOW_DUE.test(sentence) ? nowDue(sentence, referent, reference) : null);
  if (moved) return moved;
  if (referent && BARE_DONE.test(sentence)) return update(referent, { status: 'done' });
  if (referent && BARE_CANCELLED.test(sentence)) return update(referent, { status: 'cancelled' });
  for (const pattern of DONE) {
    const match = pattern.exec(sentence);
    const phrase = match?.[1] ?? match?.[2];
    const task = phrase && !ASKING_SUBJECT.test(phrase) ? named(phrase) : null;
    if (task) return update(task, { status: 'done' });
  }
  const marked = DONE_LABEL.test(sentence) || TICKED.test(sentence);
  const report = sentence.replace(DONE_LABEL, '').replace(TICKED, '');
  const object = FINISHED_LEAD.exec(report)?.[1];
  // Under a done label or a tick the item is the report whatever its verb: "done: set up the autopay".
  const finished =
    (object ? reportedTask(object, named) : null) ?? pastTask(report, named) ?? objectThenPast(report, named) ?? (marked ? reportedTask(report, named) : null);
  if (finished) return update(finished, { status: 'done' });
  for (const pattern of CANCEL) {
    const phrase = pattern.exec(sentence)?.[1];
    const task = phrase ? named(phrase) : null;
    // "cancel Netflix" when "Cancel Netflix" is open restates the task; it does not call it off.
    if (task && !CANCELLING.test(task.title)) return update(task, { status: 'cancelled' });
  }
  for (const pattern of REPRIORITISE) {
    const match = pattern.exec(sentence);
    const task = match?.[1] ? named(match[1]) : null;
    const priority: TaskPriority | undefined = match?.[2] ? (NOT_URGENT.test(match[2]) ? 'low' : findPriority(match[2])?.value) : undefined;
    if (task && priority) return update(task, { priority });
  }
  const rename = RENAME.exec(sentence);
  const renamed = rename?.[1] ? named(rename[1]) : null;
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
